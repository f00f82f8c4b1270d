package io.github.statuscodes.feign;

import feign.Request;
import io.github.statuscodes.RetryCall;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Request.Options} of one attempt: the caller's, with the read timeout (and, where the
 * client applies it per request, the connect timeout) no longer than what is left of the
 * policy's call timeout. Feign's {@code 0} means no timeout, so it is always bounded.
 */
final class AttemptOptions {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private AttemptOptions() {
    }

    /**
     * {@return {@code options} bounded by what is left of {@code call}; {@code options} itself
     * when nothing bounds it}
     * @param boundConnect false where the client would build a new client for each connect timeout
     */
    static Request.Options of(Request.Options options, RetryCall call, boolean boundConnect) {
        long nanosLeft = call.nanosLeft();
        if (nanosLeft == Long.MAX_VALUE) {
            return options;
        }
        // Rounded up, and at least 1 ms: Feign's 0 would mean no timeout at all.
        long left = Math.max(1, (nanosLeft + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI);
        int read = bounded(options.readTimeoutMillis(), left);
        int connect = boundConnect ? bounded(options.connectTimeoutMillis(), left)
                : options.connectTimeoutMillis();
        if (read == options.readTimeoutMillis() && connect == options.connectTimeoutMillis()) {
            return options;
        }
        return new Request.Options(connect, TimeUnit.MILLISECONDS, read, TimeUnit.MILLISECONDS,
                options.isFollowRedirects());
    }

    private static int bounded(int millis, long leftMillis) {
        return millis > 0 && millis <= leftMillis ? millis
                : (int) Math.min(leftMillis, Integer.MAX_VALUE);
    }
}
