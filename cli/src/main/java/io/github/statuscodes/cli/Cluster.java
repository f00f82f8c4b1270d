package io.github.statuscodes.cli;

/**
 * A pile-up of durations at one value: the sign of a client timeout. Found by sliding a band of
 * {@code ± max(50 ms, 0.5 %)} around each bucket of a {@link Histogram} and keeping the fullest.
 * It counts as a cluster when the band holds at least {@value #MIN_COUNT} values and either half
 * of all, or a quarter of all and at least {@value #MIN_DENSITY} times what the band would hold
 * if the values were spread evenly over their observed range. Immutable.
 */
final class Cluster {
    static final int MIN_COUNT = 5;
    static final double MAJORITY = 0.5;
    static final double MIN_SHARE = 0.25;
    static final double MIN_DENSITY = 5;

    /** The weighted middle of the band, in milliseconds. */
    final double centerMillis;
    /** The band's half-width, in milliseconds. */
    final double halfWidthMillis;
    final long count;
    final double share;

    private Cluster(double centerMillis, double halfWidthMillis, long count, double share) {
        this.centerMillis = centerMillis;
        this.halfWidthMillis = halfWidthMillis;
        this.count = count;
        this.share = share;
    }

    /** The band's half-width around {@code millis}. */
    static double halfWidth(double millis) {
        return Math.max(50, millis * 0.005);
    }

    /** The cluster in {@code h}, or null when there is none. */
    static Cluster find(Histogram h) {
        long total = h.total();
        if (total < MIN_COUNT) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < Histogram.BUCKETS; i++) {
            if (h.count(i) > 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        double min = Histogram.middle(first);
        double max = Histogram.middle(last);
        long best = 0;
        double bestCenter = 0;
        double bestWeighted = 0;
        int lo = first;
        int hi = first;
        long inBand = 0;
        double weighted = 0;
        for (int i = first; i <= last; i++) {
            if (h.count(i) == 0) {
                continue;
            }
            double v = Histogram.middle(i);
            double w = halfWidth(v);
            while (hi <= last && Histogram.middle(hi) <= v + w) {
                inBand += h.count(hi);
                weighted += h.count(hi) * Histogram.middle(hi);
                hi++;
            }
            while (Histogram.middle(lo) < v - w) {
                inBand -= h.count(lo);
                weighted -= h.count(lo) * Histogram.middle(lo);
                lo++;
            }
            if (inBand > best) {
                best = inBand;
                bestCenter = v;
                bestWeighted = weighted;
            }
        }
        double share = (double) best / total;
        double w = halfWidth(bestCenter);
        double evenShare = Math.min(1, 2 * w / (max - min + 2 * w));
        boolean clustered = share >= MAJORITY
                || share >= MIN_SHARE && share >= MIN_DENSITY * evenShare;
        if (best < MIN_COUNT || !clustered) {
            return null;
        }
        double center = bestWeighted / best;
        return new Cluster(center, halfWidth(center), best, share);
    }
}
