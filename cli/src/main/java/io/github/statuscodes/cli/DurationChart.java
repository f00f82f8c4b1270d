package io.github.statuscodes.cli;

import java.util.List;
import java.util.Locale;

/**
 * One finding's durations as inline SVG: a log-scale time axis, the endpoint's successful
 * responses as solid bars and the give-ups as hatched, outlined bars over them (each series as a
 * share of its own total, {@value #PER_DECADE} bars a decade, centred on the powers of ten and
 * their tenths so that a round timeout such as 10 s falls in the middle of one bar), the cluster as a line with its
 * band, the successful responses that the cluster's timeout cuts off shaded, and the proxy's
 * documented default timeouts as dotted marks. Every value from the log is escaped. Stateless.
 */
final class DurationChart {
    static final int PER_DECADE = 10;
    static final int WIDTH = 640;
    static final int HEIGHT = 204;
    private static final int LEFT = 40;
    private static final int RIGHT = 12;
    /** Above the plot: a row for the cluster's label, then one for the timeout marks'. */
    private static final int TOP = 36;
    /** About how wide one character of a label is, at the chart's 11 px. */
    private static final double LABEL_CHAR = 6.2;
    private static final int BOTTOM = 34;

    private DurationChart() {
    }

    /** The SVG of {@code f}; {@code id} makes its element ids unique in the page. */
    static String svg(Finding f, List<ProxyTimeouts.Mark> marks) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Histogram h : new Histogram[] {f.success, f.durations}) {
            if (h != null && h.total() > 0) {
                min = Math.min(min, Math.max(1, h.quantile(0)));
                max = Math.max(max, h.quantile(1));
            }
        }
        for (ProxyTimeouts.Mark m : marks) {
            max = Math.max(max, m.millis);
        }
        int loExp = (int) Math.floor(Math.log10(Math.max(1, Math.min(min, max))));
        int hiExp = Math.max(loExp + 1, (int) Math.ceil(Math.log10(Math.max(2, max * 1.05))));
        int bins = (hiExp - loExp) * PER_DECADE + 1;
        long[] done = counts(f.success, loExp, bins);
        long[] gone = counts(f.durations, loExp, bins);
        double doneTotal = f.success == null ? 0 : f.success.total();
        double goneTotal = f.durations == null ? 0 : f.durations.total();
        double peak = 0;
        for (int i = 0; i < bins; i++) {
            peak = Math.max(peak, doneTotal == 0 ? 0 : done[i] / doneTotal);
            peak = Math.max(peak, goneTotal == 0 ? 0 : gone[i] / goneTotal);
        }
        double yMax = Math.min(1, Math.ceil(peak * 10) / 10);
        Plot p = new Plot(loExp, hiExp, yMax);
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<svg class=\"chart dur\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(Html.attr("Durations on " + f.endpoint + ": completed and given up"))
                .append("\">");
        // the successful responses the cluster's timeout cuts off, shaded behind the bars
        if (f.cluster != null) {
            double from = f.cluster.centerMillis - f.cluster.halfWidthMillis;
            double x = p.x(Math.max(from, Math.pow(10, loExp)));
            sb.append("<rect class=\"cut\" x=\"").append(r(x)).append("\" y=\"").append(TOP)
                    .append("\" width=\"").append(r(WIDTH - RIGHT - x)).append("\" height=\"")
                    .append(HEIGHT - TOP - BOTTOM).append("\"/>");
        }
        axes(sb, p, loExp, hiExp, yMax);
        bars(sb, p, done, doneTotal, "done", "completed (2xx/3xx)");
        bars(sb, p, gone, goneTotal, "gone", "gave up");
        if (f.cluster != null) {
            Cluster c = f.cluster;
            double x = p.x(c.centerMillis);
            double x0 = p.x(c.centerMillis - c.halfWidthMillis);
            double x1 = p.x(c.centerMillis + c.halfWidthMillis);
            String label = Finding.seconds(c.centerMillis) + " ± "
                    + Finding.seconds(c.halfWidthMillis);
            sb.append("<g class=\"cluster\" data-ms=\"").append(r(c.centerMillis))
                    .append("\"><rect class=\"band\" x=\"").append(r(x0)).append("\" y=\"")
                    .append(TOP - 28).append("\" width=\"").append(r(Math.max(1, x1 - x0)))
                    .append("\" height=\"").append(HEIGHT - BOTTOM - TOP + 28)
                    .append("\"/><line x1=\"").append(r(x)).append("\" x2=\"").append(r(x))
                    .append("\" y1=\"").append(TOP - 28).append("\" y2=\"")
                    .append(HEIGHT - BOTTOM).append("\"/><text x=\"")
                    .append(r(x > WIDTH * 0.7 ? x - 4 : x + 4)).append("\" y=\"").append(TOP - 18)
                    .append(x > WIDTH * 0.7 ? "\" text-anchor=\"end\">" : "\">")
                    .append(Html.text(label))
                    .append("</text></g>");
            if (f.successSlowerShare >= 0) {
                sb.append("<text class=\"cutlabel\" x=\"").append(WIDTH - RIGHT - 4)
                        .append("\" y=\"").append(TOP + 36).append("\" text-anchor=\"end\">")
                        .append(Html.text("cuts off " + Finding.percent(f.successSlowerShare)
                                + " of successful"))
                        .append("</text>");
            }
        }
        // after the cluster, so that a label's halo is drawn over the cluster's line
        for (ProxyTimeouts.Mark m : marks) {
            double x = p.x(m.millis);
            // in the row above the plot, left of the mark unless it would not fit there
            boolean left = x - 3 - LABEL_CHAR * m.label.length() >= 0;
            sb.append("<g class=\"ref\" data-ms=\"").append(m.millis).append("\"><line x1=\"")
                    .append(r(x)).append("\" x2=\"").append(r(x)).append("\" y1=\"")
                    .append(TOP - 14).append("\" y2=\"").append(HEIGHT - BOTTOM)
                    .append("\"/><text x=\"").append(r(left ? x - 3 : x + 3)).append("\" y=\"")
                    .append(TOP - 4).append(left ? "\" text-anchor=\"end\">" : "\">")
                    .append(Html.text(m.label))
                    .append("</text><title>").append(Html.text(m.label + ": " + m.source))
                    .append("</title></g>");
        }
        return sb.append("</svg>").toString();
    }

    /** One line that says what the chart shows. */
    static String summary(Finding f) {
        StringBuilder sb = new StringBuilder();
        if (f.success != null) {
            sb.append(LogReport.n(f.success.total())).append(" completed (p50 ")
                    .append(Finding.seconds(f.success.quantile(0.5))).append(", p95 ")
                    .append(Finding.seconds(f.success.quantile(0.95))).append(")");
        } else {
            sb.append("no successful request with a duration");
        }
        sb.append("; ").append(LogReport.n(f.durations.total())).append(" gave up");
        if (f.cluster != null) {
            sb.append(", ").append(Finding.percent(f.cluster.share)).append(" of them at ")
                    .append(Finding.seconds(f.cluster.centerMillis)).append(" ± ")
                    .append(Finding.seconds(f.cluster.halfWidthMillis));
            if (f.successSlowerShare >= 0) {
                sb.append("; that timeout cuts off ").append(Finding.percent(f.successSlowerShare))
                        .append(" of the successful requests");
            }
        } else {
            sb.append(" between ").append(Finding.seconds(f.durations.quantile(0))).append(" and ")
                    .append(Finding.seconds(f.durations.quantile(1))).append(", at no single value");
        }
        return sb.append('.').toString();
    }

    private static long[] counts(Histogram h, int loExp, int bins) {
        long[] counts = new long[bins];
        if (h == null) {
            return counts;
        }
        for (int i = 0; i < Histogram.BUCKETS; i++) {
            int n = h.count(i);
            if (n > 0) {
                double v = Math.max(1, Histogram.middle(i));
                int b = (int) Math.floor((Math.log10(v) - loExp) * PER_DECADE + 0.5);
                counts[Math.max(0, Math.min(bins - 1, b))] += n;
            }
        }
        return counts;
    }

    private static void bars(StringBuilder sb, Plot p, long[] counts, double total, String cls,
            String what) {
        if (total == 0) {
            return;
        }
        sb.append("<g class=\"").append(cls).append("\">");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double from = Math.pow(10, p.loExp + (i - 0.5) / PER_DECADE);
            double to = Math.pow(10, p.loExp + (i + 0.5) / PER_DECADE);
            double x0 = p.x(from);
            double x1 = p.x(to);
            double y = p.y(counts[i] / total);
            sb.append("<rect x=\"").append(r(x0 + 0.5)).append("\" y=\"").append(r(y))
                    .append("\" width=\"").append(r(x1 - x0 - 1)).append("\" height=\"")
                    .append(r(HEIGHT - BOTTOM - y)).append("\" data-n=\"").append(counts[i])
                    .append("\"><title>").append(Finding.seconds(from)).append("–")
                    .append(Finding.seconds(to)).append(": ").append(counts[i]).append(' ')
                    .append(what).append("</title></rect>");
        }
        sb.append("</g>");
    }

    private static void axes(StringBuilder sb, Plot p, int loExp, int hiExp, double yMax) {
        int bottom = HEIGHT - BOTTOM;
        sb.append("<g class=\"axis\"><line x1=\"").append(LEFT).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(bottom).append("\" y2=\"")
                .append(bottom).append("\"/>");
        for (int e = loExp; e <= hiExp; e++) {
            double x = p.x(Math.pow(10, e));
            sb.append("<line x1=\"").append(r(x)).append("\" x2=\"").append(r(x))
                    .append("\" y1=\"").append(bottom).append("\" y2=\"").append(bottom + 4)
                    .append("\"/><text x=\"").append(r(x)).append("\" y=\"").append(bottom + 15)
                    .append(e == hiExp ? "\" text-anchor=\"end\">" : "\" text-anchor=\"middle\">")
                    .append(tick(e)).append("</text>");
        }
        sb.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT - 4)
                .append("\" text-anchor=\"middle\">duration (log scale)</text>");
        for (double f : new double[] {0, yMax / 2, yMax}) {
            double y = p.y(f);
            sb.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(r(y + 3))
                    .append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.ROOT, "%.0f%%", f * 100)).append("</text>");
        }
        sb.append("</g>");
    }

    private static String tick(int exp) {
        if (exp < 3) {
            return (long) Math.pow(10, exp) + " ms";
        }
        return (long) Math.pow(10, exp - 3) + " s";
    }

    /** {@code v} with one decimal, as {@code %.1f} writes it (without a Formatter per call). */
    static String r(double v) {
        if (!(Math.abs(v) < 1e15)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        long tenths = Math.round(Math.abs(v) * 10);
        String sign = v < 0 && tenths != 0 ? "-" : "";
        return sign + tenths / 10 + "." + tenths % 10;
    }

    /** The mapping from values to coordinates. */
    private static final class Plot {
        final int loExp;
        final int hiExp;
        final double yMax;

        Plot(int loExp, int hiExp, double yMax) {
            this.loExp = loExp;
            this.hiExp = hiExp;
            this.yMax = yMax <= 0 ? 1 : yMax;
        }

        double x(double millis) {
            double l = Math.log10(Math.max(millis, 1e-3));
            double t = (l - loExp) / (hiExp - loExp);
            return LEFT + Math.max(0, Math.min(1, t)) * (WIDTH - LEFT - RIGHT);
        }

        double y(double share) {
            return HEIGHT - BOTTOM - share / yMax * (HEIGHT - TOP - BOTTOM);
        }
    }
}
