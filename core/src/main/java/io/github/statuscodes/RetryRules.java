package io.github.statuscodes;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The decision rules of a {@link RetryPolicy}, applied in order: retryability, one-shot body,
 * attempt count, {@code Retry-After} and deadline. The policy checks the arguments first.
 * Immutable and thread-safe.
 */
final class RetryRules {
    private final PolicyOptions options;
    private final Backoff backoff;

    RetryRules(PolicyOptions options) {
        this.options = options;
        this.backoff = new Backoff(options.backoffBaseNanos, options.backoffMaxNanos,
                options.jitter, options.random);
    }

    /** The decision after an attempt that got a response resolved to {@code code}. */
    RetryDecision onResponse(int attempt, String method, boolean bodyRepeatable, StatusCode code,
            Function<String, @Nullable String> headers, long nanosLeft) {
        if (code.code() < 100 || code.code() > 999) {
            return RetryDecision.stop(RetryDecision.StopReason.NOT_RETRYABLE);
        }
        if (!shouldRetry(code, method)) {
            // Only the rule's own idempotency refusal is a give-up; a 200 or a 404 is final.
            boolean idempotencyOnly = options.retryPredicate == null
                    && code.retryability() == Retryability.IDEMPOTENT_ONLY;
            return RetryDecision.stop(idempotencyOnly ? RetryDecision.StopReason.NOT_IDEMPOTENT
                    : RetryDecision.StopReason.NOT_RETRYABLE);
        }
        // A one-shot body was consumed by the first attempt: there is nothing to send again.
        if (!bodyRepeatable) {
            return RetryDecision.stop(RetryDecision.StopReason.ONE_SHOT_BODY);
        }
        if (attempt >= options.maxAttempts) {
            return RetryDecision.stop(RetryDecision.StopReason.ATTEMPTS_EXHAUSTED);
        }
        long delay = RetryAfterWait.nanos(headers, options.clock);
        if (delay == RetryAfterWait.NONE) {
            delay = backoff.nanos(attempt - 1);
        } else if (delay > options.retryAfterMaxNanos) {
            return RetryDecision.stop(RetryDecision.StopReason.RETRY_AFTER_TOO_LONG);
        }
        return withinDeadline(delay, nanosLeft);
    }

    /** The decision after an attempt whose connection could not be made. */
    RetryDecision onConnectFailure(int attempt, boolean bodyRepeatable, long nanosLeft) {
        if (!bodyRepeatable) {
            return RetryDecision.stop(RetryDecision.StopReason.ONE_SHOT_BODY);
        }
        if (attempt >= options.maxAttempts) {
            return RetryDecision.stop(RetryDecision.StopReason.ATTEMPTS_EXHAUSTED);
        }
        return withinDeadline(backoff.nanos(attempt - 1), nanosLeft);
    }

    /** The backoff before retry number {@code retry + 1}; see {@link Backoff#nanos(int)}. */
    long backoffNanos(int retry) {
        return backoff.nanos(retry);
    }

    private static RetryDecision withinDeadline(long delayNanos, long nanosLeft) {
        // Long.MAX_VALUE is no deadline at all, even for a delay that saturated at it.
        return nanosLeft != Long.MAX_VALUE && delayNanos >= nanosLeft
                ? RetryDecision.stop(RetryDecision.StopReason.DEADLINE)
                : RetryDecision.retryAfter(delayNanos);
    }

    private boolean shouldRetry(StatusCode code, String method) {
        if (options.retryPredicate != null) {
            return options.retryPredicate.test(code, method);
        }
        return code.isRetryable(method) || code.retryability() == Retryability.IDEMPOTENT_ONLY
                && options.retryNonIdempotent.contains(method);
    }
}
