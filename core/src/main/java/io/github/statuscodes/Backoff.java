package io.github.statuscodes;

import java.util.function.DoubleSupplier;

/**
 * The backoff arithmetic of {@link RetryPolicy}: full jitter below a ceiling that doubles per retry
 * from a base up to a cap. Immutable and thread-safe if its random source is.
 */
final class Backoff {
    private final long baseNanos;
    private final long maxNanos;
    private final boolean jitter;
    private final DoubleSupplier random;

    Backoff(long baseNanos, long maxNanos, boolean jitter, DoubleSupplier random) {
        this.baseNanos = baseNanos;
        this.maxNanos = maxNanos;
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * The wait before retry number {@code retry + 1}: a random wait below
     * {@code min(max, base * 2^retry)}, or that ceiling itself without jitter.
     */
    long nanos(int retry) {
        long ceiling = ceilingNanos(retry);
        if (!jitter || ceiling == 0) {
            return ceiling;
        }
        double r = random.getAsDouble();
        if (!(r > 0)) {
            return 0;   // also NaN from a broken random source
        }
        // Below the ceiling even when r * ceiling rounds up to it (a ceiling near 2^63).
        return r >= 1 ? ceiling - 1 : Math.min(ceiling - 1, (long) (r * ceiling));
    }

    /** {@code min(max, base * 2^retry)} without overflow; zero for a zero base on every retry. */
    long ceilingNanos(int retry) {
        if (baseNanos == 0) {
            return 0;
        }
        if (retry >= 62 || baseNanos > (maxNanos >> retry)) {
            return maxNanos;
        }
        return Math.min(maxNanos, baseNanos << retry);
    }
}
