package io.github.statuscodes.cli;

/**
 * Counts of durations in milliseconds in fixed log-linear buckets: exact up to 511 ms, then 256
 * buckets per power of two (at most 0.4 % wide: 32 ms at 10 s), up to about 49 days. Its size is
 * fixed (about 26 KB), whatever the number of values. Not thread-safe.
 */
final class Histogram {
    private static final int SUB_BITS = 9;
    private static final int SUB = 1 << SUB_BITS; // 512 exact buckets
    private static final int HALF = SUB >> 1;
    /** The largest duration kept (about 49 days); the analysis leaves longer ones out. */
    static final long MAX = (1L << 32) - 1;
    static final int BUCKETS = SUB + (64 - Long.numberOfLeadingZeros(MAX) - SUB_BITS) * HALF;
    /** The heap one histogram takes: its counts (with the array header) and its fields. */
    static final long BYTES = 16 + 4L * BUCKETS + 32;

    private final int[] counts = new int[BUCKETS];
    private long total;

    void add(long millis) {
        counts[index(millis)]++;
        total++;
    }

    long total() {
        return total;
    }

    static int index(long millis) {
        long v = millis < 0 ? 0 : Math.min(millis, MAX);
        if (v < SUB) {
            return (int) v;
        }
        int shift = 64 - Long.numberOfLeadingZeros(v) - SUB_BITS; // >= 1
        return SUB + (shift - 1) * HALF + (int) ((v >> shift) - HALF);
    }

    /** The smallest value of bucket {@code i}. */
    static long lower(int i) {
        if (i < SUB) {
            return i;
        }
        int shift = (i - SUB) / HALF + 1;
        return ((long) ((i - SUB) % HALF) + HALF) << shift;
    }

    /** The largest value of bucket {@code i}. */
    static long upper(int i) {
        return i + 1 < BUCKETS ? lower(i + 1) - 1 : MAX;
    }

    /** The value that represents bucket {@code i}: its middle. */
    static double middle(int i) {
        return (lower(i) + upper(i)) / 2.0;
    }

    int count(int i) {
        return counts[i];
    }

    /** The {@code q}-quantile (0..1) in milliseconds, or -1 when empty. */
    double quantile(double q) {
        if (total == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return middle(i);
            }
        }
        return middle(BUCKETS - 1);
    }

    /** How many values are at least {@code millis}, counting whole buckets from its bucket on. */
    long countAtLeast(double millis) {
        long n = 0;
        for (int i = index((long) Math.floor(millis)); i < BUCKETS; i++) {
            n += counts[i];
        }
        return n;
    }

    /** The number of values in [from, to] milliseconds, by bucket middles. */
    long countBetween(double from, double to) {
        long n = 0;
        for (int i = index((long) Math.floor(Math.max(0, from))); i < BUCKETS; i++) {
            double m = middle(i);
            if (m > to) {
                break;
            }
            if (m >= from) {
                n += counts[i];
            }
        }
        return n;
    }
}
