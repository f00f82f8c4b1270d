package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final Function<String, String> NO_HEADERS = name -> null;
    private static final long NO_DEADLINE = Long.MAX_VALUE;
    private static final long MS = 1_000_000L;
    /** No jitter: each backoff is its ceiling, 100 ms, 200 ms, 400 ms, ... */
    private static final RetryPolicy EXACT = RetryPolicy.builder().jitter(false).build();

    private static Function<String, String> headers(String name, String value) {
        return n -> n.equalsIgnoreCase(name) ? value : null;
    }

    private static RetryDecision decide(RetryPolicy p, int attempt, String method, int status) {
        return p.decide(attempt, method, true, status, NO_HEADERS, NO_DEADLINE);
    }

    @Nested
    class Defaults {
        @Test
        void areThreeAttemptsJitteredBackoffFrom100msTo20sAndRetryAfterUpTo20s() {
            RetryPolicy p = RetryPolicy.defaults();
            assertThat(p.maxAttempts()).isEqualTo(3);
            assertThat(p.backoffBase()).isEqualTo(Duration.ofMillis(100));
            assertThat(p.backoffMax()).isEqualTo(Duration.ofSeconds(20));
            assertThat(p.isJitter()).isTrue();
            assertThat(p.retryAfterMax()).isEqualTo(Duration.ofSeconds(20));
            assertThat(p.callTimeout()).isEqualTo(Duration.ZERO);
            assertThat(p.registry()).isSameAs(StatusRegistry.defaults());
            assertThat(p.retryNonIdempotent()).isEmpty();
            assertThat(RetryPolicy.defaults()).isSameAs(p);
        }

        @Test
        void toStringNamesEveryOption() {
            assertThat(RetryPolicy.defaults().toString()).isEqualTo("RetryPolicy{maxAttempts=3,"
                    + " backoffBase=PT0.1S, backoffMax=PT20S, jitter=true, retryAfterMax=PT20S,"
                    + " callTimeout=PT0S, retryNonIdempotent=[], retryPredicate=none}");
        }
    }

    @Nested
    class Retryability {
        @Test
        void stopsOnA200WithTheSharedNotRetryableDecision() {
            RetryDecision d = decide(RetryPolicy.defaults(), 1, "GET", 200);
            assertThat(d.isRetry()).isFalse();
            assertThat(d.stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
            assertThat(d.isGiveUp()).isFalse();
            assertThat(RetryPolicy.defaults().decide(2, "POST", false, 404, NO_HEADERS, 5))
                    .isSameAs(d);
        }

        @ParameterizedTest
        @ValueSource(ints = {408, 425, 429, 503, 521, 522, 523})
        void retriesCodesThatWereNotProcessedForAnyMethod(int status) {
            for (String method : new String[] {"GET", "POST", "PATCH", "CONNECT"}) {
                assertThat(decide(EXACT, 1, method, status).isRetry())
                        .as("%d %s", status, method).isTrue();
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {500, 502, 504, 520, 524, 555})
        void retriesIdempotentOnlyCodesForIdempotentMethodsAndGivesUpOnOthers(int status) {
            for (String method : new String[] {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"}) {
                assertThat(decide(EXACT, 1, method, status).isRetry())
                        .as("%d %s", status, method).isTrue();
            }
            for (String method : new String[] {"POST", "PATCH", "get", "LOCK"}) {
                RetryDecision d = decide(EXACT, 1, method, status);
                assertThat(d.stopReason()).as("%d %s", status, method)
                        .isEqualTo(StopReason.NOT_IDEMPOTENT);
                assertThat(d.isGiveUp()).isTrue();
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {200, 204, 301, 400, 401, 403, 404, 407, 422, 460, 499, 501, 505, 999})
        void neverRetriesFinalCodesEvenForGet(int status) {
            assertThat(decide(EXACT, 1, "GET", status).stopReason())
                    .isEqualTo(StopReason.NOT_RETRYABLE);
        }

        @Test
        void retriesDeclaredNonIdempotentMethodsOnIdempotentOnlyCodes() {
            RetryPolicy p = EXACT.toBuilder().retryNonIdempotent("POST").build();
            assertThat(decide(p, 1, "POST", 502).isRetry()).isTrue();
            assertThat(decide(p, 1, "PATCH", 502).stopReason())
                    .isEqualTo(StopReason.NOT_IDEMPOTENT);
            // Method names are case-sensitive (RFC 9110 §9.1).
            assertThat(decide(p, 1, "post", 502).stopReason())
                    .isEqualTo(StopReason.NOT_IDEMPOTENT);
            // Declaring a method safe does not make a final code retryable.
            assertThat(decide(p, 1, "POST", 404).stopReason())
                    .isEqualTo(StopReason.NOT_RETRYABLE);
        }

        @Test
        void resolvesCodesWithTheConfiguredRegistry() {
            StatusRegistry mine = StatusRegistry.builder()
                    .add(StatusCode.builder(590, "Upstream Quota")
                            .vendor(Vendor.of("acme", "Acme", java.net.URI.create("https://acme.example")))
                            .retryability(io.github.statuscodes.Retryability.ALWAYS).build())
                    .build();
            assertThat(decide(EXACT, 1, "POST", 590).stopReason())
                    .isEqualTo(StopReason.NOT_IDEMPOTENT);
            assertThat(decide(EXACT.toBuilder().registry(mine).build(), 1, "POST", 590).isRetry())
                    .isTrue();
        }

        @Test
        void aPredicateReplacesTheRuleAndSeesTheVendorsMeaning() {
            List<StatusCode> seen = new ArrayList<>();
            RetryPolicy p = EXACT.toBuilder().retryPredicate((code, method) -> {
                seen.add(code);
                return code.code() == 404 && method.equals("GET");
            }).build();
            assertThat(decide(p, 1, "GET", 404).isRetry()).isTrue();
            assertThat(decide(p, 1, "POST", 404).stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
            // Refused by the predicate: final, not a give-up, even for an idempotent-only code.
            assertThat(decide(p, 1, "POST", 502).stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
            assertThat(decide(p, 1, "GET", 503).isGiveUp()).isFalse();
            p.decide(1, "GET", true, 499, headers("Server", "nginx/1.25.3"), NO_DEADLINE);
            assertThat(seen).last().isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        }

        @Test
        void treatsNumbersOutside100To999AsNotRetryableWhateverThePredicate() {
            RetryPolicy always = EXACT.toBuilder().retryPredicate((c, m) -> true).build();
            for (int status : new int[] {0, 99, 1000, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                assertThat(decide(RetryPolicy.defaults(), 1, "GET", status).stopReason())
                        .isEqualTo(StopReason.NOT_RETRYABLE);
                assertThat(decide(always, 1, "GET", status).stopReason())
                        .isEqualTo(StopReason.NOT_RETRYABLE);
                assertThat(always.decide(1, "GET", true, StatusCode.outOfRange(status),
                        NO_HEADERS, NO_DEADLINE).stopReason()).isEqualTo(StopReason.NOT_RETRYABLE);
            }
        }
    }

    @Nested
    class Bodies {
        @Test
        void neverRetriesAOneShotBody() {
            RetryDecision d = EXACT.decide(1, "PUT", false, 503, NO_HEADERS, NO_DEADLINE);
            assertThat(d.stopReason()).isEqualTo(StopReason.ONE_SHOT_BODY);
            assertThat(d.isGiveUp()).isTrue();
            assertThat(EXACT.decideOnConnectFailure(1, false, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.ONE_SHOT_BODY);
        }

        @Test
        void aFinalCodeIsNotRetryableRatherThanOneShot() {
            assertThat(EXACT.decide(1, "PUT", false, 404, NO_HEADERS, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.NOT_RETRYABLE);
            assertThat(EXACT.decide(1, "POST", false, 502, NO_HEADERS, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.NOT_IDEMPOTENT);
        }
    }

    @Nested
    class Attempts {
        @Test
        void retriesUntilTheBudgetIsSpent() {
            assertThat(decide(EXACT, 1, "GET", 503).isRetry()).isTrue();
            assertThat(decide(EXACT, 2, "GET", 503).isRetry()).isTrue();
            RetryDecision d = decide(EXACT, 3, "GET", 503);
            assertThat(d.stopReason()).isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
            assertThat(d.isGiveUp()).isTrue();
            assertThat(decide(EXACT, Integer.MAX_VALUE, "GET", 503).stopReason())
                    .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        }

        @Test
        void oneAttemptTurnsRetriesOff() {
            RetryPolicy once = RetryPolicy.builder().maxAttempts(1).build();
            assertThat(decide(once, 1, "GET", 503).stopReason())
                    .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
            assertThat(once.decideOnConnectFailure(1, true, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        }

        @Test
        void rejectsAnAttemptBelowOne() {
            assertThatThrownBy(() -> decide(EXACT, 0, "GET", 200))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("attempt is 0; it counts the attempts sent so far, the current"
                            + " one included, from 1");
            assertThatThrownBy(() -> EXACT.decideOnConnectFailure(-1, true, NO_DEADLINE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("attempt is -1;");
        }
    }

    @Nested
    class RetryAfterHeader {
        private final Clock clock = Clock.fixed(Instant.parse("1994-11-06T08:49:00Z"),
                ZoneOffset.UTC);

        @Test
        void waitsTheDelaySecondsItGives() {
            RetryDecision d = RetryPolicy.defaults().decide(1, "POST", true, 503,
                    headers("retry-after", "2"), NO_DEADLINE);
            assertThat(d.delay()).isEqualTo(Duration.ofSeconds(2));
            assertThat(d.delayNanos()).isEqualTo(2_000 * MS);
        }

        @Test
        void measuresAnHttpDateWithTheClock() {
            RetryPolicy p = RetryPolicy.builder().clock(clock).build();
            assertThat(p.decide(1, "GET", true, 429,
                    headers("Retry-After", "Sun, 06 Nov 1994 08:49:05 GMT"), NO_DEADLINE).delay())
                    .isEqualTo(Duration.ofSeconds(5));
            assertThat(p.decide(1, "GET", true, 429,
                    headers("Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT"), NO_DEADLINE).delay())
                    .isEqualTo(Duration.ZERO);
        }

        @Test
        void fallsBackToTheBackoffWhenMalformed() {
            assertThat(EXACT.decide(1, "GET", true, 503, headers("Retry-After", "soon"),
                    NO_DEADLINE).delayNanos()).isEqualTo(100 * MS);
            assertThat(EXACT.decide(2, "GET", true, 503, headers("Retry-After", "-1"),
                    NO_DEADLINE).delayNanos()).isEqualTo(200 * MS);
        }

        @Test
        void waitsUpToTheCapAndGivesUpAboveIt() {
            RetryPolicy p = RetryPolicy.builder().retryAfterMax(5, TimeUnit.SECONDS).build();
            assertThat(p.decide(1, "GET", true, 503, headers("Retry-After", "5"), NO_DEADLINE)
                    .delay()).isEqualTo(Duration.ofSeconds(5));
            RetryDecision d = p.decide(1, "GET", true, 503, headers("Retry-After", "6"),
                    NO_DEADLINE);
            assertThat(d.stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
            assertThat(d.isGiveUp()).isTrue();
            assertThat(RetryPolicy.defaults().decide(1, "GET", true, 503,
                    headers("Retry-After", "99999999999999999999999"), NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
        }

        @Test
        void aZeroCapRetriesOnlyOnRetryAfterZero() {
            RetryPolicy p = RetryPolicy.builder().retryAfterMax(Duration.ZERO).build();
            assertThat(p.decide(1, "GET", true, 503, headers("Retry-After", "0"), NO_DEADLINE)
                    .delay()).isEqualTo(Duration.ZERO);
            assertThat(p.decide(1, "GET", true, 503, headers("Retry-After", "1"), NO_DEADLINE)
                    .stopReason()).isEqualTo(StopReason.RETRY_AFTER_TOO_LONG);
        }
    }

    @Nested
    class Deadline {
        @Test
        void givesUpWhenTheWaitWouldEndAtOrAfterTheDeadline() {
            assertThat(RetryPolicy.defaults().decide(1, "GET", true, 503,
                    headers("retry-after", "1"), 500 * MS).stopReason())
                    .isEqualTo(StopReason.DEADLINE);
            assertThat(EXACT.decide(1, "GET", true, 503, NO_HEADERS, 100 * MS).stopReason())
                    .isEqualTo(StopReason.DEADLINE);
            assertThat(EXACT.decide(1, "GET", true, 503, NO_HEADERS, 100 * MS + 1).delayNanos())
                    .isEqualTo(100 * MS);
            assertThat(EXACT.decideOnConnectFailure(1, true, 100 * MS).stopReason())
                    .isEqualTo(StopReason.DEADLINE);
        }

        @Test
        void aPassedDeadlineStopsEvenAZeroWait() {
            RetryPolicy noWait = RetryPolicy.builder().backoffBase(Duration.ZERO).build();
            for (long left : new long[] {0, -1, Long.MIN_VALUE}) {
                assertThat(noWait.decide(1, "GET", true, 503, NO_HEADERS, left).stopReason())
                        .isEqualTo(StopReason.DEADLINE);
            }
        }

        @Test
        void remainingNanosCountsDownTheCallTimeout() {
            assertThat(RetryPolicy.defaults().remainingNanos(123)).isEqualTo(Long.MAX_VALUE);
            RetryPolicy p = RetryPolicy.builder().callTimeout(2, TimeUnit.SECONDS).build();
            assertThat(p.callTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(p.remainingNanos(500 * MS)).isEqualTo(1_500 * MS);
            assertThat(p.remainingNanos(3_000 * MS)).isEqualTo(-1_000 * MS);
            RetryPolicy none = p.toBuilder().callTimeout(Duration.ZERO).build();
            assertThat(none.callTimeout()).isEqualTo(Duration.ZERO);
            assertThat(none.remainingNanos(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        }
    }

    @Nested
    class ConnectFailure {
        @Test
        void retriesAfterTheBackoffWhateverTheMethod() {
            assertThat(EXACT.decideOnConnectFailure(1, true, NO_DEADLINE).delay())
                    .isEqualTo(Duration.ofMillis(100));
            assertThat(EXACT.decideOnConnectFailure(2, true, NO_DEADLINE).delay())
                    .isEqualTo(Duration.ofMillis(200));
            assertThat(EXACT.decideOnConnectFailure(3, true, NO_DEADLINE).stopReason())
                    .isEqualTo(StopReason.ATTEMPTS_EXHAUSTED);
        }
    }

    @Nested
    class Backoff {
        @Test
        void doublesUpToTheCapWithoutJitter() {
            long[] expected = {100, 200, 400, 800, 1600, 3200, 6400, 12800, 20000, 20000};
            for (int retry = 0; retry < expected.length; retry++) {
                assertThat(EXACT.backoffNanos(retry)).as("retry %d", retry)
                        .isEqualTo(expected[retry] * MS);
            }
            assertThat(EXACT.backoffNanos(62)).isEqualTo(20_000 * MS);
            assertThat(EXACT.backoffNanos(Integer.MAX_VALUE)).isEqualTo(20_000 * MS);
        }

        @Test
        void fullJitterScalesTheCeilingByTheRandomValue() {
            assertThat(jittered(0.5).backoffNanos(0)).isEqualTo(50 * MS);
            assertThat(jittered(0.25).backoffNanos(3)).isEqualTo(200 * MS);
            assertThat(jittered(0.0).backoffNanos(5)).isZero();
        }

        @Test
        void aRandomSourceOutsideItsRangeStaysBelowTheCeiling() {
            assertThat(jittered(1.0).backoffNanos(0)).isEqualTo(100 * MS - 1);
            assertThat(jittered(7.5).backoffNanos(0)).isEqualTo(100 * MS - 1);
            assertThat(jittered(-3).backoffNanos(0)).isZero();
            assertThat(jittered(Double.NaN).backoffNanos(0)).isZero();
            assertThat(jittered(Math.nextDown(1.0)).toBuilder()
                    .backoffMax(Long.MAX_VALUE, TimeUnit.NANOSECONDS)
                    .backoffBase(Long.MAX_VALUE, TimeUnit.NANOSECONDS).build().backoffNanos(0))
                    .isLessThan(Long.MAX_VALUE);
        }

        @Test
        void aZeroBaseNeverWaitsOnAnyRetry() {
            RetryPolicy p = RetryPolicy.builder().backoffBase(0, TimeUnit.SECONDS).jitter(false)
                    .build();
            for (int retry : new int[] {0, 1, 61, 62, 63, 1000, Integer.MAX_VALUE}) {
                assertThat(p.backoffNanos(retry)).as("retry %d", retry).isZero();
            }
        }

        private RetryPolicy jittered(double r) {
            return RetryPolicy.builder().random(() -> r).build();
        }
    }

    @Nested
    class Resolve {
        @Test
        void givesTheRegistrysVendorAwareMeaning() {
            assertThat(RetryPolicy.defaults().resolve(499, headers("Server", "nginx")))
                    .isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
            assertThat(RetryPolicy.defaults().resolve(200, NO_HEADERS)).isSameAs(Iana.OK);
        }

        @Test
        void givesTheOutOfRangeStandInInsteadOfThrowing() {
            for (int status : new int[] {0, 99, 1000, -7, Integer.MIN_VALUE}) {
                StatusCode c = RetryPolicy.defaults().resolve(status, NO_HEADERS);
                assertThat(c).isEqualTo(StatusCode.outOfRange(status));
                assertThat(c.code()).isEqualTo(status);
                assertThat(c.isRegistered()).isFalse();
                assertThat(c.isRetryable()).isFalse();
            }
        }
    }

    @Nested
    class Arguments {
        @Test
        void nullArgumentsThrowNamingTheParameter() {
            RetryPolicy p = RetryPolicy.defaults();
            assertThatThrownBy(() -> p.decide(1, null, true, 200, NO_HEADERS, 0))
                    .isInstanceOf(NullPointerException.class).hasMessage("method must not be null");
            assertThatThrownBy(() -> p.decide(1, "GET", true, 200, null, 0))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("headers must not be null");
            assertThatThrownBy(() -> p.decide(1, "GET", true, (StatusCode) null, NO_HEADERS, 0))
                    .isInstanceOf(NullPointerException.class).hasMessage("code must not be null");
            assertThatThrownBy(() -> p.resolve(200, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("headers must not be null");
        }

        @Test
        void anEmptyMethodIsRejected() {
            assertThatThrownBy(() -> decide(RetryPolicy.defaults(), 1, "", 200))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("method must not be empty");
        }
    }

    @Nested
    class Builder {
        @Test
        void setsEveryOptionInBothUnits() {
            RetryPolicy p = RetryPolicy.builder().maxAttempts(5)
                    .backoffBase(250, TimeUnit.MILLISECONDS).backoffMax(Duration.ofSeconds(4))
                    .retryAfterMax(30, TimeUnit.SECONDS).callTimeout(Duration.ofSeconds(9))
                    .jitter(false).retryNonIdempotent("POST", "PATCH").build();
            assertThat(p.maxAttempts()).isEqualTo(5);
            assertThat(p.backoffBase()).isEqualTo(Duration.ofMillis(250));
            assertThat(p.backoffMax()).isEqualTo(Duration.ofSeconds(4));
            assertThat(p.retryAfterMax()).isEqualTo(Duration.ofSeconds(30));
            assertThat(p.callTimeout()).isEqualTo(Duration.ofSeconds(9));
            assertThat(p.isJitter()).isFalse();
            assertThat(p.retryNonIdempotent()).containsExactlyInAnyOrder("POST", "PATCH");
            RetryPolicy q = p.toBuilder().backoffBase(Duration.ofMillis(1))
                    .backoffMax(1, TimeUnit.SECONDS).retryAfterMax(Duration.ofSeconds(2))
                    .callTimeout(3, TimeUnit.SECONDS).build();
            assertThat(q.maxAttempts()).isEqualTo(5);
            assertThat(q.backoffBase()).isEqualTo(Duration.ofMillis(1));
            assertThat(q.backoffMax()).isEqualTo(Duration.ofSeconds(1));
            assertThat(q.retryAfterMax()).isEqualTo(Duration.ofSeconds(2));
            assertThat(q.callTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(q.retryNonIdempotent()).isEqualTo(p.retryNonIdempotent());
            assertThat(p.backoffBase()).as("the original is unchanged")
                    .isEqualTo(Duration.ofMillis(250));
        }

        @Test
        void saturatesAHugeDurationInsteadOfOverflowing() {
            RetryPolicy p = RetryPolicy.builder().backoffMax(Duration.ofSeconds(Long.MAX_VALUE))
                    .retryAfterMax(Long.MAX_VALUE, TimeUnit.DAYS).build();
            assertThat(p.backoffMax()).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
            assertThat(p.retryAfterMax()).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
        }

        @Test
        void rejectsBadOptionsByName() {
            assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxAttempts is 0; it must be 1 or more (1 sends each request"
                            + " once, without retries)");
            assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("backoffBase must not be null");
            assertThatThrownBy(() -> RetryPolicy.builder().backoffMax(Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("backoffMax is PT-0.001S; it must be zero or more");
            assertThatThrownBy(() -> RetryPolicy.builder().retryAfterMax(-1, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("retryAfterMax is -1 SECONDS; it must be zero or more");
            assertThatThrownBy(() -> RetryPolicy.builder().callTimeout(1, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("unit must not be null");
            assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ofSeconds(30))
                    .build()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("backoffBase PT30S is longer than backoffMax PT20S; raise"
                            + " backoffMax or lower backoffBase");
            assertThatThrownBy(() -> RetryPolicy.builder().registry(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("registry must not be null");
            assertThatThrownBy(() -> RetryPolicy.builder().retryPredicate(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RetryPolicy.builder().random(null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> RetryPolicy.builder().clock(null))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void rejectsMethodsThatAreNotTokens() {
            assertThatThrownBy(() -> RetryPolicy.builder().retryNonIdempotent("POST", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("methods[1] must not be null");
            assertThatThrownBy(() -> RetryPolicy.builder().retryNonIdempotent(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[0] is empty; pass method names like \"POST\"");
            assertThatThrownBy(() -> RetryPolicy.builder().retryNonIdempotent("PO ST"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("methods[0] \"PO ST\" is not an HTTP method token; it has a"
                            + " forbidden character at index 2");
        }
    }

    @Nested
    class Decision {
        @Test
        void aStopHasNoDelayAndARetryNoStopReason() {
            RetryDecision stop = decide(EXACT, 1, "GET", 404);
            assertThatThrownBy(stop::delayNanos).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a stop decision (NOT_RETRYABLE) has no delay; check isRetry()"
                            + " first");
            assertThatThrownBy(stop::delay).isInstanceOf(IllegalStateException.class);
            RetryDecision retry = decide(EXACT, 1, "GET", 503);
            assertThatThrownBy(retry::stopReason).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a retry decision has no stop reason; check isRetry() first");
            assertThat(retry.isGiveUp()).isFalse();
            assertThat(retry).hasToString("retry after PT0.1S");
            assertThat(stop).hasToString("stop: NOT_RETRYABLE");
        }
    }
}
