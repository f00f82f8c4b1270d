package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The engine's rules over the whole input space: any status, attempt, deadline, method, header
 * value, random value and option a caller can pass.
 */
class RetryPolicyProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"),
            ZoneOffset.UTC);

    @Property(tries = 2000)
    void neverSendsMoreAttemptsThanTheBudget(@ForAll("policies") RetryPolicy policy,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1100) Integer> statuses,
            @ForAll("methods") String method) {
        // A call whose server answers with the given statuses (the last one repeated forever).
        int sent = 0;
        while (true) {
            int status = statuses.get(Math.min(sent, statuses.size() - 1));
            sent++;
            RetryDecision d = policy.decide(sent, method, true, status, name -> null,
                    Long.MAX_VALUE);
            if (!d.isRetry()) {
                break;
            }
            assertThat(sent).isLessThan(policy.maxAttempts());
        }
        assertThat(sent).isBetween(1, policy.maxAttempts());
    }

    @Property(tries = 3000)
    void neverWaitsAboveTheCaps(@ForAll("policies") RetryPolicy policy,
            @ForAll @IntRange(min = 100, max = 999) int status,
            @ForAll @IntRange(min = 1, max = 200) int attempt,
            @ForAll("retryAfters") String retryAfter, @ForAll long nanosLeft) {
        RetryDecision d = policy.decide(attempt, "GET", true, status,
                name -> name.equalsIgnoreCase("Retry-After") ? retryAfter : null, nanosLeft);
        if (!d.isRetry()) {
            return;
        }
        assertThat(d.delayNanos()).isNotNegative().isLessThan(nanosLeft);
        Optional<Duration> asked = RetryAfter.parse(retryAfter, CLOCK);
        if (asked.isPresent()) {
            assertThat(d.delay()).isEqualTo(asked.get()).isLessThanOrEqualTo(policy.retryAfterMax());
        } else {
            assertThat(d.delay()).isLessThanOrEqualTo(policy.backoffMax());
            if (policy.isJitter() && policy.backoffBase().compareTo(Duration.ZERO) > 0) {
                assertThat(d.delay()).isLessThan(policy.backoffMax());
            }
        }
        RetryDecision c = policy.decideOnConnectFailure(attempt, true, nanosLeft);
        if (c.isRetry()) {
            assertThat(c.delay()).isLessThanOrEqualTo(policy.backoffMax());
            assertThat(c.delayNanos()).isNotNegative().isLessThan(nanosLeft);
        }
    }

    @Property(tries = 2000)
    void neverRetriesANonIdempotentMethodOnAnIdempotentOnlyCode(
            @ForAll("policiesWithoutOptIns") RetryPolicy policy,
            @ForAll @IntRange(min = 100, max = 999) int status, @ForAll("methods") String method,
            @ForAll @IntRange(min = 1, max = 5) int attempt) {
        StatusCode code = policy.registry().of(status);
        if (code.retryability() != Retryability.IDEMPOTENT_ONLY
                || Retryability.isIdempotent(method)) {
            return;
        }
        RetryDecision d = policy.decide(attempt, method, true, status, name -> null,
                Long.MAX_VALUE);
        assertThat(d.isRetry()).as("%s %s", method, code).isFalse();
        assertThat(d.stopReason()).isEqualTo(StopReason.NOT_IDEMPOTENT);
    }

    @Property(tries = 2000)
    void neverRetriesAOneShotBody(@ForAll("policies") RetryPolicy policy, @ForAll int status,
            @ForAll("methods") String method, @ForAll @IntRange(min = 1) int attempt,
            @ForAll("retryAfters") String retryAfter, @ForAll long nanosLeft) {
        assertThat(policy.decide(attempt, method, false, status, name -> retryAfter, nanosLeft)
                .isRetry()).isFalse();
        assertThat(policy.decideOnConnectFailure(attempt, false, nanosLeft).isRetry()).isFalse();
    }

    @Property(tries = 2000)
    void delaysAreMonotoneInTheBackoffCeiling(@ForAll @DoubleRange(min = 0, max = 1,
            maxIncluded = false) double r, @ForAll @LongRange(min = 0) long base1,
            @ForAll @LongRange(min = 0) long base2, @ForAll @LongRange(min = 0) long max,
            @ForAll @IntRange(min = 1, max = 100) int attempt) {
        long lo = Math.min(Math.min(base1, base2), max);
        long hi = Math.min(Math.max(base1, base2), max);
        RetryPolicy low = policy(r, lo, max);
        RetryPolicy high = policy(r, hi, max);
        // A higher ceiling (larger base) never gives a shorter wait ...
        assertThat(wait(low, attempt)).isLessThanOrEqualTo(wait(high, attempt));
        // ... nor does a later retry, whose ceiling has doubled.
        assertThat(wait(high, attempt)).isLessThanOrEqualTo(wait(high, attempt + 1));
        // ... nor a larger cap.
        RetryPolicy wider = low.toBuilder().backoffMax(Math.max(max, hi) + (max < Long.MAX_VALUE
                ? 1 : 0), TimeUnit.NANOSECONDS).build();
        assertThat(wait(low, attempt)).isLessThanOrEqualTo(wait(wider, attempt));
    }

    @Property(tries = 3000)
    void anyInputGivesADecisionAndNeverThrows(@ForAll("policies") RetryPolicy policy,
            @ForAll int status, @ForAll int attempt, @ForAll long nanosLeft,
            @ForAll("methods") String method, @ForAll boolean repeatable,
            @ForAll("headerValues") String value) {
        Function<String, String> headers = name -> value;
        if (attempt < 1) {
            assertThatThrownBy(() -> policy.decide(attempt, method, repeatable, status, headers,
                    nanosLeft)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        RetryDecision d = policy.decide(attempt, method, repeatable, status, headers, nanosLeft);
        assertThat(d.isRetry() || d.stopReason() != null).isTrue();
        assertThat(policy.decide(attempt, method, repeatable, policy.resolve(status, headers),
                headers, nanosLeft).isRetry()).isEqualTo(d.isRetry());
        assertThat(policy.decideOnConnectFailure(attempt, repeatable, nanosLeft)).isNotNull();
    }

    private static RetryPolicy policy(double r, long base, long max) {
        return RetryPolicy.builder().random(() -> r).maxAttempts(Integer.MAX_VALUE)
                .backoffMax(max, TimeUnit.NANOSECONDS).backoffBase(base, TimeUnit.NANOSECONDS)
                .build();
    }

    private static long wait(RetryPolicy p, int attempt) {
        return p.decideOnConnectFailure(attempt, true, Long.MAX_VALUE).delayNanos();
    }

    @Provide
    Arbitrary<RetryPolicy> policies() {
        return Combinators.combine(policiesWithoutOptIns(),
                Arbitraries.of("POST", "PATCH", "LOCK").list().ofMaxSize(2))
                .as((p, extra) -> p.toBuilder().retryNonIdempotent(extra.toArray(new String[0]))
                        .build());
    }

    @Provide
    Arbitrary<RetryPolicy> policiesWithoutOptIns() {
        Arbitrary<Long> nanos = Arbitraries.oneOf(Arbitraries.longs().between(0, 30_000_000_000L),
                Arbitraries.longs().greaterOrEqual(0), Arbitraries.of(0L, Long.MAX_VALUE));
        Arbitrary<Double> random = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
                Arbitraries.of(Double.NaN, -1.0, 1.0, 2.5, Math.nextDown(1.0),
                        Double.MIN_VALUE));
        return Combinators.combine(Arbitraries.integers().between(1, 10), nanos, nanos, nanos,
                Arbitraries.of(true, false), random)
                .as((attempts, a, b, retryAfterMax, jitter, r) -> RetryPolicy.builder()
                        .maxAttempts(attempts)
                        .backoffBase(Math.min(a, b), TimeUnit.NANOSECONDS)
                        .backoffMax(Math.max(a, b), TimeUnit.NANOSECONDS)
                        .retryAfterMax(retryAfterMax, TimeUnit.NANOSECONDS)
                        .jitter(jitter).random(() -> r).clock(CLOCK).build());
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.oneOf(
                Arbitraries.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST",
                        "PATCH", "CONNECT", "get", "LOCK", "QUERY"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> retryAfters() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100).map(String::valueOf),
                Arbitraries.longs().greaterOrEqual(0).map(String::valueOf),
                Arbitraries.strings().numeric().ofMaxLength(30),
                Arbitraries.of("Mon, 23 Nov 2026 12:00:05 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
                        "Tuesday, 24-Nov-26 12:00:00 GMT", "Mon Nov 23 12:00:10 2026", "-1",
                        "1.5", " 3 ", ""),
                headerValues());
    }

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(Arbitraries.strings(), Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of("nginx", "cloudflare", "awselb/2.0", "ArcGIS", "Microsoft-IIS/10.0"),
                Arbitraries.just(null));
    }
}
