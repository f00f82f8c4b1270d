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

    /** Prints the text report: {@link LogReportText}. */
    void printText(PrintStream stream) {
        LogReportText.print(this, stream);
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
                    + ": " + e.loweredBecause() + " (java -Xmx... for more)");
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

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }


}
