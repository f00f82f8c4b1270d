package io.github.statuscodes.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Arithmetic every client adapter does around one attempt: its own timeout from what is left of
 * the call, and a header's repeated values as one. Not part of the public API.
 */
public final class Attempts {
    private Attempts() {
    }

    /**
     * {@return milliseconds to give the attempt after a wait as its own timeout: what is left of
     * the call after the wait, at least 1 and never less than the wait (rounded up);
     * {@link Long#MAX_VALUE} when the call has no deadline}
     * @param nanosLeft what is left of the call's deadline; {@link Long#MAX_VALUE} for none
     * @param delayNanos the wait before the attempt, zero or more
     */
    public static long timeoutMillis(long nanosLeft, long delayNanos) {
        if (nanosLeft == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long after = Math.max(1, (nanosLeft - delayNanos) / 1_000_000);
        return Math.max(after, delayNanos / 1_000_000 + (delayNanos % 1_000_000 == 0 ? 0 : 1));
    }

    /**
     * {@return every value of a header joined with {@code ", "}, as RFC 9110 §5.3 combines
     * repeated fields; null when there is none}
     * @param values the header's values in order
     */
    public static @Nullable String join(List<String> values) {
        switch (values.size()) {
            case 0:
                return null;
            case 1:
                return values.get(0);
            default:
                return String.join(", ", values);
        }
    }
}
