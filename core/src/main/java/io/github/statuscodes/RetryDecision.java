package io.github.statuscodes;

import java.time.Duration;

/**
 * What {@link io.github.statuscodes.RetryPolicy} decided after one attempt: retry after a delay, or stop for a reason.
 *
 * <p>Immutable and thread-safe. Stop decisions are shared constants, so deciding not to retry
 * allocates nothing.
 *
 * <pre>{@code
 * RetryDecision d = policy.decide(attempt, "GET", true, 503, headers, nanosLeft);
 * if (d.isRetry()) {
 *     waitFor(d.delayNanos());
 * } else if (d.isGiveUp()) {
 *     listener.onGiveUp(d.stopReason());
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class RetryDecision {

    /** Why a policy stopped retrying. */
    public enum StopReason {
        /** The response is final: a success, or a code that fails the same way when repeated. */
        NOT_RETRYABLE,
        /** The code may be retried only with an idempotent method, and the method is not one. */
        NOT_IDEMPOTENT,
        /** The request body can be sent only once. */
        ONE_SHOT_BODY,
        /** The attempt budget ({@link RetryPolicy#maxAttempts()}) is spent. */
        ATTEMPTS_EXHAUSTED,
        /** The server asked for a wait longer than {@link RetryPolicy#retryAfterMax()}. */
        RETRY_AFTER_TOO_LONG,
        /** The wait would end after the caller's deadline. */
        DEADLINE
    }

    private static final RetryDecision[] STOPS = new RetryDecision[StopReason.values().length];

    static {
        for (StopReason r : StopReason.values()) {
            STOPS[r.ordinal()] = new RetryDecision(r, -1);
        }
    }

    private final StopReason stopReason;
    private final long delayNanos;

    private RetryDecision(StopReason stopReason, long delayNanos) {
        this.stopReason = stopReason;
        this.delayNanos = delayNanos;
    }

    static RetryDecision stop(StopReason reason) {
        return STOPS[reason.ordinal()];
    }

    static RetryDecision retryAfter(long delayNanos) {
        return new RetryDecision(null, delayNanos);
    }

    /**
     * Returns true when the request should be sent again after {@link #delayNanos()}.
     *
     * @return true to retry, false to stop
     */
    public boolean isRetry() {
        return stopReason == null;
    }

    /**
     * Returns how long to wait before the next attempt, in nanoseconds.
     *
     * @return the wait, zero or more
     * @throws IllegalStateException if this decision is a stop
     */
    public long delayNanos() {
        if (stopReason != null) {
            throw new IllegalStateException("a stop decision (" + stopReason + ") has no delay;"
                    + " check isRetry() first");
        }
        return delayNanos;
    }

    /**
     * Returns how long to wait before the next attempt.
     *
     * @return the wait, zero or more
     * @throws IllegalStateException if this decision is a stop
     */
    public Duration delay() {
        return Duration.ofNanos(delayNanos());
    }

    /**
     * Returns why the policy stopped.
     *
     * @return the reason
     * @throws IllegalStateException if this decision is a retry
     */
    public StopReason stopReason() {
        if (stopReason == null) {
            throw new IllegalStateException("a retry decision has no stop reason; check isRetry()"
                    + " first");
        }
        return stopReason;
    }

    /**
     * Returns true for a stop that gives up on a retryable code (every reason but
     * {@link StopReason#NOT_RETRYABLE}); adapters report these to their listener.
     *
     * @return true for a give-up
     */
    public boolean isGiveUp() {
        return stopReason != null && stopReason != StopReason.NOT_RETRYABLE;
    }

    @Override
    public String toString() {
        return stopReason == null ? "retry after " + Duration.ofNanos(delayNanos)
                : "stop: " + stopReason;
    }
}
