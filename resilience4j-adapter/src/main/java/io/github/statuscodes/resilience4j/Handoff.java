package io.github.statuscodes.resilience4j;

import io.github.statuscodes.RetryDecision;
import org.jspecify.annotations.Nullable;

/**
 * Hands the decision a reporting call made for one outcome to the config's predicates and wait
 * function, which Resilience4j calls within the same stack; absent, they decide on their own.
 */
final class Handoff {
    private static final ThreadLocal<@Nullable Handoff> CURRENT = new ThreadLocal<>();

    private final Object outcome;
    private final RetryDecision decision;

    private Handoff(Object outcome, RetryDecision decision) {
        this.outcome = outcome;
        this.decision = decision;
    }

    /** Runs {@code step} with {@code decision} handed over for {@code outcome}. */
    static <R extends @Nullable Object, E extends Exception> R with(Object outcome, RetryDecision decision,
            Step<R, E> step) throws E {
        Handoff previous = CURRENT.get();
        CURRENT.set(new Handoff(outcome, decision));
        try {
            return step.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** {@return the decision handed over for this very outcome; null when there is none} */
    static @Nullable RetryDecision of(@Nullable Object outcome) {
        Handoff h = CURRENT.get();
        return h != null && outcome != null && h.outcome == outcome ? h.decision : null;
    }

    /**
     * {@return whether Resilience4j must count the outcome as retryable: a retry, or the last
     * attempt used up (Resilience4j then stops and reports the call as failed)}
     */
    static boolean counts(RetryDecision d) {
        return d.isRetry() || d.stopReason() == RetryDecision.StopReason.ATTEMPTS_EXHAUSTED;
    }

    /** One step of Resilience4j's context. */
    interface Step<R extends @Nullable Object, E extends Exception> {
        R run() throws E;
    }
}
