package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorDetectionTest {

    static Function<String, String> headers(String... nameValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return VendorDetection.accessor(map);
    }

    @Test
    void detectReturnsAPrebuiltResultSoItAllocatesNothing() {
        // issue #5: detect() allocated an Optional per match (12 B/op in VendorBenchmark.detect)
        Function<String, String> nginx = headers("Server", "nginx/1.25.3");
        assertThat(VendorDetection.detect(nginx)).containsSame(Vendor.NGINX)
                .isSameAs(VendorDetection.detect(nginx));
    }

    @ParameterizedTest
    @CsvSource({
        "Server, cloudflare, cloudflare",
        "CF-RAY, 8c1f2a3b4c5d6e7f-AMS, cloudflare",
        "cf-ray, 8c1f2a3b4c5d6e7f-AMS, cloudflare",
        "Server, awselb/2.0, aws-elb",
        "server, nginx/1.27.1, nginx",
        "Server, openresty, nginx",
        "Server, Microsoft-IIS/10.0, iis",
        "Server, Apache/2.4.62 (Debian), apache",
        "Server, Apache, apache",
        "X-ShopId, 12345, shopify",
        "Powered-By, Shopify-Hydrogen, shopify",
        "MS-Server-ActiveSync, 16.0, iis",
        "Vary, X-Esri-Authorization, esri",
        "Server, tsa_b, twitter",
        "X-Pantheon-Styx-Hostname, styx-fe1, pantheon",
        "Set-Cookie, laravel_session=abc; path=/; httponly, laravel",
        "Server, envoy, envoy",
        "x-envoy-upstream-service-time, 12, envoy",
        "Server, Caddy, caddy",
        "X-Amz-Cf-Id, SOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==, cloudfront",
        "Via, 1.1 d111111abcdef8.cloudfront.net (CloudFront), cloudfront",
        "Server, Microsoft-Azure-Application-Gateway/v2, azure-app-gateway",
    })
    void recognisesEachVendorFromItsHeader(String name, String value, String vendorId) {
        assertThat(VendorDetection.detect(headers(name, value)))
                .map(Vendor::id).contains(vendorId);
    }

    @ParameterizedTest
    @CsvSource({
        "Server, envoy",
        "x-envoy-upstream-service-time, 40",
        "Server, Caddy",
        "Server, Microsoft-Azure-Application-Gateway/v2",
        "X-Amz-Cf-Id, k6WGMNkEzR5BEM_SaF47gjtX9zBDO2m349OY2an0QPEaUum1ZOLrow==",
        "Via, 1.1 d111111abcdef8.cloudfront.net (CloudFront)",
    })
    void resolvesA499BehindTheProxiesToNginxsMeaning(String name, String value) {
        assertThat(StatusCodes.resolve(499, headers(name, value)))
                .isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        assertThat(StatusCodes.resolve(499, headers(name, value, "Vary",
                "X-Esri-Authorization"))).as("ArcGIS's own header still wins")
                .isSameAs(Esri.TOKEN_REQUIRED);
    }

    @Test
    void doesNotTakeAServerNameThatOnlyStartsWithAProxysForIt() {
        assertThat(VendorDetection.detect(headers("Server", "envoyx"))).isEmpty();
        assertThat(VendorDetection.detect(headers("Server", "CaddyShack/1.0"))).isEmpty();
        assertThat(VendorDetection.detect(headers("Server", "Caddy/2.6"))).map(Vendor::id)
                .contains("caddy");
    }

    @Test
    void prefersTheMostSpecificVendor() {
        // A Shopify store answers through Cloudflare.
        Function<String, String> h = headers("Server", "cloudflare", "CF-RAY", "1-AMS",
                "X-ShopId", "1");
        assertThat(VendorDetection.detect(h)).contains(Vendor.SHOPIFY);
        assertThat(VendorDetection.detectAll(h)).containsExactly(Vendor.SHOPIFY, Vendor.CLOUDFLARE);
    }

    @Test
    void findsNothingInUnrelatedOrEmptyHeaders() {
        assertThat(VendorDetection.detect(headers())).isEmpty();
        assertThat(VendorDetection.detect(headers("Server", "", "X-Other", "nginx"))).isEmpty();
        assertThat(VendorDetection.detect(headers("Server", "gws"))).isEmpty();
        assertThat(VendorDetection.detectAll(headers("Server", "ngin"))).isEmpty();
    }

    @Test
    void readsEveryValueOfARepeatedHeader() {
        Map<String, List<String>> esri = Map.of("Vary", List.of("Origin",
                "X-Esri-Authorization"));
        assertThat(VendorDetection.detect(esri)).contains(Vendor.ESRI);
        assertThat(StatusCodes.resolve(499, esri)).isSameAs(Esri.TOKEN_REQUIRED);
        // Laravel sets XSRF-TOKEN before its session cookie.
        Map<String, List<String>> laravel = Map.of("Set-Cookie", List.of("XSRF-TOKEN=a; path=/",
                "laravel_session=b; path=/; httponly"));
        assertThat(VendorDetection.detect(laravel)).contains(Vendor.LARAVEL);
        // Values spread over keys that differ only in case count too.
        Map<String, List<String>> split = new HashMap<>();
        split.put("vary", List.of("Origin"));
        split.put("VARY", List.of("X-Esri-Authorization"));
        assertThat(VendorDetection.detect(split)).contains(Vendor.ESRI);
    }

    @Test
    void foldsCaseByAsciiRulesOnly() {
        // U+017F LATIN SMALL LETTER LONG S upper-cases to 'S'; String.equalsIgnoreCase matched it.
        assertThat(VendorDetection.detect(Map.of("\u017Ferver", List.of("cloudflare"))))
                .isEmpty();
        assertThat(VendorDetection.detect(Map.of("sERVER", List.of("CloudFlare"))))
                .contains(Vendor.CLOUDFLARE);
        assertThat(VendorDetection.detect(Map.of("Powered-By", List.of("\u017Fhopify"))))
                .isEmpty();
        // U+212A KELVIN SIGN lower-cases to 'k'.
        assertThat(VendorDetection.detect(Map.of("Vary", List.of("X-Esri-Authori\u212Aation"))))
                .isEmpty();
        assertThat(VendorDetection.detect(headers("Server", "\u0131\u0131s"))).isEmpty();
    }

    @Test
    void doesNotTakeTomcatForTheApacheHttpServer() {
        assertThat(VendorDetection.detect(headers("Server", "Apache-Coyote/1.1"))).isEmpty();
        assertThat(VendorDetection.detect(headers("Server", "ApacheX"))).isEmpty();
    }

    @Test
    void treatsAnEmptyValueAsAbsent() {
        assertThat(VendorDetection.detect(headers("CF-RAY", "", "X-ShopId", ""))).isEmpty();
        assertThat(VendorDetection.detect(name -> "")).isEmpty();
    }

    @Test
    void ignoresNullKeysListsAndValuesInAMap() {
        Map<String, List<String>> map = new HashMap<>();
        map.put(null, List.of("nginx"));
        map.put("X-Empty", null);
        map.put("Server", java.util.Arrays.asList(null, "nginx"));
        assertThat(VendorDetection.detect(map)).contains(Vendor.NGINX);
    }

    @Test
    void rejectsANullAccessorByName() {
        assertThatThrownBy(() -> VendorDetection.detect((Function<String, String>) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("headers must not be null");
        assertThatThrownBy(() -> VendorDetection.detect((Map<String, List<String>>) null))
                .hasMessage("headers must not be null");
    }
}
