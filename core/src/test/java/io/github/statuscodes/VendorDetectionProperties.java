package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class VendorDetectionProperties {

    @Property(tries = 2000)
    void arbitraryHeaderMapsNeverBreakDetection(@ForAll("headerMaps") Map<String,
            List<String>> headers, @ForAll @IntRange(min = 100, max = 999) int code) {
        Optional<Vendor> detected = VendorDetection.detect(headers);
        List<Vendor> all = VendorDetection.detectAll(VendorDetection.accessor(headers));
        assertThat(detected).isEqualTo(all.stream().findFirst());
        StatusCode resolved = StatusCodes.resolve(code, headers);
        assertThat(resolved.code()).isEqualTo(code);
        assertThat(StatusCodes.meanings(code).isEmpty() ? List.of(StatusCodes.of(code))
                : StatusCodes.meanings(code)).contains(resolved);
    }

    /** The rule headers that any non-empty value, or "cloudflare", makes match. */
    static final List<String> MATCHED_BY_CLOUDFLARE = List.of("Server", "CF-RAY", "X-ShopId",
            "X-Shopify-Stage", "X-Pantheon-Styx-Hostname", "X-Styx-Req-Id",
            "MS-Server-ActiveSync", "X-Amz-Cf-Id", "X-Envoy-Upstream-Service-Time");

    @Property(tries = 3000)
    void aHeaderNameMatchesARuleOnlyWhenItEqualsTheRulesNameFoldingAsciiLettersOnly(
            @ForAll("unicodeHeaderNames") String name) {
        boolean expected = MATCHED_BY_CLOUDFLARE.stream()
                .anyMatch(h -> asciiLower(h).equals(asciiLower(name)));
        assertThat(VendorDetection.detect(Map.of(name, List.of("cloudflare"))).isPresent())
                .as("detect({%s: cloudflare})", name).isEqualTo(expected);
    }

    /** Lower-cases A-Z only: the oracle, written without String's Unicode case rules. */
    static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    /**
     * Arbitrary Unicode names, and the rule headers with letters swapped for ASCII case variants
     * or for characters that fold to them under Unicode rules only (U+017F long s, U+212A Kelvin
     * sign, U+0130 and U+0131 dotted and dotless i).
     */
    @Provide
    Arbitrary<String> unicodeHeaderNames() {
        Arbitrary<String> variants = Arbitraries.of(MATCHED_BY_CLOUDFLARE).flatMap(h -> Arbitraries
                .integers().between(0, 4).list().ofSize(h.length()).map(choices -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < h.length(); i++) {
                        char c = h.charAt(i);
                        char lower = Character.toLowerCase(c);
                        int choice = choices.get(i);
                        if (choice == 1) {
                            sb.append(Character.toUpperCase(c));
                        } else if (choice == 2) {
                            sb.append(lower);
                        } else if (choice == 3 && lower == 's') {
                            sb.append('\u017F');
                        } else if (choice == 3 && lower == 'k') {
                            sb.append('\u212A');
                        } else if (choice == 3 && lower == 'i') {
                            sb.append(c == 'I' ? '\u0131' : '\u0130');
                        } else {
                            sb.append(c);
                        }
                    }
                    return sb.toString();
                }));
        return Arbitraries.oneOf(variants, Arbitraries.strings().all().ofMinLength(1)
                .ofMaxLength(24));
    }

    /** Headers only one product sends; a server banner alone never displaces an IANA code. */
    static final Map<String, Vendor> PRODUCT_HEADERS = Map.of(
            "X-ShopId", Vendor.SHOPIFY, "X-Shopify-Stage", Vendor.SHOPIFY,
            "X-Styx-Req-Id", Vendor.PANTHEON, "X-Pantheon-Styx-Hostname", Vendor.PANTHEON,
            "MS-Server-ActiveSync", Vendor.MICROSOFT_IIS, "X-Amz-Cf-Id", Vendor.AWS_CLOUDFRONT,
            "X-Envoy-Upstream-Service-Time", Vendor.ENVOY);

    @Property(tries = 3000)
    void aDetectedVendorsMeaningWinsWhereItHasOneUnlessOnlyABannerContestsAnIanaCode(
            @ForAll("headerMaps") Map<String, List<String>> headers,
            @ForAll("collidingCodes") int code) {
        StatusCode resolved = StatusCodes.resolve(code, headers);
        List<StatusCode> meanings = StatusCodes.meanings(code);
        if (meanings.isEmpty()) {
            assertThat(resolved).isSameAs(StatusCodes.of(code));
            return;
        }
        StatusCode primary = meanings.get(0);
        List<Vendor> detected = VendorDetection.detectAll(VendorDetection.accessor(headers));
        Optional<StatusCode> expected = detected.stream()
                .filter(v -> !primary.isStandard() || hasProductHeader(headers, v))
                .flatMap(v -> meanings.stream().filter(m -> m.vendor() == v
                        || m.vendor() == v.lenderOf(code)))
                .findFirst();
        assertThat(resolved).isSameAs(expected.orElse(primary));
    }

    private static boolean hasProductHeader(Map<String, List<String>> headers, Vendor v) {
        java.util.function.Function<String, String> h = VendorDetection.accessor(headers);
        for (Map.Entry<String, Vendor> p : PRODUCT_HEADERS.entrySet()) {
            String value = h.apply(p.getKey());
            if (p.getValue() == v && value != null && !value.isEmpty()) {
                return true;
            }
        }
        String vary = h.apply("Vary");
        String poweredBy = h.apply("Powered-By");
        return v == Vendor.ESRI && vary != null
                && vary.toLowerCase(java.util.Locale.ROOT).contains("x-esri-authorization")
                || v == Vendor.SHOPIFY && poweredBy != null
                && poweredBy.toLowerCase(java.util.Locale.ROOT).startsWith("shopify");
    }

    @Property(tries = 500)
    void aServerBannerNeverDisplacesAnIanaMeaning(@ForAll("banners") String banner,
            @ForAll("headerMaps") Map<String, List<String>> others) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        others.forEach((k, v) -> {
            boolean product = k != null && (PRODUCT_HEADERS.keySet().stream()
                    .anyMatch(k::equalsIgnoreCase) || k.equalsIgnoreCase("Vary")
                    || k.equalsIgnoreCase("Powered-By") || k.equalsIgnoreCase("Server"));
            if (!product) {
                headers.put(k, v);
            }
        });
        headers.put("Server", List.of(banner));
        for (StatusCode c : StatusCodes.all()) {
            StatusCode primary = StatusCodes.of(c.code());
            if (primary.isStandard() && StatusCodes.meanings(c.code()).size() > 1) {
                assertThat(StatusCodes.resolve(c.code(), headers)).isSameAs(primary);
            }
        }
    }

    @Provide
    Arbitrary<String> banners() {
        return Arbitraries.of("Microsoft-IIS/10.0", "Microsoft-IIS/8.5", "nginx", "cloudflare",
                "awselb/2.0", "Apache/2.4.1", "tsa_b", "openresty/1.21", "envoy", "Caddy",
                "Microsoft-Azure-Application-Gateway/v2");
    }

    @Provide
    Arbitrary<Integer> collidingCodes() {
        return Arbitraries.oneOf(Arbitraries.of(420, 430, 451, 499, 530, 440, 460, 520, 598),
                Arbitraries.integers().between(100, 999));
    }

    @Provide
    Arbitrary<Map<String, List<String>>> headerMaps() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("Server", "server", "SERVER", "CF-RAY", "cf-ray", "X-ShopId",
                        "X-Shopify-Stage", "X-Pantheon-Styx-Hostname", "X-Styx-Req-Id",
                        "Set-Cookie", "Authorization", "Vary", "vary", "MS-Server-ActiveSync",
                        "Powered-By", "X-Amz-Cf-Id", "x-envoy-upstream-service-time", "Via"),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("cloudflare", "nginx/1.25.3", "awselb/2.0", "Microsoft-IIS/10.0",
                        "X-Esri-Authorization", "Origin, X-Esri-Authorization", "openresty",
                        "Apache", "Apache-Coyote/1.1", "tsa_b", "Shopify", "laravel_session=x",
                        "16.0", "", " ", "envoy", "Caddy", "Microsoft-Azure-Application-Gateway/v2",
                        "1.1 d111111abcdef8.cloudfront.net (CloudFront)"),
                Arbitraries.strings().all().ofMaxLength(30));
        Arbitrary<List<String>> lists = values.injectNull(0.05).list().ofMaxSize(3)
                .injectNull(0.05);
        return Arbitraries.maps(names.injectNull(0.05), lists).ofMaxSize(6);
    }
}
