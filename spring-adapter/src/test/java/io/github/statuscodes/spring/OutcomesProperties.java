package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.Vendor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.springframework.http.HttpHeaders;

/** The outcome and vendor keys over their whole input spaces. */
class OutcomesProperties {

    /** RFC 9110 §15: the first digit defines the class; an unknown code is its class's x00. */
    @Property(tries = 500)
    void everyCode100To599GetsItsRfc9110Class(@ForAll @IntRange(min = 100, max = 599) int code) {
        String expected;
        if (code <= 199) {
            expected = "INFORMATIONAL";
        } else if (code <= 299) {
            expected = "SUCCESS";
        } else if (code <= 399) {
            expected = "REDIRECTION";
        } else if (code <= 499) {
            expected = "CLIENT_ERROR";
        } else {
            expected = "SERVER_ERROR";
        }
        assertThat(Outcomes.of(code).getKey()).isEqualTo("outcome");
        assertThat(Outcomes.of(code).getValue()).isEqualTo(expected);
    }

    @Property
    void anythingElseIsUnknown(@ForAll int code) {
        if (code >= 100 && code <= 599) {
            return;
        }
        assertThat(Outcomes.of(code).getValue()).isEqualTo("UNKNOWN");
    }

    @Property(tries = 300)
    void theVendorKeyNeverThrowsAndStaysAmongTheKnownVendors(@ForAll int code,
            @ForAll("headers") Map<String, List<String>> headers) {
        HttpHeaders h = new HttpHeaders();
        headers.forEach(h::put);
        // Every vendor core knows (detection also names proxies that define no code of their
        // own, such as CloudFront): a bounded set, so the tag's cardinality stays bounded.
        Set<String> allowed = Vendor.values().stream().map(Vendor::id)
                .collect(Collectors.toSet());
        String value = VendorTag.of(code, new HeaderAccess(h)).getValue();
        assertThat(value).satisfiesAnyOf(
                v -> assertThat(v).isEqualTo("none"),
                v -> assertThat(allowed).contains(v));
    }

    @Provide
    Arbitrary<Map<String, List<String>>> headers() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("Server", "server", "CF-RAY", "Via", "X-Esri-Authorization",
                        "Vary", "X-Powered-By", "X-Amzn-Trace-Id", "x-amz-cf-id"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("cloudflare", "nginx", "awselb/2.0", "Microsoft-IIS/10.0",
                        "ArcGIS", "Apache-Coyote/1.1", "", " ", "nginx/1.25 (Ubuntu)"),
                Arbitraries.strings().ofMaxLength(40));
        return Arbitraries.maps(names, values.list().ofMaxSize(3)).ofMaxSize(6);
    }
}
