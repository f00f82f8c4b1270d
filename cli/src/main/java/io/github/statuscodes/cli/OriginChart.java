package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * The 5xx of a log by origin as one inline SVG bar (the backend's solid, the proxy's hatched,
 * those of unknown origin dotted) above the share retryable for their method, and the sentence
 * that says the same in words. Only for a log with 5xx. Stateless.
 */
final class OriginChart {
    static final int WIDTH = 640;

    private OriginChart() {
    }

    static String svg(LogReport r) {
        LogAnalysis a = r.analysis;
        Vendor v = a.vendor();
        String[][] parts = {
            {"be", "from " + LogReport.backendName(v), Long.toString(a.serverErrorsFromBackend)},
            {"px", "from " + LogReport.proxyName(v), Long.toString(a.serverErrorsFromProxy)},
            {"unk", a.hasBackendStatus() ? "origin not logged" : "origin unknown (the format"
                    + " logs no backend status)", Long.toString(unknown(a))}};
        StringBuilder sb = new StringBuilder("<svg class=\"chart origin\" viewBox=\"0 0 " + WIDTH
                + " 64\" role=\"img\" aria-label=\"5xx by origin\">");
        double x = 0;
        for (String[] p : parts) {
            long n = Long.parseLong(p[2]);
            if (n == 0) {
                continue;
            }
            double w = (double) WIDTH * n / a.serverErrors;
            sb.append("<rect class=\"").append(p[0]).append("\" x=\"").append(DurationChart.r(x))
                    .append("\" y=\"4\" width=\"").append(DurationChart.r(w))
                    .append("\" height=\"22\" data-n=\"").append(n).append("\"><title>")
                    .append(Html.text(LogReport.n(n) + " " + p[1])).append("</title></rect>");
            x += w;
        }
        double retryShare = retryShare(r);
        return sb.append("<rect class=\"be\" x=\"0\" y=\"36\" width=\"")
                .append(DurationChart.r(WIDTH * retryShare)).append("\" height=\"10\" data-n=\"")
                .append(r.retryableServerErrors).append("\"><title>retryable</title></rect>")
                .append("<text x=\"0\" y=\"60\">")
                .append(Html.text("retryable for their method: " + Finding.percent(retryShare)))
                .append("</text></svg>").toString();
    }

    static String summary(LogReport r) {
        LogAnalysis a = r.analysis;
        Vendor v = a.vendor();
        StringBuilder s = new StringBuilder(LogReport.n(a.serverErrors) + " 5xx ("
                + Finding.percent(r.share(a.serverErrors)) + " of parsed lines)");
        if (a.hasBackendStatus()) {
            s.append(": ").append(LogReport.n(a.serverErrorsFromBackend)).append(" from ")
                    .append(LogReport.backendName(v)).append(" (solid), ")
                    .append(LogReport.n(a.serverErrorsFromProxy)).append(" from ")
                    .append(LogReport.proxyName(v)).append(" (hatched)");
            if (unknown(a) > 0) {
                s.append(", ").append(LogReport.n(unknown(a))).append(" not told (dotted)");
            }
        } else {
            s.append(", origin not in this format");
        }
        return s.append("; ").append(LogReport.n(r.retryableServerErrors)).append(" (")
                .append(Finding.percent(retryShare(r)))
                .append(") retryable under the registry's rules for their method.").toString();
    }

    private static long unknown(LogAnalysis a) {
        return a.serverErrors - a.serverErrorsFromBackend - a.serverErrorsFromProxy;
    }

    private static double retryShare(LogReport r) {
        return (double) r.retryableServerErrors / r.analysis.serverErrors;
    }
}
