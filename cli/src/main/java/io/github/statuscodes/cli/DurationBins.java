package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Histogram} of durations cut into a few labelled bins for the reports. Each bin is a run
 * of whole buckets, {@code {from, to, count}}: {@code from} the smallest and {@code to} the
 * largest millisecond its buckets hold, so every duration a bin counts lies in its bounds, no two
 * bins share a millisecond, and no bin is narrower than a bucket. Stateless.
 */
final class DurationBins {
    private static final int MAX_BINS = 8;

    private DurationBins() {
    }

    /**
     * Up to 8 bins over the span from the smallest to the largest duration, each taking the
     * buckets whose smallest value falls in its eighth of the span; non-empty bins only, in order;
     * empty when the histogram is.
     */
    static List<long[]> of(Histogram h) {
        List<long[]> bins = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < Histogram.BUCKETS; i++) {
            if (h.count(i) > 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return bins;
        }
        long lo = Histogram.lower(first);
        long span = Histogram.upper(last) + 1 - lo;
        long[] bin = null;
        long binIndex = -1;
        for (int i = first; i <= last; i++) {
            long count = h.count(i);
            if (count == 0) {
                continue;
            }
            long k = (Histogram.lower(i) - lo) * MAX_BINS / span;
            if (bin == null || k != binIndex) {
                bin = new long[] {Histogram.lower(i), Histogram.upper(i), count};
                bins.add(bin);
                binIndex = k;
            } else {
                bin[1] = Histogram.upper(i);
                bin[2] += count;
            }
        }
        return bins;
    }

    /**
     * The bins of {@link #of} as text, {@code "1.000 s–1.001 s: 12 | 1.002 s–1.003 s: 3"}: the
     * bounds to the millisecond, the unit durations are read in, one value where a bin holds one.
     */
    static String text(Histogram h) {
        StringBuilder sb = new StringBuilder();
        for (long[] b : of(h)) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(seconds(b[0]));
            if (b[1] != b[0]) {
                sb.append('–').append(seconds(b[1]));
            }
            sb.append(": ").append(b[2]);
        }
        return sb.toString();
    }

    /** Whole milliseconds as seconds with three decimals, exactly: {@code 1001} is "1.001 s". */
    static String seconds(long millis) {
        long ms = millis % 1000;
        return millis / 1000 + "." + (ms < 10 ? "00" : ms < 100 ? "0" : "") + ms + " s";
    }
}
