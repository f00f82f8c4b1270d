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

    @Property(tries = 1000)
    void aDetectedVendorsMeaningWinsWhereItHasOne(@ForAll("headerMaps") Map<String,
            List<String>> headers, @ForAll @IntRange(min = 100, max = 999) int code) {
        StatusCode resolved = StatusCodes.resolve(code, headers);
        List<Vendor> detected = VendorDetection.detectAll(VendorDetection.accessor(headers));
        Optional<StatusCode> expected = detected.stream()
                .flatMap(v -> StatusCodes.meanings(code).stream().filter(m -> m.vendor() == v))
                .findFirst();
        assertThat(resolved).isSameAs(expected.orElse(StatusCodes.of(code)));
    }

    @Provide
    Arbitrary<Map<String, List<String>>> headerMaps() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("Server", "server", "SERVER", "CF-RAY", "cf-ray", "X-ShopId",
                        "X-Shopify-Stage", "X-Pantheon-Styx-Hostname", "X-Styx-Req-Id",
                        "Set-Cookie", "Authorization"),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("cloudflare", "nginx/1.25.3", "awselb/2.0", "Microsoft-IIS/10.0",
                        "ArcGIS", "openresty", "Apache", "laravel_session=x", "", " "),
                Arbitraries.strings().all().ofMaxLength(30));
        Arbitrary<List<String>> lists = values.injectNull(0.05).list().ofMaxSize(3)
                .injectNull(0.05);
        return Arbitraries.maps(names.injectNull(0.05), lists).ofMaxSize(6);
    }
}
