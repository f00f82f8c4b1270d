package io.github.statuscodes.cli;

import io.github.statuscodes.EndedBy;
import io.github.statuscodes.LogSignal;
import io.github.statuscodes.LogSignals;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link LogAnalysis} found, and its text rendering: codes with their registry meaning,
 * lines without a status by their signal, give-ups per endpoint against the endpoint's successes,
 * give-ups after the backend had answered, where 5xx came from and how many a client would
 * retry. Every line of text goes through {@link Printable}. Immutable once built.
 */
final class LogReport {
    /** Findings shown in the text report; JSON has them all (up to {@link #MAX_FINDINGS}). */
    static final int TEXT_FINDINGS = 10;
    static final int MAX_FINDINGS = 100;

    /** One status code seen in the log, with the meaning its proxy's vendor gives it. */
    static final class CodeRow {
        final StatusCode meaning;
        long count;
        /** How many of them a client following the registry would retry, given their methods. */
        long retryable;

        CodeRow(StatusCode meaning) {
            this.meaning = meaning;
        }
    }

    final LogAnalysis analysis;
    final List<CodeRow> codes = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    /** The findings before {@link #findings} was cut at {@link #MAX_FINDINGS}. */
    int findingsTotal;
    final long retryableServerErrors;
    /** ALB 460s, and those whose target had answered (the ALB figures of earlier versions). */
    final long closedByClient460;
    final long closedAfterTargetAnswer;
    /** What core knows of each signal the report shows, in order of first appearance. */
    final List<LogSignal> signals = new ArrayList<>();
    /** Findings beyond {@link #MAX_FINDINGS} that no output lists, and their give-ups. */
    final int findingsLeftOut;
    final long giveUpsLeftOut;

    LogReport(LogAnalysis a) {
        this.analysis = a;
        Map<String, CodeRow> rows = new LinkedHashMap<>();
        long retryable5xx = 0;
        for (LogAnalysis.Codes vc : a.codes) {
            for (int code = 100; code < 1000; code++) {
                long n = vc.byCode[code];
                if (n == 0) {
                    continue;
                }
                StatusCode meaning = StatusCodes.of(code, vc.vendor);
                CodeRow row = rows.computeIfAbsent(code + " " + meaning.vendor().id(),
                        k -> new CodeRow(meaning));
                row.count += n;
                long retryable = 0;
                for (int m = 0; m < LogAnalysis.METHODS.length; m++) {
                    if (meaning.isRetryable(LogAnalysis.METHODS[m])) {
                        retryable += vc.byCodeAndMethod[code][m];
                    }
                }
                row.retryable += retryable;
                if (code >= 500 && code < 600) {
                    retryable5xx += retryable;
                }
            }
        }
        codes.addAll(rows.values());
        codes.sort(Comparator.comparingLong((CodeRow r) -> -r.count)
                .thenComparingInt(r -> r.meaning.code()));
        retryableServerErrors = retryable5xx;
        long alb460 = 0;
        long albAnswered = 0;
        for (Endpoint e : a.endpoints.all()) {
            for (int g = 0; g < e.groups; g++) {
                Endpoint.GaveUp gone = e.gaveUp[g];
                findings.add(new Finding(e, gone));
                if (gone.status == 460 && gone.vendor.equals(Vendor.AWS_ELB)) {
                    alb460 += gone.count;
                    albAnswered += gone.afterBackendAnswered;
                }
            }
        }
        findings.sort(Comparator.comparingLong((Finding f) -> -f.count)
                .thenComparing(f -> f.endpoint).thenComparing(f -> f.label));
        long cut = 0;
        for (int i = MAX_FINDINGS; i < findings.size(); i++) {
            cut += findings.get(i).count;
        }
        findingsLeftOut = Math.max(0, findings.size() - MAX_FINDINGS);
        giveUpsLeftOut = cut;
        findingsTotal = findings.size();
        if (findings.size() > MAX_FINDINGS) {
            findings.subList(MAX_FINDINGS, findings.size()).clear();
        }
        closedByClient460 = alb460;
        closedAfterTargetAnswer = albAnswered;
        collectSignals();
    }

    /** Core's explanation of a format's signal, if core has one: meaning, who ended it. */
    static Optional<LogSignal> explain(Vendor vendor, String signal) {
        return signal == null ? Optional.empty() : LogSignals.find(vendor, signal);
    }

    private void collectSignals() {
        for (LogAnalysis.NoStatus ns : analysis.noStatus) {
            explain(ns.vendor, ns.signal).ifPresent(this::addSignal);
        }
        for (Finding f : findings) {
            explain(f.vendor, f.signal).ifPresent(this::addSignal);
        }
    }

    private void addSignal(LogSignal s) {
        if (!signals.contains(s)) {
            signals.add(s);
        }
    }

    /** "the client", "the backend", "Envoy itself", ...: who ended a request. */
    static String endedBy(LogSignal s) {
        EndedBy by = s.endedBy();
        switch (by) {
            case CLIENT:
                return "the client";
            case BACKEND:
                return "the backend";
            case PROXY:
                return s.vendor().displayName() + " itself";
            case LIMIT:
                return "a configured limit";
            case NONE:
                return "nobody (the exchange completed)";
            default:
                return "not told by the value";
        }
    }

    double share(long n) {
        return analysis.parsed == 0 ? 0 : (double) n / analysis.parsed;
    }

    /** "access.log (format timed)", or each source with its format. */
    String sourcesAndFormats() {
        LogAnalysis a = analysis;
        boolean one = true;
        for (LogFormat f : a.formats) {
            one &= f.name().equals(a.formats.get(0).name());
        }
        if (one && !a.formats.isEmpty()) {
            return String.join(", ", a.sources) + " (format " + a.formats.get(0).name() + ")";
        }
        List<String> each = new ArrayList<>();
        for (int i = 0; i < a.sources.size(); i++) {
            each.add(a.sources.get(i) + " (format " + a.formats.get(i).name() + ")");
        }
        return String.join(", ", each);
    }

    void printText(PrintStream stream) {
        Lines out = new Lines(stream);
        LogAnalysis a = analysis;
        out.println("statuscodes logs: " + sourcesAndFormats() + ": " + n(a.lines) + " lines, "
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
                    + n(a.endpoints.cap()) + ": each endpoint may take up to "
                    + Endpoint.MAX_BYTES / 1024 + " KB and the heap holds "
                    + a.endpoints.heapMegabytes() + " MB (java -Xmx... for more)");
        }
        out.println();
        out.println("Status codes");
        codeTable(out);
        if (!a.noStatus.isEmpty()) {
            out.println();
            out.println("Lines without a status code");
            for (LogAnalysis.NoStatus ns : a.noStatus) {
                out.println(String.format(Locale.ROOT, "  %-40s %12s %7s", noStatusLabel(ns),
                        n(ns.count), Finding.percent(share(ns.count))));
            }
        }
        if (!findings.isEmpty()) {
            out.println();
            out.println("Clients that gave up (and 408s), by endpoint");
            int shown = 0;
            for (Finding f : findings) {
                if (shown++ == TEXT_FINDINGS) {
                    out.println("  ... " + (findings.size() - TEXT_FINDINGS) + " more (--json"
                            + " lists all " + findings.size() + ")");
                    break;
                }
                out.println("  " + f.endpoint + ": " + n(f.count) + " × " + f.label);
                out.println("    " + f.sentence);
                if (f.durations != null) {
                    out.println("    durations: " + bins(f.durations));
                }
                if (f.afterBackendAnswered > 0) {
                    out.println("    " + n(f.afterBackendAnswered) + " of these came after the"
                            + " backend had answered: work done and thrown away");
                }
            }
        }
        if (findingsLeftOut > 0) {
            out.println("  " + leftOut());
        }
        if (!signals.isEmpty()) {
            out.println();
            out.println("What the signals mean");
            for (LogSignal s : signals) {
                StringBuilder sb = new StringBuilder("  ").append(s.vendor().displayName())
                        .append(' ').append(s.token()).append(": ").append(s.name())
                        .append("; ended by ").append(endedBy(s));
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
        if (closedByClient460 > 0) {
            out.println("ALB: " + n(closedAfterTargetAnswer) + " of " + n(closedByClient460)
                    + " 460s (" + Finding.percent((double) closedAfterTargetAnswer
                    / closedByClient460) + ") came after the target had answered: work done"
                    + " and thrown away");
        }
        out.println();
        if (a.serverErrors == 0) {
            out.println("5xx: none");
        } else {
            Vendor v = a.vendor();
            String proxy = proxyName(v);
            String backend = backendName(v);
            StringBuilder sb = new StringBuilder("5xx: " + n(a.serverErrors) + " ("
                    + Finding.percent(share(a.serverErrors)) + ")");
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
            sb.append("; ").append(n(retryableServerErrors)).append(" (")
                    .append(Finding.percent((double) retryableServerErrors / a.serverErrors))
                    .append(") retryable under the registry's rules for their method");
            out.println(sb.toString());
        }
        if (a.endpoints.overflowed()) {
            out.println("More than " + a.endpoints.cap() + " endpoints: the rest are counted as "
                    + Endpoints.OTHER + " (--max-endpoints N)");
        }
    }

    /** The findings no output lists, as a sentence; call when {@link #findingsLeftOut} > 0. */
    String leftOut() {
        return n(findingsLeftOut) + " more endpoints and kinds with give-ups (" + n(giveUpsLeftOut)
                + " give-ups) are left out of every output, which keeps the " + MAX_FINDINGS
                + " largest; run logs on the lines of those endpoints alone to see them";
    }

    /** The endpoint cap lowered by the heap or overflowed, as a sentence, or null. */
    String endpointCap() {
        Endpoints e = analysis.endpoints;
        List<String> parts = new ArrayList<>();
        if (e.lowered()) {
            parts.add("--max-endpoints " + n(e.requested()) + " lowered to " + n(e.cap())
                    + " for a heap of " + e.heapMegabytes() + " MB (java -Xmx... for more)");
        }
        if (e.overflowed()) {
            parts.add("more than " + n(e.cap()) + " endpoints: the rest are counted together as "
                    + Endpoints.OTHER + " (--max-endpoints N)");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Who made a 5xx that the backend did not: "nginx itself", "the load balancer". */
    static String proxyName(Vendor v) {
        return Vendor.AWS_ELB.equals(v) ? "the load balancer"
                : Vendor.NGINX.equals(v) ? "nginx itself"
                : v != null ? v.displayName() + " itself" : "the proxy";
    }

    /** "the target" (ALB) or "the upstream". */
    static String backendName(Vendor v) {
        return Vendor.AWS_ELB.equals(v) ? "the target" : "the upstream";
    }

    /** The nginx variables the formats take durations from ("$request_time"), or "". */
    private static String durationFields(LogAnalysis a) {
        for (LogFormat f : a.formats.isEmpty() ? List.of(a.current) : a.formats) {
            if (f instanceof NginxFormat && !((NginxFormat) f).durationFields().isEmpty()) {
                return ((NginxFormat) f).durationFields();
            }
        }
        return "";
    }

    /** Columns as wide as their widest cell: nothing cut, two spaces between columns. */
    private void codeTable(Lines out) {
        int phrase = 0;
        int count = 0;
        int vendor = 0;
        for (CodeRow r : codes) {
            phrase = Math.max(phrase, r.meaning.reasonPhrase().length());
            count = Math.max(count, n(r.count).length());
            vendor = Math.max(vendor, vendorName(r.meaning).length());
        }
        for (CodeRow r : codes) {
            StatusCode c = r.meaning;
            out.println(String.format(Locale.ROOT, "  %d  %-" + phrase + "s  %" + count + "s  %7s"
                    + "  %-" + vendor + "s  %-8s  %s", c.code(), c.reasonPhrase(), n(r.count),
                    Finding.percent(share(r.count)), vendorName(c),
                    c.isLogOnly() ? "log-only" : "", retry(c)));
        }
    }

    private static String vendorName(StatusCode c) {
        return c.isRegistered() ? c.vendor().displayName() : "unregistered";
    }

    /** "client gave up (Envoy DC)", "Envoy UH", "no status, no signal (Caddy)". */
    static String noStatusLabel(LogAnalysis.NoStatus ns) {
        String who = ns.vendor.displayName();
        if (ns.signal == null) {
            return ns.clientGaveUp ? "client gave up (" + who + ", no signal)"
                    : "no status (" + who + ")";
        }
        return ns.clientGaveUp ? "client gave up (" + who + " " + ns.signal + ")"
                : who + " " + ns.signal;
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

    /**
     * The bins of {@link #binList} as text: each label printed with as many more decimals (up to
     * milliseconds) as it takes to tell the bins apart, and bins that still print alike merged,
     * so no label repeats.
     */
    static String bins(Histogram h) {
        List<double[]> bins = binList(h);
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

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
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
    }
}
