package io.github.statuscodes.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One endpoint's client-gone code (408, 460 or 499) set against the same endpoint's successful
 * responses, with the sentence that says what it means. Immutable.
 */
final class Finding {
    final String endpoint;
    final int code;
    final long count;
    /** Durations of this code on this endpoint, or null when the log has none. */
    final Histogram durations;
    /** The pile-up of those durations at one value, or null. */
    final Cluster cluster;
    /** Durations of the endpoint's 2xx and 3xx responses, or null. */
    final Histogram success;
    /** Successful responses that took at least the cluster's lower edge, or -1. */
    final double successSlowerShare;
    /** ALB only: 460s whose target had answered. */
    final long closedAfterTargetAnswer;
    final String sentence;

    Finding(Endpoint e, int index) {
        this.endpoint = e.name;
        this.code = Endpoint.GONE_CODES[index];
        this.count = e.goneCount[index];
        this.durations = e.gone[index];
        this.cluster = durations == null ? null : Cluster.find(durations);
        this.success = e.success;
        this.closedAfterTargetAnswer = code == 460 ? e.closedAfterTargetAnswer : 0;
        if (cluster != null && success != null) {
            successSlowerShare = (double) success.countAtLeast(
                    cluster.centerMillis - cluster.halfWidthMillis) / success.total();
        } else {
            successSlowerShare = -1;
        }
        this.sentence = sentence();
    }

    private String sentence() {
        String codes = code + "s";
        if (durations == null) {
            return count + " × " + code + " on " + endpoint + "; the log has no durations to tell"
                    + " when these clients gave up (log $request_time, see README)";
        }
        if (cluster == null) {
            return "the " + codes + " on " + endpoint + " ended between "
                    + seconds(durations.quantile(0)) + " and " + seconds(durations.quantile(1))
                    + " (p50 " + seconds(durations.quantile(0.5)) + "): no single timeout stands"
                    + " out";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(percent(cluster.share)).append(" of the ").append(codes).append(" on ")
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
        double s = millis / 1000;
        String f = s < 0.9995 ? "%.3f s" : s < 9.995 ? "%.2f s" : "%.1f s";
        return String.format(Locale.ROOT, f, s);
    }

    static String percent(double share) {
        double p = share * 100;
        return p >= 1 || p == 0 ? String.format(Locale.ROOT, "%.0f %%", p)
                : String.format(Locale.ROOT, "%.1f %%", p);
    }

    private static String plain(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
    }
}
