package io.github.statuscodes.cli;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link LogAnalysis} found, and its text rendering: codes with their registry meaning,
 * client-gone codes per endpoint against the endpoint's successes, where 5xx came from and how
 * many a client would retry, and (ALB) 460s whose target had answered. Immutable once built.
 */
final class LogReport {
    /** Findings shown in the text report; JSON has them all (up to {@link #MAX_FINDINGS}). */
    static final int TEXT_FINDINGS = 10;
    static final int MAX_FINDINGS = 100;

    /** One status code seen in the log. */
    static final class CodeRow {
        final StatusCode meaning;
        final long count;
        /** How many of them a client following the registry would retry, given their methods. */
        final long retryable;

        CodeRow(StatusCode meaning, long count, long retryable) {
            this.meaning = meaning;
            this.count = count;
            this.retryable = retryable;
        }
    }

    final LogAnalysis analysis;
    final List<CodeRow> codes = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final long retryableServerErrors;
    final long closedAfterTargetAnswer;
    final long closedByClient460;

    LogReport(LogAnalysis a) {
        this.analysis = a;
        long retryable5xx = 0;
        for (int code = 100; code < 1000; code++) {
            long n = a.byCode[code];
            if (n == 0) {
                continue;
            }
            StatusCode meaning = StatusCodes.of(code, a.format.vendor());
            long retryable = 0;
            for (int m = 0; m < LogAnalysis.METHODS.length; m++) {
                if (meaning.isRetryable(LogAnalysis.METHODS[m])) {
                    retryable += a.byCodeAndMethod[code][m];
                }
            }
            codes.add(new CodeRow(meaning, n, retryable));
            if (code >= 500 && code < 600) {
                retryable5xx += retryable;
            }
        }
        codes.sort(Comparator.comparingLong((CodeRow r) -> -r.count)
                .thenComparingInt(r -> r.meaning.code()));
        retryableServerErrors = retryable5xx;
        long thrownAway = 0;
        for (Endpoint e : a.endpoints.all()) {
            for (int g = 0; g < Endpoint.GONE_CODES.length; g++) {
                if (e.goneCount[g] > 0) {
                    findings.add(new Finding(e, g));
                }
            }
            thrownAway += e.closedAfterTargetAnswer;
        }
        findings.sort(Comparator.comparingLong((Finding f) -> -f.count)
                .thenComparing(f -> f.endpoint));
        if (findings.size() > MAX_FINDINGS) {
            findings.subList(MAX_FINDINGS, findings.size()).clear();
        }
        closedAfterTargetAnswer = thrownAway;
        closedByClient460 = a.byCode[460];
    }

    double share(long n) {
        return analysis.parsed == 0 ? 0 : (double) n / analysis.parsed;
    }

    void printText(PrintStream out) {
        LogAnalysis a = analysis;
        out.println("statuscodes logs: " + String.join(", ", a.sources) + " (format "
                + a.format.name() + "): " + n(a.lines) + " lines, " + n(a.parsed) + " parsed, "
                + n(a.unparsed) + " not parsed");
        for (String example : a.unparsedExamples) {
            out.println("  not parsed: " + example);
        }
        if (a.parsed > 0 && a.withDuration == 0) {
            out.println("  no durations in this log: log $request_time (nginx) to see when"
                    + " clients gave up; README shows a log_format");
        }
        out.println();
        out.println("Status codes");
        for (CodeRow r : codes) {
            StatusCode c = r.meaning;
            out.println(String.format(Locale.ROOT, "  %d  %-34s %12s %7s  %-26s %-9s %s",
                    c.code(), cut(c.reasonPhrase(), 34), n(r.count), Finding.percent(share(r.count)),
                    cut(c.isRegistered() ? c.vendor().displayName() : "unregistered", 26),
                    c.isLogOnly() ? "log-only" : "", retry(c)));
        }
        if (!findings.isEmpty()) {
            out.println();
            out.println("Clients that gave up (408, 460, 499), by endpoint");
            int shown = 0;
            for (Finding f : findings) {
                if (shown++ == TEXT_FINDINGS) {
                    out.println("  ... " + (findings.size() - TEXT_FINDINGS) + " more (--json"
                            + " lists them all)");
                    break;
                }
                out.println("  " + f.endpoint + ": " + n(f.count) + " × " + f.code);
                out.println("    " + f.sentence);
                if (f.durations != null) {
                    out.println("    durations: " + bins(f.durations));
                }
                if (f.closedAfterTargetAnswer > 0) {
                    out.println("    " + n(f.closedAfterTargetAnswer) + " of these 460s came"
                            + " after the target had answered: work done and thrown away");
                }
            }
        }
        if (closedByClient460 > 0 && a.format.hasBackendStatus()) {
            out.println();
            out.println("ALB: " + n(closedAfterTargetAnswer) + " of " + n(closedByClient460)
                    + " 460s (" + Finding.percent((double) closedAfterTargetAnswer
                    / closedByClient460) + ") came after the target had answered: work done"
                    + " and thrown away");
        }
        out.println();
        if (a.serverErrors == 0) {
            out.println("5xx: none");
        } else {
            boolean alb = a.format.vendor().equals(Vendor.AWS_ELB);
            String proxy = alb ? "the load balancer" : "nginx itself";
            String backend = alb ? "the target" : "the upstream";
            StringBuilder sb = new StringBuilder("5xx: " + n(a.serverErrors) + " ("
                    + Finding.percent(share(a.serverErrors)) + ")");
            if (a.format.hasBackendStatus()) {
                sb.append(": ").append(n(a.serverErrorsFromBackend)).append(" from ")
                        .append(backend).append(", ").append(n(a.serverErrorsFromProxy))
                        .append(" from ").append(proxy);
            }
            sb.append("; ").append(n(retryableServerErrors)).append(" (")
                    .append(Finding.percent((double) retryableServerErrors / a.serverErrors))
                    .append(") retryable under the registry's rules for their method");
            out.println(sb);
        }
        if (a.endpoints.overflowed()) {
            out.println("More than " + a.endpoints.cap() + " endpoints: the rest are counted as "
                    + Endpoints.OTHER + " (--max-endpoints N)");
        }
    }

    static String retry(StatusCode c) {
        return "retryable: " + (c.isRetryable() ? "yes" : "no") + " (" + c.retryability() + ")";
    }

    /** Up to 8 equal-width bins between the smallest and largest duration, non-empty only. */
    static List<double[]> binList(Histogram h) {
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

    private static String bins(Histogram h) {
        StringBuilder sb = new StringBuilder();
        for (double[] b : binList(h)) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(b[0] == b[1] ? Finding.seconds(b[0])
                    : Finding.seconds(b[0]) + "–" + Finding.seconds(b[1]))
                    .append(": ").append((long) b[2]);
        }
        return sb.toString();
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
