package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
                StatusCode ofVendor = StatusCodes.of(code, m.vendor());
                assertThat(ofVendor.vendor()).isEqualTo(m.vendor());
                assertThat(meanings.indexOf(ofVendor)).as("a vendor's first meaning")
                        .isLessThanOrEqualTo(meanings.indexOf(m));
            });
            assertThat(meanings).doesNotHaveDuplicates();
        }
    }

    @Property(tries = 2000)
    void ofPrefersACurrentMeaningWheneverTheNumberHasOne(
            @ForAll @IntRange(min = 100, max = 999) int code) {
        boolean anyCurrent = StatusCodes.meanings(code).stream()
                .anyMatch(m -> m.lifecycle() == Lifecycle.CURRENT);
        if (anyCurrent) {
            assertThat(StatusCodes.of(code).lifecycle()).isEqualTo(Lifecycle.CURRENT);
        }
        for (StatusCode m : StatusCodes.meanings(code)) {
            assertThat(m.lifecycle()).as("%s", m)
                    .isGreaterThanOrEqualTo(StatusCodes.of(code).lifecycle());
        }
    }

    @Property(tries = 2000)
    void relatedCodesAreOtherRegisteredNumbers(@ForAll @IntRange(min = 100, max = 999) int code) {
        List<StatusCode> all = new java.util.ArrayList<>(StatusCodes.meanings(code));
        all.add(StatusCodes.of(code));
        for (StatusCode m : all) {
            assertThat(m.related()).as("related codes of %s", m).doesNotContain(code)
                    .allSatisfy(r -> assertThat(StatusCodes.find(r)).isPresent());
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
