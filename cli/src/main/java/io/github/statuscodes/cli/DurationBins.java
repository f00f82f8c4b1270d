package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A {@link Histogram} of durations cut into a few labelled bins for the reports: each bin is
 * {@code {from, to, count}} in milliseconds. Stateless.
 */
final class DurationBins {
    private DurationBins() {
    }

    /** Up to 8 equal-width bins between the smallest and largest duration, non-empty only. */
    static List<double[]> of(Histogram h) {
        double min = h.quantile(0);
        double max = h.quantile(1);
        List<double[]> bins = new ArrayList<>();
        if (max - min < 1) {
            bins.add(new double[] {min, max, h.total()});
            return bins;
        }
        int n = 8;
        double width = (max - min) / n;
        for (int i = 0; i < n; i++) {
            double lo = min + i * width;
            double hi = i == n - 1 ? max : lo + width;
            long count = h.countBetween(lo, i == n - 1 ? hi : Math.nextDown(hi));
            if (count > 0) {
                bins.add(new double[] {lo, hi, count});
            }
        }
        return bins;
    }

    /**
     * The bins of {@link #of} as text: each label printed with as many more decimals (up to
     * milliseconds) as it takes to tell the bins apart, and bins that still print alike merged,
     * so no label repeats.
     */
    static String text(Histogram h) {
        List<double[]> bins = of(h);
        List<String> labels = new ArrayList<>();
        for (int extra = 0; extra <= 3; extra++) {
            labels.clear();
            for (double[] b : bins) {
                String lo = Finding.seconds(b[0], extra);
                String hi = Finding.seconds(b[1], extra);
                labels.add(lo.equals(hi) ? lo : lo + "–" + hi);
            }
            if (new HashSet<>(labels).size() == labels.size()) {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bins.size(); i++) {
            long count = (long) bins.get(i)[2];
            while (i + 1 < bins.size() && labels.get(i + 1).equals(labels.get(i))) {
                count += (long) bins.get(++i)[2];
            }
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(labels.get(i)).append(": ").append(count);
        }
        return sb.toString();
    }
}
