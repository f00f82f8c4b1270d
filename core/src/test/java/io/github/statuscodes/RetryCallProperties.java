package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The per-call state over any policy, any sequence of outcomes (statuses, Retry-After values,
 * connect failures), any time each attempt takes and any client deadline.
 */
class RetryCallProperties {
    private static final URI URI_A = URI.create("http://a.example/");
    private static final Integer CONNECT_FAILURE = -1;

    private final RetryPolicyProperties arbitraries = new RetryPolicyProperties();

    @Property(tries = 1500)
    void attemptsNeverExceedThePolicysAndAStoppedCallTakesNoMore(
            @ForAll("policies") RetryPolicy policy, @ForAll("outcomes") List<Integer> outcomes,
            @ForAll("methods") String method, @ForAll boolean repeatable) {
        Run run = run(policy, method, repeatable, outcomes, List.of(0L), Long.MAX_VALUE,
                RetryListener.NONE);
        assertThat(run.call.attempts()).isBetween(1, policy.maxAttempts());
        assertThat(run.call.isStopped()).isTrue();
        assertThatThrownBy(() -> run.call.onResponse(503, name -> null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 1500)
    void noRetryWaitsPastTheDeadline(@ForAll("policies") RetryPolicy policy,
            @ForAll @LongRange(min = 0, max = 5_000_000_000L) long callTimeout,
            @ForAll("outcomes") List<Integer> outcomes,
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 3_000_000_000L) Long>
                    attemptNanos,
            @ForAll @LongRange(min = -10, max = 4_000_000_000L) long clientNanos) {
        RetryPolicy p = policy.toBuilder().callTimeout(callTimeout, TimeUnit.NANOSECONDS).build();
        long[] now = {0};
        RetryCall call = new RetryCall(p, "GET", URI_A, true, RetryListener.NONE, () -> now[0]);
        for (int i = 0; ; i++) {
            now[0] += attemptNanos.get(i % attemptNanos.size());
            long clientLeft = clientNanos - now[0];
            RetryDecision d = decide(call, outcomes.get(Math.min(i, outcomes.size() - 1)),
                    clientLeft);
            if (!d.isRetry()) {
                break;
            }
            if (callTimeout > 0) {
                assertThat(now[0] + d.delayNanos()).isLessThan(callTimeout);
            }
            assertThat(d.delayNanos()).isLessThan(clientLeft);
            now[0] += d.delayNanos();
        }
    }

    @Property(tries = 1000)
    void aListenerThatThrowsChangesNoDecisionAndEachEventIsSeenOnce(
            @ForAll("policies") RetryPolicy policy, @ForAll("outcomes") List<Integer> outcomes,
            @ForAll("methods") String method, @ForAll boolean repeatable,
            @ForAll @IntRange(min = 0, max = 3) int throwsOn) {
        List<RetryEvent> seen = new ArrayList<>();
        RetryListener recording = new RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                seen.add(event);
            }

            @Override
            public void onGiveUp(RetryEvent event) {
                seen.add(event);
            }
        };
        RetryListener throwing = new RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                if (throwsOn != 1) {
                    throw new IllegalStateException("retry " + event.attempt());
                }
            }

            @Override
            public void onGiveUp(RetryEvent event) {
                if (throwsOn != 2) {
                    throw new AssertionError("give-up");
                }
            }
        };
        Run quiet = run(policy, method, repeatable, outcomes, List.of(7L), Long.MAX_VALUE,
                RetryListener.NONE);
        Run observed = run(policy, method, repeatable, outcomes, List.of(7L), Long.MAX_VALUE,
                recording);
        Run disturbed = run(policy, method, repeatable, outcomes, List.of(7L), Long.MAX_VALUE,
                throwing);
        assertThat(observed.decisions).hasToString(quiet.decisions.toString());
        assertThat(disturbed.decisions).hasToString(quiet.decisions.toString());
        // One event per retry, and one give-up unless the last response was final.
        long retries = quiet.decisions.stream().filter(RetryDecision::isRetry).count();
        RetryDecision last = quiet.decisions.get(quiet.decisions.size() - 1);
        boolean giveUp = last.isGiveUp() || quiet.lastWasConnectFailure;
        assertThat(seen).hasSize((int) retries + (giveUp ? 1 : 0));
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i).attempt()).isEqualTo(i + 1);
            assertThat(seen.get(i).decision()).hasToString(quiet.decisions.get(i).toString());
        }
    }

    private static final class Run {
        final RetryCall call;
        final List<RetryDecision> decisions = new ArrayList<>();
        boolean lastWasConnectFailure;

        Run(RetryCall call) {
            this.call = call;
        }
    }

    private static Run run(RetryPolicy policy, String method, boolean repeatable,
            List<Integer> outcomes, List<Long> attemptNanos, long clientDeadline,
            RetryListener listener) {
        long[] now = {0};
        Run run = new Run(new RetryCall(policy, method, URI_A, repeatable, listener,
                () -> now[0]));
        for (int i = 0; ; i++) {
            now[0] += attemptNanos.get(i % attemptNanos.size());
            Integer outcome = outcomes.get(Math.min(i, outcomes.size() - 1));
            RetryDecision d = decide(run.call, outcome, clientDeadline);
            run.decisions.add(d);
            run.lastWasConnectFailure = outcome.equals(CONNECT_FAILURE);
            if (!d.isRetry()) {
                return run;
            }
            now[0] += Math.min(d.delayNanos(), 1_000_000_000_000L);
        }
    }

    private static RetryDecision decide(RetryCall call, Integer outcome, long clientLeft) {
        if (outcome.equals(CONNECT_FAILURE)) {
            return call.onConnectFailure(new ConnectException("refused"), clientLeft);
        }
        int status = outcome / 10;
        int retryAfter = outcome % 10;
        Function<String, String> headers = name -> name.equalsIgnoreCase("Retry-After")
                && retryAfter < 5 ? Integer.toString(retryAfter) : null;
        return call.onResponse(status, headers, clientLeft);
    }

    @Provide
    Arbitrary<RetryPolicy> policies() {
        return arbitraries.policies().map(p -> p.toBuilder()
                .random(() -> 0.5).build());
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "PUT", "POST", "DELETE", "PATCH");
    }

    /** Each outcome: -1 a connect failure, else status * 10 + a Retry-After digit (5..9: none). */
    @Provide
    Arbitrary<List<Integer>> outcomes() {
        Arbitrary<Integer> status = Arbitraries.oneOf(
                Arbitraries.of(200, 404, 408, 429, 460, 499, 500, 502, 503, 504, 520, 529),
                Arbitraries.integers().between(0, 1100));
        Arbitrary<Integer> response = Combinators.combine(status,
                Arbitraries.integers().between(0, 9)).as((s, ra) -> s * 10 + ra);
        return Arbitraries.oneOf(response, response, Arbitraries.just(CONNECT_FAILURE))
                .list().ofMinSize(1).ofMaxSize(12);
    }
}
