package io.github.statuscodes.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One endpoint's give-ups per time bucket as inline SVG bars (hatched, as in the duration chart),
 * with the p95 of its successful responses per bucket as a line with square markers on a second
 * axis: a steady client timeout shows give-ups in every bucket, a burst (a deploy, an overload)
 * in a few. Stateless.
 */
final class TimelineChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 150;
    private static final int LEFT = 40;
    private static final int RIGHT = 48;
    private static final int TOP = 12;
    private static final int BOTTOM = 30;

    private static final DateTimeFormatter DAY_MINUTE = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter
            .ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TimelineChart() {
    }

    static String svg(Timeline t, Timeline.Row row, String endpoint) {
        int[] used = t.used();
        int n = Math.max(1, used[1] - used[0]);
        int peak = 1;
        double p95Max = 0;
        for (int s = used[0]; s < used[1]; s++) {
            peak = Math.max(peak, row.giveUps[s]);
            p95Max = Math.max(p95Max, row.p95(s));
        }
        double secMax = niceSeconds(p95Max / 1000);
        double slot = (double) (WIDTH - LEFT - RIGHT) / n;
        int bottom = HEIGHT - BOTTOM;
        int h = HEIGHT - TOP - BOTTOM;
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg class=\"chart time\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(Html.attr("Give-ups over time on " + endpoint + ", with p95"))
                .append("\"><g class=\"axis\"><line x1=\"").append(LEFT).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(bottom).append("\" y2=\"")
                .append(bottom).append("\"/>");
        sb.append(label(LEFT - 4, TOP + 4, "end", Integer.toString(peak)))
                .append(label(LEFT - 4, bottom, "end", "0"))
                .append(label(WIDTH - RIGHT + 4, TOP + 4, "start", plain(secMax) + " s"))
                .append(label(WIDTH - RIGHT + 4, bottom, "start", "0 s"));
        int ticks = Math.min(n, time(t, used[0], n).length() > 5 ? 4 : 6);
        for (int k = 0; k < ticks; k++) {
            int s = used[0] + (int) ((long) k * n / ticks);
            double x = LEFT + (s - used[0]) * slot;
            sb.append(label(x, bottom + 14, "start", time(t, s, n)));
        }
        sb.append(label(LEFT, HEIGHT - 5, "start", "UTC, per " + width(t.width())
                + "; bars: give-ups; line: p95 of successful requests"));
        sb.append("</g><g class=\"gone\">");
        for (int s = used[0]; s < used[1]; s++) {
            int g = row.giveUps[s];
            if (g == 0) {
                continue;
            }
            double bh = (double) g / peak * h;
            sb.append("<rect x=\"").append(DurationChart.r(LEFT + (s - used[0]) * slot + 0.5))
                    .append("\" y=\"").append(DurationChart.r(bottom - bh)).append("\" width=\"")
                    .append(DurationChart.r(Math.max(1, slot - 1))).append("\" height=\"")
                    .append(DurationChart.r(bh)).append("\" data-n=\"").append(g)
                    .append("\"><title>").append(time(t, s, n)).append(": ").append(g)
                    .append(" gave up</title></rect>");
        }
        sb.append("</g><g class=\"p95\"><polyline points=\"");
        StringBuilder marks = new StringBuilder();
        for (int s = used[0]; s < used[1]; s++) {
            double p = row.p95(s);
            if (p < 0) {
                continue;
            }
            double x = LEFT + (s - used[0] + 0.5) * slot;
            double y = bottom - p / 1000 / secMax * h;
            sb.append(DurationChart.r(x)).append(',').append(DurationChart.r(y)).append(' ');
            marks.append("<rect x=\"").append(DurationChart.r(x - 2)).append("\" y=\"")
                    .append(DurationChart.r(y - 2)).append("\" width=\"4\" height=\"4\"><title>")
                    .append(time(t, s, n)).append(": p95 ").append(Finding.seconds(p))
                    .append("</title></rect>");
        }
        return sb.append("\"/>").append(marks).append("</g></svg>").toString();
    }

    /** One line: the bucket width, where the give-ups fall, and the p95's range. */
    static String summary(Timeline t, Timeline.Row row) {
        int[] used = t.used();
        int buckets = 0;
        int with = 0;
        int peak = 0;
        int peakSlot = used[0];
        long total = 0;
        double lo = Double.MAX_VALUE;
        double hi = -1;
        for (int s = used[0]; s < used[1]; s++) {
            if (row.requests[s] > 0) {
                buckets++;
            }
            int g = row.giveUps[s];
            total += g;
            if (g > 0) {
                with++;
            }
            if (g > peak) {
                peak = g;
                peakSlot = s;
            }
            double p = row.p95(s);
            if (p >= 0) {
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
        }
        StringBuilder sb = new StringBuilder("Per ").append(width(t.width())).append(": ");
        if (total == 0) {
            sb.append("no give-ups with a time");
        } else {
            sb.append(LogReport.n(total)).append(" give-ups in ").append(with).append(" of ")
                    .append(buckets).append(" buckets with requests, at most ").append(peak)
                    .append(" (").append(time(t, peakSlot, used[1] - used[0])).append(" UTC)");
            sb.append(buckets < 4 ? ": too few buckets to tell a steady timeout from a burst"
                    : with * 2 >= buckets ? ": spread over the log, a steady client timeout"
                    : peak * 2 >= total ? ": concentrated, a burst (a deploy, an overload?)"
                    : ": in some buckets only");
            if (with > 1 && peak >= 4.0 * (total - peak) / (with - 1)) {
                sb.append(", with a burst at ").append(time(t, peakSlot, used[1] - used[0]))
                        .append(" UTC");
            }
        }
        if (hi >= 0) {
            sb.append("; p95 of successful requests per bucket ")
                    .append(Finding.seconds(lo)).append(lo == hi ? "" : "–" + Finding.seconds(hi));
        }
        return sb.append('.').toString();
    }

    static String width(long millis) {
        long min = millis / 60_000;
        return min < 60 ? (min == 1 ? "minute" : min + " minutes")
                : min < 1440 ? (min == 60 ? "hour" : min / 60 + " hours")
                : (min == 1440 ? "day" : min / 1440 + " days");
    }

    static String time(Timeline t, int slot, int slots) {
        long at = t.origin() + slot * t.width();
        boolean days = (long) slots * t.width() > 86_400_000L || t.width() >= 86_400_000L;
        return (days ? DAY_MINUTE : MINUTE).format(Instant.ofEpochMilli(at));
    }

    private static String label(double x, double y, String anchor, String text) {
        return "<text x=\"" + DurationChart.r(x) + "\" y=\"" + DurationChart.r(y)
                + "\" text-anchor=\"" + anchor + "\">" + Html.text(text) + "</text>";
    }

    private static double niceSeconds(double s) {
        if (s <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(s)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= s) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
