package io.github.statuscodes;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Retry-After handling of {@link RetryPolicy}: the wait a response asks for, in nanoseconds.
 * RFC 9110 §10.2.3: Retry-After says how long the client ought to wait; a malformed value is
 * ignored (the policy falls back to its backoff) and a date in the past is zero.
 */
final class RetryAfterWait {
    /** What {@link #nanos} returns for an absent or malformed header. */
    static final long NONE = -1;

    private RetryAfterWait() {
    }

    /**
     * The wait the response's {@code Retry-After} asks for, saturated at {@link Long#MAX_VALUE}
     * nanoseconds, or {@link #NONE}.
     */
    static long nanos(Function<String, @Nullable String> headers, Clock clock) {
        Optional<Duration> retryAfter = RetryAfter.parse(headers.apply("Retry-After"), clock);
        return retryAfter.isPresent() ? PolicyOptions.saturatedNanos(retryAfter.get()) : NONE;
    }
}
