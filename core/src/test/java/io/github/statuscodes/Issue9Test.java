package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Regressions from the review in issue 9 ("One retry engine in core"). */
class Issue9Test {

    @Test
    void aZeroBackoffBaseMeansNoWaitOnEveryRetry() {
        // Before: retries from number 62 on waited the full backoffMax.
        for (boolean jitter : new boolean[] {false, true}) {
            RetryPolicy p = RetryPolicy.builder().backoffBase(0, TimeUnit.MILLISECONDS)
                    .backoffMax(20, TimeUnit.SECONDS).jitter(jitter).random(() -> 0.99)
                    .maxAttempts(Integer.MAX_VALUE).build();
            for (int attempt = 1; attempt <= 200; attempt++) {
                assertThat(p.decide(attempt, "GET", true, 503, name -> null, Long.MAX_VALUE)
                        .delayNanos()).as("attempt %d", attempt).isZero();
                assertThat(p.decideOnConnectFailure(attempt, true, Long.MAX_VALUE).delayNanos())
                        .isZero();
            }
            assertThat(p.decideOnConnectFailure(Integer.MAX_VALUE - 1, true, Long.MAX_VALUE)
                    .delayNanos()).isZero();
        }
    }

    @Test
    void aStatusOutside100To999IsNotRetryableAndResolvesToADocumentedValue() {
        for (int status : new int[] {0, 99, 1000, -1}) {
            assertThat(RetryPolicy.defaults().decide(1, "GET", true, status, name -> null,
                    Long.MAX_VALUE).stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
        }
        StatusCode zero = RetryPolicy.defaults().resolve(0, name -> null);
        assertThat(zero.code()).isZero();
        assertThat(zero.reasonPhrase()).isEqualTo("Invalid Status Code");
        assertThat(zero.vendor()).isSameAs(Vendor.NONE);
        assertThat(zero.statusClass()).isSameAs(StatusClass.NON_STANDARD);
        assertThat(zero.retryability()).isSameAs(Retryability.NEVER);
        assertThat(zero.isRegistered()).isFalse();
        assertThat(zero).hasToString("0 Invalid Status Code (Unregistered)");
        assertThat(zero.description()).startsWith("The response carried status 0, outside"
                + " 100..999");
        assertThatThrownBy(() -> StatusCode.outOfRange(200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status code 200 is within 100..999; use StatusCodes.of(200) or a"
                        + " registry's of(int)");
    }

    @Test
    void formatDateOfInstantMaxThrowsTheDocumentedIllegalArgumentException() {
        for (Instant i : new Instant[] {Instant.MAX, Instant.MIN}) {
            assertThatThrownBy(() -> RetryAfter.formatDate(i))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("instant " + i + " is outside years 1..9999, which an HTTP-date"
                            + " cannot express");
        }
        assertThat(RetryAfter.formatDate(Instant.parse("9999-12-31T23:59:59.999Z")))
                .isEqualTo("Fri, 31 Dec 9999 23:59:59 GMT");
        assertThat(RetryAfter.formatDate(Instant.parse("0001-01-01T00:00:00Z")))
                .isEqualTo("Mon, 01 Jan 0001 00:00:00 GMT");
    }

    @Test
    void parseNeverThrowsWithAClockAtTheEndsOfTime() {
        String[] values = {"Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994", "120"};
        for (Instant now : new Instant[] {Instant.MAX, Instant.MIN}) {
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            for (String v : values) {
                assertThat(RetryAfter.parse(v, clock)).as("%s at %s", v, now).isNotNull();
            }
        }
        // At Instant.MIN every date is in the future: the delay is large but exact.
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT",
                Clock.fixed(Instant.MIN, ZoneOffset.UTC)).orElseThrow())
                .isEqualTo(java.time.Duration.between(Instant.MIN,
                        Instant.parse("1994-11-06T08:49:37Z")));
    }
}
