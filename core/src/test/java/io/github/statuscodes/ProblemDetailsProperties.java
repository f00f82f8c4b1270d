package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.testing.Surrogates;
import java.io.IOException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ProblemDetailsProperties {
    static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 2000)
    void arbitraryStringsParseBackToTheSameValues(@ForAll("text") String detail,
            @ForAll("text") String title, @ForAll("text") String extra,
            @ForAll @IntRange(min = 100, max = 999) int code) throws IOException {
        ProblemDetails p = ProblemDetails.builder(StatusCodes.of(code)).detail(detail).title(title)
                .member("extra", extra).build();
        JsonNode node = JSON.readTree(p.toJson());
        assertThat(node.get("detail").asText()).isEqualTo(Surrogates.lonesReplaced(detail));
        assertThat(node.get("title").asText()).isEqualTo(Surrogates.lonesReplaced(title));
        assertThat(node.get("extra").asText()).isEqualTo(Surrogates.lonesReplaced(extra));
        assertThat(node.get("status").asInt()).isEqualTo(code);
        assertThat(node.size()).isEqualTo(7);
    }

    @Property(tries = 500)
    void theOutputIsPrintableAscii(@ForAll("text") String detail) {
        String json = ProblemDetails.builder(Iana.BAD_REQUEST).detail(detail).build().toJson();
        assertThat(json.chars().filter(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029))
                .isEmpty();
        assertThat(json).doesNotContain("<", ">", "&");
    }

    @Property(tries = 1000)
    void everyAcceptedBigNumberReadsBackAsAFiniteDouble(@ForAll("bigNumbers") BigDecimal n)
            throws IOException {
        ProblemDetails.Builder b = ProblemDetails.builder(Iana.BAD_REQUEST);
        boolean accepted;
        try {
            b.member("amount", n);
            accepted = true;
        } catch (IllegalArgumentException e) {
            accepted = false;
        }
        double d = n.doubleValue();
        boolean readable = n.precision() <= 1000 && !Double.isInfinite(d)
                && (d != 0 || n.signum() == 0);
        assertThat(accepted).as("accepted %s", n).isEqualTo(readable);
        if (accepted) {
            JsonNode read = JSON.readTree(b.build().toJson()).get("amount");
            assertThat(Double.isFinite(read.asDouble())).isTrue();
        }
    }

    /** Numbers of 1 to 1100 digits, scaled from 1E-700 to 1E+700: either side of each limit. */
    @Provide
    Arbitrary<BigDecimal> bigNumbers() {
        return Arbitraries.integers().between(1, 1100).flatMap(digits -> Arbitraries.strings()
                .numeric().ofLength(digits)).flatMap(unscaled -> Arbitraries.integers()
                .between(-700, 700).map(scale -> new BigDecimal(
                        new java.math.BigInteger(unscaled), scale)));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029"
                        + "<>&'\ud800\udc00\udbff\udfffa\u00e9\u4e2d").ofMaxLength(30),
                Arbitraries.strings().withCharRange('\ud7f0', '\ue010').ofMaxLength(10));
    }
}
