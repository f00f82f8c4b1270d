package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One endpoint's give-ups of one kind (a status such as 408, 460 or 499, or a proxy's signal such
 * as Envoy's {@code DC}) set against the same endpoint's successful responses, with the sentence
 * that says what it means. Immutable.
 */
final class Finding {
    final String endpoint;
    /** The status of these give-ups, or {@link LogLine#NONE} when the log had none. */
    final int code;
    /** The proxy's signal, or null. */
    final String signal;
    /** How the report names these give-ups: {@code 499}, {@code client gave up (Envoy DC)}. */
    final String label;
    final long count;
    /** Durations of these give-ups on this endpoint, or null when the log has none. */
    final Histogram durations;
    /** The pile-up of those durations at one value, or null. */
    final Cluster cluster;
    /** Durations of the endpoint's 2xx and 3xx responses, or null. */
    final Histogram success;
    /** Successful responses that took at least the cluster's lower edge, or -1. */
    final double successSlowerShare;
    /** Give-ups whose backend had answered: work done and thrown away. */
    final long afterBackendAnswered;
    final String sentence;
    /** Whose log these give-ups came from (whose signal it is). */
    final Vendor vendor;
    /** The endpoint's counts over time, or null when the analysis kept none. */
    final Timeline.Row timeline;

    Finding(Endpoint e, Endpoint.GaveUp g) {
        this.vendor = g.vendor;
        this.timeline = e.timeline;
        this.endpoint = e.name;
        this.code = g.status;
        this.signal = g.signal;
        this.label = g.other ? OTHER : label(g.status, g.signal, g.vendor.displayName());
        this.count = g.count;
        this.durations = g.durations;
        this.cluster = durations == null ? null : Cluster.find(durations);
        this.success = e.success;
        this.afterBackendAnswered = g.afterBackendAnswered;
        if (cluster != null && success != null) {
            successSlowerShare = (double) success.countAtLeast(
                    cluster.centerMillis - cluster.halfWidthMillis) / success.total();
        } else {
            successSlowerShare = -1;
        }
        this.sentence = sentence();
    }

    /** The label of the give-ups beyond the kinds an endpoint keeps apart. */
    static final String OTHER = "give-ups of other kinds";

    /** {@code 499}; {@code 200 (HAProxy CD)}; {@code client gave up (Envoy DC)}. */
    static String label(int status, String signal, String vendor) {
        if (signal == null) {
            return status == LogLine.NONE ? "client gave up (no status)" : String.valueOf(status);
        }
        return status == LogLine.NONE ? "client gave up (" + vendor + " " + signal + ")"
                : status + " (" + vendor + " " + signal + ")";
    }

    private String sentence() {
        if (label.equals(OTHER)) {
            return count + " give-ups on " + endpoint + " were of further kinds than the "
                    + Endpoint.MAX_GROUPS + " kept apart per endpoint; their statuses are in the"
                    + " counts above, their durations are not kept";
        }
        String these = code != LogLine.NONE && signal == null ? code + "s"
                : "give-ups " + label.substring(label.indexOf('('));
        if (durations == null) {
            return count + " × " + label + " on " + endpoint + "; the log has no durations to"
                    + " tell when these clients gave up";
        }
        if (cluster == null && seconds(durations.quantile(0)).equals(seconds(durations.quantile(1)))) {
            String which = count == 1 ? "the one " + (code != LogLine.NONE && signal == null
                    ? String.valueOf(code) : "give-up " + label.substring(label.indexOf('(')))
                    : "the " + count + " " + these;
            return which + " on " + endpoint + " ended at " + seconds(durations.quantile(0));
        }
        if (cluster == null) {
            return "the " + these + " on " + endpoint + " ended between "
                    + seconds(durations.quantile(0)) + " and " + seconds(durations.quantile(1))
                    + " (p50 " + seconds(durations.quantile(0.5)) + "): no single timeout stands"
                    + " out";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(percent(cluster.share)).append(" of the ").append(these).append(" on ")
                .append(endpoint).append(" ended at ").append(seconds(cluster.centerMillis))
                .append(" ± ").append(plain(cluster.halfWidthMillis / 1000, 2)).append(" s");
        if (success == null) {
            return sb.append("; no successful ").append(endpoint)
                    .append(" in the log to compare with: a client timeout of about ")
                    .append(timeout()).append(" is the likely cause").toString();
        }
        sb.append("; successful ").append(endpoint).append(" took p50 ")
                .append(seconds(success.quantile(0.5))).append(", p95 ")
                .append(seconds(success.quantile(0.95))).append(": ");
        if (successSlowerShare <= 0) {
            sb.append("none took that long, so the requests these clients gave up on were slower"
                    + " than every one that succeeded (a client timeout of about ")
                    .append(timeout()).append(")");
        } else if (successSlowerShare >= 1) {
            sb.append("every one took at least that long, so a client with a ").append(timeout())
                    .append(" timeout gives up on all of them: the timeout is shorter than this"
                            + " endpoint ever answers");
        } else {
            sb.append("a client with a ").append(timeout()).append(" timeout gives up on the"
                    + " slowest ").append(percent(successSlowerShare));
        }
        return sb.toString();
    }

    /** The cluster's value as a timeout a person would have set: 2 significant digits. */
    String timeout() {
        return plain(cluster.centerMillis / 1000, 2) + " s";
    }

    static String seconds(double millis) {
        return seconds(millis, 0);
    }

    /** Seconds as {@link #seconds(double)} prints them, with {@code extra} more decimals. */
    static String seconds(double millis, int extra) {
        double s = millis / 1000;
        int decimals = Math.min(3, (s < 0.9995 ? 3 : s < 9.995 ? 2 : 1) + extra);
        return String.format(Locale.ROOT, "%." + decimals + "f s", s);
    }

    /**
     * A share as a percentage for people: whole percents from 1 %, one decimal below; never
     * rounds a part up to the whole ("99.9 %") nor a non-zero share down to nothing ("<0.1 %").
     */
    static String percent(double share) {
        double p = share * 100;
        if (p > 99 && p < 100) { // never round a part up to the whole
            return String.format(Locale.ROOT, "%.1f %%", Math.min(99.9, Math.floor(p * 10) / 10));
        }
        if (p > 0 && p < 0.05) { // "0.0 %" would read as none
            return "<0.1 %";
        }
        return p >= 1 || p == 0 ? String.format(Locale.ROOT, "%.0f %%", p)
                : String.format(Locale.ROOT, "%.1f %%", p);
    }

    private static String plain(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
    }
}
