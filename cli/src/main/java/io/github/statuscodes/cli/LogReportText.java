package io.github.statuscodes.cli;

import io.github.statuscodes.LogSignal;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.Vendor;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The text rendering of a {@link LogReport}; every line goes through {@link Printable}.
 * Stateless.
 */
final class LogReportText {
    private LogReportText() {
    }

    private static String n(long v) {
        return LogReport.n(v);
    }

    static void print(LogReport r, PrintStream stream) {
        Lines out = new Lines(stream);
        LogAnalysis a = r.analysis;
        out.println("statuscodes logs: " + r.sourcesAndFormats() + ": " + n(a.lines) + " lines, "
                + n(a.parsed) + " parsed, " + n(a.unparsed) + " not parsed"
                + (a.headers > 0 ? ", " + n(a.headers) + " header lines" : ""));
        for (String cut : a.cutShort) {
            out.println("  cut short: " + cut);
        }
        if (a.durationsOutOfRange > 0) {
            out.println("  " + n(a.durationsOutOfRange) + " durations over "
                    + Histogram.MAX / 86_400_000 + " days left out as out of range");
        }
        for (String example : a.unparsedExamples) {
            out.println("  not parsed: " + example);
        }
        for (String field : a.neverParsed) {
            out.println("  never parsed: " + field);
        }
        String fields = durationFields(a);
        if (a.parsed > 0 && a.withDuration == 0 && !fields.isEmpty()) {
            out.println("  no line had a number of seconds in " + fields + ": check that the"
                    + " log format matches the log_format line in nginx's configuration");
        } else if (a.parsed > 0 && a.withDuration == 0) {
            out.println("  no durations in this log, so it cannot tell when clients gave up.");
            if (Vendor.NGINX.equals(a.vendor())) {
                out.println("  Log $request_time, e.g. with these lines in nginx's http block:");
                for (String line : LogFormat.RECOMMENDED_NGINX) {
                    out.println("    " + line);
                }
            }
        }
        if (a.endpoints.lowered()) {
            out.println("  --max-endpoints " + n(a.endpoints.requested()) + " lowered to "
                    + n(a.endpoints.cap()) + ": " + a.endpoints.loweredBecause()
                    + " (java -Xmx... for more)");
        }
        out.println();
        out.println(r.codes.isEmpty() ? "Status codes: none" : "Status codes");
        codeTable(r, out);
        if (!a.noStatus.isEmpty()) {
            out.println();
            out.println("Lines without a status code");
            int width = 40; // the labels' column: as wide as the longest label
            for (LogAnalysis.NoStatus ns : a.noStatus) {
                width = Math.max(width, LogReport.noStatusLabel(ns).length());
            }
            for (LogAnalysis.NoStatus ns : a.noStatus) {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s %12s %7s",
                        LogReport.noStatusLabel(ns),
                        n(ns.count), Finding.percent(r.share(ns.count))));
            }
        }
        if (!r.findings.isEmpty()) {
            out.println();
            out.println("Clients that gave up (and 408s), by endpoint");
            int shown = 0;
            for (Finding f : r.findings) {
                if (shown++ == LogReport.TEXT_FINDINGS) {
                    out.println("  ... " + (r.findings.size() - LogReport.TEXT_FINDINGS)
                            + " more (--json lists all " + r.findings.size() + ")");
                    break;
                }
                out.println("  " + f.endpoint + ": " + n(f.count) + " × " + f.label);
                out.println("    " + f.sentence);
                if (f.durations != null) {
                    out.println("    durations: " + DurationBins.text(f.durations));
                }
                if (f.afterBackendAnswered > 0) {
                    out.println("    " + n(f.afterBackendAnswered) + " of these came after the"
                            + " backend had answered: work done and thrown away");
                }
            }
        }
        if (r.findingsLeftOut > 0) {
            out.println("  " + r.leftOut());
        }
        if (!r.signals.isEmpty()) {
            out.println();
            out.println("What the signals mean");
            for (LogSignal s : r.signals) {
                StringBuilder sb = new StringBuilder("  ").append(s.vendor().displayName())
                        .append(' ').append(s.token()).append(": ").append(s.name())
                        .append("; ended by ").append(LogReport.endedBy(s));
                for (int i = 0; i < s.equivalents().size(); i++) {
                    StatusCode c = s.equivalents().get(i);
                    sb.append(i == 0 ? "; elsewhere " : " or ").append(c.code()).append(' ')
                            .append(c.reasonPhrase()).append(" (")
                            .append(c.vendor().displayName()).append(')');
                }
                out.println(sb.toString());
                out.println("    " + s.meaning());
            }
        }
        if (a.clientGaveUp > 0 && a.hasBackendStatus()) {
            out.println();
            long notLogged = a.clientGaveUp - a.gaveUpBackendLogged;
            if (a.gaveUpBackendLogged == 0) {
                out.println("Work thrown away: not logged (no give-up's line has the backend's"
                        + " status)");
            } else {
                out.println("Work thrown away: " + n(a.gaveUpAfterBackendAnswered) + " of "
                        + n(a.gaveUpBackendLogged) + " give-ups (" + Finding.percent(
                                (double) a.gaveUpAfterBackendAnswered / a.gaveUpBackendLogged)
                        + ") came after the backend had answered" + (notLogged == 0 ? ""
                                : "; " + n(notLogged) + " more give-ups do not log the"
                                        + " backend's status"));
            }
        }
        if (r.closedByClient460 > 0) {
            out.println("ALB: " + n(r.closedAfterTargetAnswer) + " of " + n(r.closedByClient460)
                    + " 460s (" + Finding.percent((double) r.closedAfterTargetAnswer
                    / r.closedByClient460) + ") came after the target had answered: work done"
                    + " and thrown away");
        }
        out.println();
        if (a.serverErrors == 0) {
            out.println("5xx: none");
        } else {
            Vendor v = a.vendor();
            String proxy = LogReport.proxyName(v);
            String backend = LogReport.backendName(v);
            StringBuilder sb = new StringBuilder("5xx: " + n(a.serverErrors) + " ("
                    + Finding.percent(r.share(a.serverErrors)) + ")");
            long notLogged = a.serverErrorsOriginNotLogged();
            if (a.hasBackendStatus() && notLogged == a.serverErrors) {
                sb.append(": where they came from is not logged");
            } else if (a.hasBackendStatus()) {
                sb.append(": ").append(n(a.serverErrorsFromBackend)).append(" from ")
                        .append(backend).append(", ").append(n(a.serverErrorsFromProxy))
                        .append(" from ").append(proxy);
                if (notLogged > 0) {
                    sb.append(", ").append(n(notLogged)).append(" not logged");
                }
            }
            sb.append("; ").append(n(r.retryableServerErrors)).append(" (")
                    .append(Finding.percent((double) r.retryableServerErrors / a.serverErrors))
                    .append(") retryable under the registry's rules for their method");
            out.println(sb.toString());
        }
        if (a.endpoints.overflowed()) {
            out.println("More than " + a.endpoints.cap() + " endpoints: the rest are counted as "
                    + Endpoints.OTHER + " (--max-endpoints N)");
        }
    }

    /** The nginx variables the formats take durations from ("$request_time"), or "". */
    private static String durationFields(LogAnalysis a) {
        for (LogFormat f : a.formats.isEmpty() ? List.of(a.current) : a.formats) {
            LogFormat read = f instanceof CheckedNginxFormat ? ((CheckedNginxFormat) f).format : f;
            if (read instanceof NginxFormat && !((NginxFormat) read).durationFields().isEmpty()) {
                return ((NginxFormat) read).durationFields();
            }
        }
        return "";
    }

    /** Columns as wide as their widest cell: nothing cut, two spaces between columns. */
    private static void codeTable(LogReport r, Lines out) {
        int phrase = 0;
        int count = 0;
        int vendor = 0;
        for (LogReport.CodeRow row : r.codes) {
            phrase = Math.max(phrase, row.meaning.reasonPhrase().length());
            count = Math.max(count, n(row.count).length());
            vendor = Math.max(vendor, vendorName(row.meaning).length());
        }
        for (LogReport.CodeRow row : r.codes) {
            StatusCode c = row.meaning;
            out.println(String.format(Locale.ROOT, "  %d  %-" + phrase + "s  %" + count + "s  %7s"
                    + "  %-" + vendor + "s  %-8s  %s", c.code(), c.reasonPhrase(),
                    n(row.count), Finding.percent(r.share(row.count)), vendorName(c),
                    c.isLogOnly() ? "log-only" : "", LogReport.retry(c)));
        }
    }

    private static String vendorName(StatusCode c) {
        return c.isRegistered() ? c.vendor().displayName() : "unregistered";
    }

    /** Prints every line through {@link Printable}: nothing from a log reaches a terminal raw. */
    private static final class Lines {
        private final PrintStream out;

        Lines(PrintStream out) {
            this.out = out;
        }

        void println(String s) {
            out.println(Printable.of(s));
        }

        void println() {
            out.println();
        }
    }}
