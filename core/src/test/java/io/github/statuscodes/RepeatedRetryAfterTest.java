package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.statuscodes.RetryDecision.StopReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A {@code Retry-After} sent more than once reaches the policy as one value, its lines joined
 * with {@code ", "}; it decides as the longest of its members would alone.
 */
class RepeatedRetryAfterTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    /** Backoff of exactly 7 ms, so that a fallback to backoff shows. */
    static final RetryPolicy POLICY = RetryPolicy.builder().clock(NOW).jitter(false)
            .backoffBase(7, TimeUnit.MILLISECONDS).backoffMax(7, TimeUnit.MILLISECONDS).build();
    static final Duration BACKOFF = Duration.ofMillis(7);

    static RetryDecision decide(String retryAfter) {
        return POLICY.decide(1, "GET", true, 503,
                name -> name.equalsIgnoreCase("Retry-After") ? retryAfter : null, Long.MAX_VALUE);
    }

    @Test
    void aWaitLongerThanTheCapStopsWhetherSentOnceOrTwice() {
        assertThat(decide("30").stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
        assertThat(decide("30, 30").stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
        assertThat(decide("30,30").stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
    }

    @Test
    void repeatedSecondsWaitAsLongAsOne() {
        assertThat(decide("5, 5").delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(decide(" 5 ,\t5 ").delay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theLongestMemberWinsWhateverItsPlace() {
        assertThat(decide("0, 4").delay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(decide("4, 0").delay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(decide("0, 30").stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
        assertThat(decide("30, 0").stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
    }

    @Test
    void twoDatesInEachFormKeepTheirOwnCommas() {
        String imf = "Mon, 23 Nov 2026 12:00:05 GMT";
        String rfc850 = "Monday, 23-Nov-26 12:00:08 GMT";
        String asctime = "Mon Nov 23 12:00:03 2026";
        assertThat(decide(imf + ", " + imf).delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(decide(rfc850 + ", " + rfc850).delay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(decide(asctime + ", " + asctime).delay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(decide(asctime + ", " + imf + ", 2, " + rfc850).delay())
                .isEqualTo(Duration.ofSeconds(8));
        assertThat(decide("Sun, 06 Nov 1994 08:49:37 GMT, 1").delay())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void oneMalformedMemberFallsBackToBackoffAsAMalformedValueDoes() {
        assertThat(decide("soon").delay()).isEqualTo(BACKOFF);
        assertThat(decide("5, soon").delay()).isEqualTo(BACKOFF);
        assertThat(decide("Mon, 23 Nov 2026 12:00:05 GMT, -1").delay()).isEqualTo(BACKOFF);
        assertThat(decide("Mon, 5").delay()).isEqualTo(BACKOFF);
        assertThat(decide("Mon").delay()).isEqualTo(BACKOFF);
    }

    @Test
    void emptyMembersAreIgnoredButAValueOfNoneIsMalformed() {
        assertThat(decide("5,").delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(decide(", ,5").delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(decide(",").delay()).isEqualTo(BACKOFF);
        assertThat(decide(" , ").delay()).isEqualTo(BACKOFF);
        assertThat(decide("").delay()).isEqualTo(BACKOFF);
    }

    @Test
    void tenThousandCopiesOfZeroRetryAtOnce() {
        assertThat(decide(String.join(", ", Collections.nCopies(10_000, "0"))).delay())
                .isZero();
    }

    /**
     * 100,000 members, each different from the one before (so none is skipped as a repeat):
     * a parse that is quadratic in the members would take minutes; a linear one, milliseconds.
     * The bound only catches the quadratic case; it is no performance figure.
     */
    @Test
    void oneHundredThousandMembersAreReadInLinearTime() {
        StringBuilder seconds = new StringBuilder();
        StringBuilder dates = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            seconds.append(i % 2 == 0 ? "1, " : "2, ");
            dates.append(i % 2 == 0 ? "Mon, 23 Nov 2026 12:00:05 GMT, "
                    : "Mon Nov 23 12:00:06 2026, ");
        }
        String hostile = seconds + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(decide(seconds.toString()).delay()).isEqualTo(Duration.ofSeconds(2));
            assertThat(decide(dates.toString()).delay()).isEqualTo(Duration.ofSeconds(6));
            assertThat(decide(hostile).delay()).isEqualTo(BACKOFF);
            assertThat(decide("1".repeat(100_000)).stopReason())
                    .isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
            assertThat(decide(",".repeat(100_000)).delay()).isEqualTo(BACKOFF);
            assertThat(decide("Mon,".repeat(100_000)).delay()).isEqualTo(BACKOFF);
        });
    }
}
