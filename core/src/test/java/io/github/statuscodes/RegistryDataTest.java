package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;
import static io.github.statuscodes.Retryability.ALWAYS;
import static io.github.statuscodes.Retryability.IDEMPOTENT_ONLY;
import static io.github.statuscodes.Retryability.NEVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data: spot checks of each vendor's codes against their sources, the primary-meaning rules,
 * every collision, and the retryability model of DESIGN.md.
 */
class RegistryDataTest {

    static StatusCode meaning(int code, Vendor vendor) {
        return StatusCodes.find(code, vendor).orElseThrow(() -> new AssertionError(
                vendor.id() + " has no meaning for " + code));
    }

    @Nested
    class EveryCode {
        @Test
        void hasAPhraseADescriptionAndAnHttpsSource() {
            for (StatusCode c : StatusCodes.all()) {
                assertThat(c.reasonPhrase()).as("%s", c).isNotBlank();
                assertThat(c.description()).as("description of %s", c).hasSizeGreaterThan(40)
                        .doesNotContain("EXAMPLE", "TODO");
                assertThat(c.documentation().getScheme()).as("source of %s", c)
                        .isEqualTo("https");
                assertThat(c.isRegistered()).isTrue();
                assertThat(c.isStandard()).isEqualTo(c.vendor() == Vendor.IANA);
            }
        }

        @Test
        void everyNonStandardCodeAndEveryCodeOperatorsMeetMostHasCausesRelatedCodesAndASource() {
            List<Integer> operatorsMeetMost = List.of(400, 401, 403, 404, 408, 409, 413, 429,
                    500, 502, 503, 504);
            for (StatusCode c : StatusCodes.all()) {
                boolean needed = !c.isStandard() || c.lifecycle().isCurrent()
                        && operatorsMeetMost.contains(c.code());
                if (!needed) {
                    continue;
                }
                assertThat(c.causes()).as("causes of %s", c).hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(cause -> assertThat(cause).isNotBlank().hasSizeLessThan(100)
                                .doesNotEndWith("."));
                assertThat(c.related()).as("related codes of %s", c).isNotEmpty();
                assertThat(c.documentation().getScheme()).as("source of %s", c)
                        .isEqualTo("https");
            }
        }

        @Test
        void relatedCodesAreRegisteredOtherNumbersWithoutRepeats() {
            for (StatusCode c : StatusCodes.all()) {
                assertThat(c.related()).as("related codes of %s", c).doesNotContain(c.code())
                        .doesNotHaveDuplicates()
                        .allSatisfy(r -> assertThat(StatusCodes.find(r)).as("%s of %s", r, c)
                                .isPresent());
            }
        }

        @Test
        void theSeedPageCausesOf460ComeFirstInOurWords() {
            StatusCode c = AwsElb.CLIENT_CLOSED_CONNECTION;
            assertThat(c.causes()).hasSize(7).first()
                    .isEqualTo("client timeout set shorter than backend processing time");
            assertThat(c.related()).containsExactly(408, 499, 504);
        }

        @Test
        void everyHolderConstantIsTheRegisteredInstance() throws IllegalAccessException {
            int constants = 0;
            for (Class<?> holder : List.of(Iana.class, Ietf.class, Nginx.class, AwsElb.class,
                    Cloudflare.class, MicrosoftIis.class, Microsoft.class, Esri.class,
                    Laravel.class, Twitter.class, Spring.class, Shopify.class, Qualys.class,
                    Pantheon.class, LinkedIn.class, Unofficial.class, CloudLinux.class)) {
                for (java.lang.reflect.Field f : holder.getFields()) {
                    StatusCode c = (StatusCode) f.get(null);
                    assertThat(StatusCodes.meanings(c.code())).as("%s.%s", holder.getSimpleName(),
                            f.getName()).anySatisfy(m -> assertThat(m).isSameAs(c));
                    assertThat(f.getName()).as("constant for %s", c)
                            .isEqualTo(constantName(c));
                    constants++;
                }
            }
            assertThat(constants).isEqualTo(StatusCodes.all().size());
        }

        @Test
        void citesTheRfcsForIanaCodes() {
            for (StatusCode c : StatusCodes.byVendor(Vendor.IANA)) {
                assertThat(c.documentation().getHost()).as("source of %s", c)
                        .isIn("www.rfc-editor.org", "datatracker.ietf.org");
            }
        }

        @Test
        void isOnlyLogOnlyForTheCodesNobodyReceives() {
            assertThat(StatusCodes.all().stream().filter(StatusCode::isLogOnly))
                    .containsExactlyInAnyOrder(meaning(444, Vendor.NGINX),
                            meaning(460, Vendor.AWS_ELB), meaning(499, Vendor.NGINX));
        }
    }

    /**
     * The constant a phrase gives (Guava's rule: the phrase in UPPER_SNAKE), with the few names
     * kept from 0.1.0 or taken from the peers.
     */
    static String constantName(StatusCode c) {
        String phrase = c.reasonPhrase();
        switch (phrase) {
            case "(Unused)": return "UNUSED_" + c.code();
            case "Not Extended (OBSOLETED)": return "NOT_EXTENDED_OBSOLETED";
            case "Site Is Frozen": return "SITE_FROZEN";
            case "I'm a teapot": return "IM_A_TEAPOT";
            default: return phrase.toUpperCase(java.util.Locale.ROOT).replace("'", "")
                    .replaceAll("[^A-Z0-9]+", "_");
        }
    }

    @Nested
    class IanaCodes {
        @ParameterizedTest
        @CsvSource({
            "100, Continue", "103, Early Hints", "306, (Unused)", "413, Content Too Large",
            "418, (Unused)", "421, Misdirected Request", "422, Unprocessable Content",
            "425, Too Early", "429, Too Many Requests", "451, Unavailable For Legal Reasons",
            "511, Network Authentication Required"
        })
        void usesTheCurrentRegistryPhrases(int code, String phrase) {
            StatusCode c = meaning(code, Vendor.IANA);
            assertThat(c.reasonPhrase()).isEqualTo(phrase);
            assertThat(c.lifecycle()).isEqualTo(phrase.equals("(Unused)") ? Lifecycle.RESERVED
                    : Lifecycle.CURRENT);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "302 | Moved Temporarily | rfc1945", "413 | Payload Too Large | rfc7231",
            "413 | Request Entity Too Large | rfc2616", "414 | Request-URI Too Long | rfc2616",
            "416 | Requested Range Not Satisfiable | rfc2616",
            "422 | Unprocessable Entity | rfc4918"
        })
        void keepsTheFormerPhrasesAsDeprecatedMeanings(int code, String phrase, String rfc) {
            StatusCode old = StatusCodes.meanings(code).stream()
                    .filter(m -> m.reasonPhrase().equals(phrase)).findFirst().orElseThrow();
            assertThat(old.vendor()).isSameAs(Vendor.IANA);
            assertThat(old.lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
            assertThat(old.documentation().getPath()).isEqualTo("/rfc/" + rfc);
            assertThat(StatusCodes.of(code).lifecycle()).isEqualTo(Lifecycle.CURRENT);
            assertThat(old.retryability()).isEqualTo(StatusCodes.of(code).retryability());
        }

        @Test
        void holdsEveryRegisteredCode() {
            // RFC 9110 §15 plus the other RFCs in the IANA registry (2025-09-15 edition).
            int[] registered = {100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208,
                226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405,
                406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423,
                424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508,
                510, 511};
            for (int code : registered) {
                assertThat(StatusCodes.find(code, Vendor.IANA)).as("IANA %s", code).isPresent();
            }
            assertThat(StatusCodes.byVendor(Vendor.IANA)).hasSizeGreaterThanOrEqualTo(
                    registered.length);
        }
    }

    @Nested
    class Vendors {
        @ParameterizedTest
        @CsvSource({
            "444, nginx, nginx.org",
            "494, nginx, github.com",
            "499, nginx, github.com",
            "495, nginx, nginx.org",
            "496, nginx, nginx.org",
            "497, nginx, nginx.org",
            "460, aws-elb, docs.aws.amazon.com",
            "463, aws-elb, docs.aws.amazon.com",
            "464, aws-elb, docs.aws.amazon.com",
            "561, aws-elb, docs.aws.amazon.com",
            "520, cloudflare, developers.cloudflare.com",
            "521, cloudflare, developers.cloudflare.com",
            "522, cloudflare, developers.cloudflare.com",
            "523, cloudflare, developers.cloudflare.com",
            "524, cloudflare, developers.cloudflare.com",
            "525, cloudflare, developers.cloudflare.com",
            "526, cloudflare, developers.cloudflare.com",
            "530, cloudflare, developers.cloudflare.com",
            "440, iis, microsoft.com",
            "449, iis, microsoft.com",
            "451, iis, microsoft.com",
            "430, shopify, shopify.dev",
            "418, ietf, www.rfc-editor.org",
            "306, ietf, datatracker.ietf.org",
            "103, spring, docs.spring.io",
            "419, spring, docs.spring.io",
            "421, spring, docs.spring.io",
            "508, cloudlinux, docs.cloudlinux.com",
            "419, laravel, github.com",
            "529, qualys, github.com",
            "530, pantheon, docs.pantheon.io",
        })
        void citeTheVendorsOwnDocumentation(int code, String vendorId, String host) {
            Vendor v = Vendor.find(vendorId).orElseThrow();
            assertThat(meaning(code, v).documentation().getHost()).endsWith(host);
        }

        @ParameterizedTest
        @CsvSource({
            "460, aws-elb", "463, aws-elb", "464, aws-elb", "561, aws-elb",
            "444, nginx", "494, nginx", "495, nginx", "496, nginx", "497, nginx", "499, nginx",
            "520, cloudflare", "521, cloudflare", "522, cloudflare", "523, cloudflare",
            "524, cloudflare", "525, cloudflare", "526, cloudflare", "527, cloudflare",
            "530, cloudflare", "440, iis", "449, iis", "451, iis", "450, microsoft",
            "498, esri", "499, esri", "419, laravel", "420, spring", "420, twitter",
            "430, shopify", "540, shopify", "783, shopify", "218, unofficial",
            "509, unofficial", "529, qualys", "530, pantheon", "456, iis", "457, iis",
            "598, unofficial", "599, unofficial", "999, linkedin", "418, ietf", "306, ietf",
            "103, spring", "419, spring", "421, spring", "508, cloudlinux"
        })
        void defineTheWidelyMetNonStandardCodes(int code, String vendorId) {
            Vendor v = Vendor.find(vendorId).orElseThrow();
            StatusCode c = meaning(code, v);
            assertThat(c.isStandard()).isFalse();
            assertThat(StatusCodes.byVendor(v)).contains(c);
        }

        @Test
        void spotCheckPhrasesAgainstTheVendorsDocs() {
            assertThat(meaning(460, Vendor.AWS_ELB).reasonPhrase())
                    .isEqualTo("Client Closed Connection");
            assertThat(meaning(499, Vendor.NGINX).reasonPhrase())
                    .isEqualTo("Client Closed Request");
            assertThat(meaning(444, Vendor.NGINX).reasonPhrase()).isEqualTo("No Response");
            assertThat(meaning(498, Vendor.ESRI).reasonPhrase()).isEqualTo("Invalid Token");
            assertThat(meaning(499, Vendor.ESRI).reasonPhrase()).isEqualTo("Token Required");
            assertThat(meaning(419, Vendor.LARAVEL).reasonPhrase()).isEqualTo("Page Expired");
            assertThat(meaning(420, Vendor.TWITTER).reasonPhrase()).isEqualTo("Enhance Your Calm");
            assertThat(meaning(420, Vendor.SPRING).reasonPhrase()).isEqualTo("Method Failure");
            assertThat(meaning(440, Vendor.MICROSOFT_IIS).reasonPhrase())
                    .isEqualTo("Login Timeout");
            assertThat(meaning(520, Vendor.CLOUDFLARE).reasonPhrase())
                    .isEqualTo("Web Server Returns an Unknown Error");
            assertThat(meaning(522, Vendor.CLOUDFLARE).reasonPhrase())
                    .isEqualTo("Connection Timed Out");
            assertThat(meaning(430, Vendor.SHOPIFY).reasonPhrase())
                    .isEqualTo("Shopify Security Rejection");
            assertThat(StatusCodes.meanings(430)).extracting(StatusCode::reasonPhrase,
                    StatusCode::lifecycle).containsExactly(
                            tuple("Shopify Security Rejection", Lifecycle.CURRENT),
                            tuple("Request Header Fields Too Large", Lifecycle.DEPRECATED));
            assertThat(meaning(418, Vendor.IETF).reasonPhrase()).isEqualTo("I'm a teapot");
            assertThat(meaning(306, Vendor.IETF).reasonPhrase()).isEqualTo("Switch Proxy");
            assertThat(meaning(530, Vendor.PANTHEON).reasonPhrase()).isEqualTo("Site Is Frozen");
            assertThat(meaning(449, Vendor.MICROSOFT_IIS).reasonPhrase()).isEqualTo("Retry With");
            assertThat(meaning(451, Vendor.MICROSOFT_IIS).reasonPhrase()).isEqualTo("Redirect");
        }
    }

    @Nested
    class MeaningsAddedIn030 {
        @Test
        void shopifysLockedStoreCodeIsDeprecatedInFavourOf423() {
            StatusCode locked = meaning(420, Vendor.SHOPIFY);
            assertThat(locked).isSameAs(Shopify.SHOP_LOCKED);
            assertThat(locked.reasonPhrase()).isEqualTo("Shop Locked");
            assertThat(locked.lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
            assertThat(locked.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(locked.related()).startsWith(423);
            assertThat(locked.documentation().getHost()).isEqualTo("shopify.dev");
            assertThat(locked.documentation().getPath()).startsWith("/changelog/")
                    .contains("423").contains("420");
            assertThat(StatusCodes.of(420)).isSameAs(Twitter.ENHANCE_YOUR_CALM);
        }

        /**
         * Shopify's reference says that Cloudflare, in front of Shopify, cannot resolve the
         * requested DNS record and to check Shopify's status page for outages. That is
         * Cloudflare's error 1016, which Cloudflare marks as not retryable: so it is NEVER
         * retried, as Cloudflare's own 530 is, and the causes claim nothing about a store
         * owner's domain, which the reference does not give.
         */
        @Test
        void shopifysOriginDnsErrorIsNeverRetriedLikeCloudflaresAndKeepsShopifysAdvice() {
            StatusCode dns = meaning(530, Vendor.SHOPIFY);
            assertThat(dns).isSameAs(Shopify.ORIGIN_DNS_ERROR);
            assertThat(dns.lifecycle()).isEqualTo(Lifecycle.CURRENT);
            assertThat(dns.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(dns.isRetryable()).isFalse();
            assertThat(dns.description()).contains("Cloudflare", "1016", "status page")
                    .doesNotContainIgnoringCase("owner").doesNotContainIgnoringCase("custom domain");
            assertThat(String.join(" ", dns.causes())).contains("outage")
                    .doesNotContainIgnoringCase("owner").doesNotContainIgnoringCase("custom domain")
                    .doesNotContainIgnoringCase("webhook");
            assertThat(Cloudflare.ORIGIN_DNS_ERROR.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(dns.documentation().toString())
                    .isEqualTo("https://shopify.dev/docs/api/usage/response-codes");
            assertThat(StatusCodes.of(530)).isSameAs(Cloudflare.ORIGIN_DNS_ERROR);
            assertThat(StatusCodes.resolve(530, VendorDetectionTest.headers("X-ShopId", "1")))
                    .isSameAs(dns);
        }

        @Test
        void unorderedCollectionIsAHistoricalDraftMeaningBehindTooEarly() {
            StatusCode unordered = meaning(425, Vendor.IETF);
            assertThat(unordered).isSameAs(Ietf.UNORDERED_COLLECTION);
            assertThat(unordered.lifecycle()).isEqualTo(Lifecycle.HISTORICAL);
            assertThat(unordered.isStandard()).isFalse();
            assertThat(unordered.isRetryable()).isFalse();
            // the first revision defines it (section 11.1); -01 renumbered it 418, -02 dropped it
            assertThat(unordered.documentation().toString()).isEqualTo(
                    "https://datatracker.ietf.org/doc/html/draft-ietf-webdav-ordering-protocol-00");
            assertThat(StatusCodes.of(425)).isSameAs(Iana.TOO_EARLY);
            assertThat(StatusCodes.meanings(425)).containsExactly(Iana.TOO_EARLY, unordered);
            assertThat(StatusCodes.of(425).isRetryable()).isTrue();
        }
    }

    @Nested
    class PrimaryMeanings {
        @Test
        void ianaWinsWhereItHasTheCurrentMeaning() {
            for (StatusCode c : StatusCodes.byVendor(Vendor.IANA)) {
                if (c.lifecycle().isCurrent()) {
                    assertThat(StatusCodes.of(c.code())).isSameAs(c);
                }
            }
        }

        @Test
        void whatServersSendIsPrimaryWhereIanaOnlyReservesTheNumber() {
            assertThat(StatusCodes.of(418)).isSameAs(Ietf.IM_A_TEAPOT);
            assertThat(StatusCodes.meanings(418)).containsExactly(Ietf.IM_A_TEAPOT,
                    Iana.UNUSED_418);
            assertThat(StatusCodes.of(418).description()).contains("(Unused)");
            assertThat(Iana.UNUSED_418.description()).contains("I'm a teapot");
            assertThat(StatusCodes.of(306)).isSameAs(Ietf.SWITCH_PROXY);
            assertThat(StatusCodes.meanings(306)).containsExactly(Ietf.SWITCH_PROXY,
                    Iana.UNUSED_306);
            assertThat(StatusCodes.of(418).isStandard()).isFalse();
        }

        @Test
        void eachCollisionHasADeliberatePrimary() {
            Map<Integer, List<Vendor>> expected = new java.util.TreeMap<>(Map.ofEntries(
                    Map.entry(103, List.of(Vendor.IANA, Vendor.SPRING)),
                    Map.entry(302, List.of(Vendor.IANA, Vendor.IANA)),
                    Map.entry(306, List.of(Vendor.IETF, Vendor.IANA)),
                    Map.entry(413, List.of(Vendor.IANA, Vendor.IANA, Vendor.IANA)),
                    Map.entry(414, List.of(Vendor.IANA, Vendor.IANA)),
                    Map.entry(416, List.of(Vendor.IANA, Vendor.IANA)),
                    Map.entry(418, List.of(Vendor.IETF, Vendor.IANA)),
                    Map.entry(419, List.of(Vendor.LARAVEL, Vendor.SPRING)),
                    Map.entry(420, List.of(Vendor.TWITTER, Vendor.SHOPIFY, Vendor.SPRING)),
                    Map.entry(421, List.of(Vendor.IANA, Vendor.SPRING)),
                    Map.entry(422, List.of(Vendor.IANA, Vendor.IANA)),
                    Map.entry(425, List.of(Vendor.IANA, Vendor.IETF)),
                    Map.entry(430, List.of(Vendor.SHOPIFY, Vendor.SHOPIFY)),
                    Map.entry(451, List.of(Vendor.IANA, Vendor.MICROSOFT_IIS)),
                    Map.entry(499, List.of(Vendor.NGINX, Vendor.ESRI)),
                    Map.entry(508, List.of(Vendor.IANA, Vendor.CLOUDLINUX)),
                    Map.entry(530, List.of(Vendor.CLOUDFLARE, Vendor.SHOPIFY, Vendor.PANTHEON))));
            expected.forEach((code, vendors) -> assertThat(StatusCodes.meanings(code))
                    .as("meanings of %s", code).extracting(StatusCode::vendor)
                    .containsExactlyElementsOf(vendors));
            assertThat(java.util.stream.IntStream.rangeClosed(100, 999)
                    .filter(c -> StatusCodes.meanings(c).size() > 1).boxed())
                    .as("numbers with several meanings").containsExactlyElementsOf(
                            expected.keySet());
            assertThat(StatusCodes.of(420)).as("Twitter's deprecated meaning before Spring's"
                    + " historical one").isSameAs(Twitter.ENHANCE_YOUR_CALM);
        }

        @Test
        void aVendorsMeaningIsFoundByVendorOrByItsHeaders() {
            StatusCode esri = meaning(499, Vendor.ESRI);
            assertThat(StatusCodes.of(499, Vendor.ESRI)).isSameAs(esri);
            assertThat(StatusCodes.resolve(499, VendorDetectionTest.headers("Server", "nginx")))
                    .isSameAs(meaning(499, Vendor.NGINX));
            // A server banner does not displace the IANA meaning; Exchange's own header does.
            assertThat(StatusCodes.resolve(451, VendorDetectionTest.headers("Server",
                    "Microsoft-IIS/10.0"))).isSameAs(StatusCodes.of(451));
            assertThat(StatusCodes.resolve(451, VendorDetectionTest.headers("Server",
                    "Microsoft-IIS/10.0", "MS-Server-ActiveSync", "16.0")))
                    .isSameAs(meaning(451, Vendor.MICROSOFT_IIS));
            assertThat(StatusCodes.resolve(499, VendorDetectionTest.headers("Vary",
                    "Origin, X-Esri-Authorization"))).isSameAs(esri);
            assertThat(StatusCodes.resolve(420, VendorDetectionTest.headers("Server", "tsa_b")))
                    .isSameAs(meaning(420, Vendor.TWITTER));
            assertThat(StatusCodes.resolve(530, VendorDetectionTest.headers("X-Styx-Req-Id", "1",
                    "Server", "cloudflare"))).isSameAs(meaning(530, Vendor.PANTHEON));
            assertThat(StatusCodes.resolve(530, VendorDetectionTest.headers("CF-RAY", "1")))
                    .isSameAs(meaning(530, Vendor.CLOUDFLARE));
        }
    }

    @Nested
    class RetryabilityModel {
        @Test
        void cloudflare530SaysWhyItIsNeverRetriedThoughSomeClientsRetryIt() {
            assertThat(Cloudflare.ORIGIN_DNS_ERROR.retryability()).isEqualTo(NEVER);
            assertThat(Cloudflare.ORIGIN_DNS_ERROR.description()).contains("NEVER",
                    "retry every 5xx", "only the site owner can fix");
        }

        @Test
        void shopifysTwo430sDifferAsTheirCausesDo() {
            assertThat(Shopify.SHOPIFY_SECURITY_REJECTION.retryability()).isEqualTo(NEVER);
            assertThat(Shopify.REQUEST_HEADER_FIELDS_TOO_LARGE.retryability()).isEqualTo(ALWAYS);
            assertThat(StatusCodes.resolve(430, name -> name.equals("X-ShopId") ? "1" : null))
                    .isSameAs(Shopify.SHOPIFY_SECURITY_REJECTION);
        }

        @ParameterizedTest
        @CsvSource({
            "400, iana, NEVER", "403, iana, NEVER", "404, iana, NEVER", "422, iana, NEVER",
            "401, iana, AFTER_CLIENT_ACTION", "407, iana, AFTER_CLIENT_ACTION",
            "426, iana, AFTER_CLIENT_ACTION", "511, iana, AFTER_CLIENT_ACTION",
            "419, laravel, AFTER_CLIENT_ACTION", "440, iis, AFTER_CLIENT_ACTION",
            "449, iis, AFTER_CLIENT_ACTION", "498, esri, AFTER_CLIENT_ACTION",
            "499, esri, AFTER_CLIENT_ACTION", "460, aws-elb, AFTER_CLIENT_ACTION",
            "499, nginx, AFTER_CLIENT_ACTION",
            "500, iana, IDEMPOTENT_ONLY", "502, iana, IDEMPOTENT_ONLY",
            "504, iana, IDEMPOTENT_ONLY", "520, cloudflare, IDEMPOTENT_ONLY",
            "524, cloudflare, IDEMPOTENT_ONLY", "598, unofficial, IDEMPOTENT_ONLY",
            "408, iana, ALWAYS", "425, iana, ALWAYS", "429, iana, ALWAYS", "503, iana, ALWAYS",
            "521, cloudflare, ALWAYS", "522, cloudflare, ALWAYS", "523, cloudflare, ALWAYS",
            "599, unofficial, ALWAYS", "530, cloudflare, NEVER", "508, cloudlinux, ALWAYS",
            "418, ietf, NEVER", "419, spring, NEVER", "421, spring, NEVER",
        })
        void followsTheDesign(int code, String vendorId, Retryability expected) {
            assertThat(meaning(code, Vendor.find(vendorId).orElseThrow()).retryability())
                    .isEqualTo(expected);
        }

        @Test
        void neverRetriesSuccessOrRedirection() {
            for (StatusCode c : StatusCodes.all()) {
                if (!c.isError()) {
                    assertThat(c.retryability()).as("%s", c).isEqualTo(NEVER);
                }
            }
        }

        @Test
        void leavesPostAloneWhereTheServerMayHaveActed() {
            assertThat(StatusCodes.of(502).isRetryable("POST")).isFalse();
            assertThat(StatusCodes.of(502).isRetryable("PUT")).isTrue();
            assertThat(StatusCodes.of(503).isRetryable("POST")).isTrue();
            assertThat(StatusCodes.of(460).isRetryable("GET")).isFalse();
            assertThat(List.of(NEVER, AFTER_CLIENT_ACTION, IDEMPOTENT_ONLY, ALWAYS))
                    .containsExactly(Retryability.values());
        }
    }
}
