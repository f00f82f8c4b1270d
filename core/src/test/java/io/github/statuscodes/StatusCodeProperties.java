package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the lookups over the whole int range. */
class StatusCodeProperties {

    @Property(tries = 5000)
    void ofResolvesEveryThreeDigitNumberOrThrowsTheDocumentedException(@ForAll int code) {
        if (code >= 100 && code <= 999) {
            StatusCode c = StatusCodes.of(code);
            assertThat(c.code()).isEqualTo(code);
            assertThat(c.statusClass().firstDigit()).isEqualTo(Math.min(code / 100, 6));
            assertThat(c.reasonPhrase()).isNotBlank();
            assertThat(StatusCodes.find(code)).isEqualTo(
                    c.isRegistered() ? java.util.Optional.of(c) : java.util.Optional.empty());
        } else {
            assertThatThrownBy(() -> StatusCodes.of(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status code " + code
                            + " is outside 100..999; HTTP status codes have three digits");
            assertThat(StatusCodes.find(code)).isEmpty();
        }
    }

    @Property(tries = 2000)
    void ofReturnsTheSameInstanceEachTime(@ForAll @IntRange(min = 100, max = 999) int code) {
        assertThat(StatusCodes.of(code)).isSameAs(StatusCodes.of(code));
        assertThat(StatusCodes.of(code, Vendor.NONE)).isSameAs(StatusCodes.of(code));
    }

    @Property(tries = 2000)
    void everyMeaningOfANumberHasThatNumberAndThePrimaryComesFirst(
            @ForAll @IntRange(min = 100, max = 999) int code) {
        var meanings = StatusCodes.meanings(code);
        if (meanings.isEmpty()) {
            assertThat(StatusCodes.of(code).isRegistered()).isFalse();
        } else {
            assertThat(meanings.get(0)).isSameAs(StatusCodes.of(code));
            assertThat(meanings).allSatisfy(m -> {
                assertThat(m.code()).isEqualTo(code);
                assertThat(StatusCodes.of(code, m.vendor())).isSameAs(m);
            });
            assertThat(meanings).doesNotHaveDuplicates();
        }
    }

    @Property(tries = 2000)
    void retryabilityAgreesWithIsRetryable(@ForAll @IntRange(min = 100, max = 999) int code,
            @ForAll("methods") String method) {
        StatusCode c = StatusCodes.of(code);
        if (c.isRetryable(method)) {
            assertThat(c.isRetryable()).isTrue();
        }
        if (c.retryability() == Retryability.ALWAYS) {
            assertThat(c.isRetryable(method)).isTrue();
        }
        if (!c.isError()) {
            assertThat(c.isRetryable()).isFalse();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> methods() {
        return net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE",
                        "POST", "PATCH", "CONNECT", "get"),
                net.jqwik.api.Arbitraries.strings().ofMinLength(1).ofMaxLength(10));
    }
}
