package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Function<String, String> NO_HEADERS = name -> null;
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private static Function<String, String> headers(String name, String value) {
        return n -> n.equalsIgnoreCase(name) ? value : null;
    }

    @Nested
    class Decide {
        @Test
        void stopsOnA200WithTheSharedNotRetryableDecision() {
            RetryDecision d = RetryPolicy.defaults().decide(1, "GET", true, 200, NO_HEADERS,
                    NO_DEADLINE);
            assertThat(d.isRetry()).isFalse();
            assertThat(d.stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
            assertThat(d.isGiveUp()).isFalse();
            assertThat(RetryPolicy.defaults().decide(2, "POST", false, 404, NO_HEADERS, 5))
                    .isSameAs(d);
        }

        @Test
        void retriesA503AfterItsRetryAfter() {
            RetryDecision d = RetryPolicy.defaults().decide(1, "POST", true, 503,
                    headers("retry-after", "2"), NO_DEADLINE);
            assertThat(d.isRetry()).isTrue();
            assertThat(d.delay()).isEqualTo(Duration.ofSeconds(2));
        }

        @Test
        void givesUpOnARetryAfterAboveTheCap() {
            RetryDecision d = RetryPolicy.defaults().decide(1, "GET", true, 503,
                    headers("retry-after", "3600"), NO_DEADLINE);
            assertThat(d.stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
            assertThat(d.isGiveUp()).isTrue();
        }

        @Test
        void doesNotRetryPostOn520ButRetriesGet() {
            RetryPolicy p = RetryPolicy.defaults();
            assertThat(p.decide(1, "POST", true, 520, NO_HEADERS, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.NOT_IDEMPOTENT);
            assertThat(p.decide(1, "GET", true, 520, NO_HEADERS, NO_DEADLINE).isRetry()).isTrue();
            assertThat(p.toBuilder().retryNonIdempotent("POST").build()
                    .decide(1, "POST", true, 520, NO_HEADERS, NO_DEADLINE).isRetry()).isTrue();
        }

        @Test
        void stopsOnOneShotBodiesAttemptsAndDeadline() {
            RetryPolicy p = RetryPolicy.defaults();
            assertThat(p.decide(1, "GET", false, 503, NO_HEADERS, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.ONE_SHOT_BODY);
            assertThat(p.decide(3, "GET", true, 503, NO_HEADERS, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
            assertThat(p.decide(1, "GET", true, 503, headers("retry-after", "1"),
                    TimeUnit.MILLISECONDS.toNanos(500)).stopReason())
                    .isEqualTo(StopReason.DEADLINE);
        }

        @Test
        void treatsNumbersOutside100To999AsNotRetryable() {
            for (int status : new int[] {0, 99, 1000, -1, Integer.MIN_VALUE}) {
                assertThat(RetryPolicy.defaults().decide(1, "GET", true, status, NO_HEADERS,
                        NO_DEADLINE).stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
            }
        }

        @Test
        void retriesAConnectFailureForAnyMethod() {
            RetryPolicy p = RetryPolicy.builder().jitter(false).build();
            RetryDecision d = p.decideOnConnectFailure(1, true, NO_DEADLINE);
            assertThat(d.delay()).isEqualTo(Duration.ofMillis(100));
            assertThat(p.decideOnConnectFailure(3, true, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        }
    }

    @Nested
    class Backoff {
        @Test
        void aZeroBaseNeverWaitsOnAnyRetry() {
            RetryPolicy p = RetryPolicy.builder().backoffBase(0, TimeUnit.SECONDS).jitter(false)
                    .build();
            for (int retry : new int[] {0, 1, 61, 62, 63, 1000, Integer.MAX_VALUE}) {
                assertThat(p.backoffNanos(retry)).as("retry %d", retry).isZero();
            }
        }

        @Test
        void doublesUpToTheCapWithoutJitter() {
            RetryPolicy p = RetryPolicy.builder().jitter(false).build();
            assertThat(p.backoffNanos(0)).isEqualTo(100_000_000L);
            assertThat(p.backoffNanos(1)).isEqualTo(200_000_000L);
            assertThat(p.backoffNanos(20)).isEqualTo(20_000_000_000L);
            assertThat(p.backoffNanos(100)).isEqualTo(20_000_000_000L);
        }
    }

    @Nested
    class Builder {
        @Test
        void rejectsBadOptionsByName() {
            assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("maxAttempts is 0");
            assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("backoffBase must not be null");
            assertThatThrownBy(() -> RetryPolicy.builder().retryAfterMax(-1, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("retryAfterMax is -1 SECONDS; it must be zero or more");
            assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ofSeconds(30))
                    .build()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("longer than backoffMax PT20S");
        }
    }
}
