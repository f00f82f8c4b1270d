package io.github.statuscodes.cli;

import static io.github.statuscodes.internal.Json.quote;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.Vendor;
import java.io.PrintStream;
import java.util.Locale;

/** The {@code --json} rendering of a {@link LogReport}: one JSON object. Stateless. */
final class LogReportJson {
    private LogReportJson() {
    }

    static void print(LogReport r, PrintStream out) {
        out.println(render(r));
    }

    /** The JSON text, without a line break at the end. */
    static String render(LogReport r) {
        LogAnalysis a = r.analysis;
        StringBuilder sb = new StringBuilder("{\n");
        String format = a.formats.isEmpty() ? a.current.name() : a.formats.get(0).name();
        for (LogFormat f : a.formats) {
            format = f.name().equals(format) ? format : "mixed";
        }
        sb.append("  \"format\": ").append(quote(format)).append(",\n");
        sb.append("  \"sources\": [");
        for (int i = 0; i < a.sources.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(a.sources.get(i)));
        }
        sb.append("],\n");
        sb.append("  \"formats\": [");
        for (int i = 0; i < a.sources.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"source\": ").append(quote(a.sources.get(i)))
                    .append(", \"format\": ").append(quote(a.formats.get(i).name())).append('}');
        }
        sb.append("],\n");
        sb.append("  \"lines\": ").append(a.lines).append(",\n");
        sb.append("  \"parsed\": ").append(a.parsed).append(",\n");
        sb.append("  \"unparsed\": ").append(a.unparsed).append(",\n");
        sb.append("  \"headerLines\": ").append(a.headers).append(",\n");
        sb.append("  \"durationsOutOfRange\": ").append(a.durationsOutOfRange).append(",\n");
        sb.append("  \"cutShort\": [");
        for (int i = 0; i < a.cutShort.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(a.cutShort.get(i)));
        }
        sb.append("],\n");
        sb.append("  \"unparsedExamples\": [");
        for (int i = 0; i < a.unparsedExamples.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(a.unparsedExamples.get(i)));
        }
        sb.append("],\n");
        sb.append("  \"neverParsed\": [");
        for (int i = 0; i < a.neverParsed.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(a.neverParsed.get(i)));
        }
        sb.append("],\n");
        sb.append("  \"linesWithDuration\": ").append(a.withDuration).append(",\n");
        sb.append("  \"codes\": [");
        for (int i = 0; i < r.codes.size(); i++) {
            LogReport.CodeRow row = r.codes.get(i);
            StatusCode c = row.meaning;
            sb.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"code\": ").append(c.code())
                    .append(", \"count\": ").append(row.count)
                    .append(", \"share\": ").append(num(r.share(row.count)))
                    .append(", \"reasonPhrase\": ").append(quote(c.reasonPhrase()))
                    .append(", \"vendor\": ").append(quote(c.vendor().id()))
                    .append(", \"vendorName\": ").append(quote(c.vendor().displayName()))
                    .append(", \"registered\": ").append(c.isRegistered())
                    .append(", \"logOnly\": ").append(c.isLogOnly())
                    .append(", \"retryability\": ").append(quote(c.retryability().name()))
                    .append(", \"retryable\": ").append(c.isRetryable())
                    .append(", \"retryableForTheirMethod\": ").append(row.retryable)
                    .append('}');
        }
        sb.append(r.codes.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"withoutStatus\": [");
        for (int i = 0; i < a.noStatus.size(); i++) {
            LogAnalysis.NoStatus ns = a.noStatus.get(i);
            sb.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"label\": ").append(quote(LogReport.noStatusLabel(ns)))
                    .append(", \"vendor\": ").append(quote(ns.vendor.id()))
                    .append(", \"signal\": ").append(ns.signal == null ? "null" : quote(ns.signal))
                    .append(", \"endedBy\": ").append(endedBy(ns.vendor, ns.signal))
                    .append(", \"clientGaveUp\": ").append(ns.clientGaveUp)
                    .append(", \"count\": ").append(ns.count)
                    .append(", \"share\": ").append(num(r.share(ns.count))).append('}');
        }
        sb.append(a.noStatus.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"clientGaveUp\": {\"count\": ").append(a.clientGaveUp);
        if (a.hasBackendStatus()) {
            sb.append(", \"afterBackendAnswered\": ").append(a.gaveUpAfterBackendAnswered)
                    .append(", \"backendLogged\": ").append(a.gaveUpBackendLogged);
        }
        sb.append("},\n");
        sb.append("  \"clientGoneTotal\": ").append(r.findingsTotal).append(",\n");
        sb.append("  \"clientGone\": [");
        for (int i = 0; i < r.findings.size(); i++) {
            finding(sb.append(i == 0 ? "\n    " : ",\n    "), r.findings.get(i));
        }
        sb.append(r.findings.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"clientGoneLeftOut\": {\"entries\": ").append(r.findingsLeftOut)
                .append(", \"count\": ").append(r.giveUpsLeftOut).append("},\n");
        sb.append("  \"signals\": [");
        for (int i = 0; i < r.signals.size(); i++) {
            SignalExplanation.json(sb.append(i == 0 ? "\n    " : ",\n    "), r.signals.get(i));
        }
        sb.append(r.signals.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"serverErrors\": {\"count\": ").append(a.serverErrors)
                .append(", \"share\": ").append(num(r.share(a.serverErrors)));
        if (a.hasBackendStatus()) {
            sb.append(", \"fromBackend\": ").append(a.serverErrorsFromBackend)
                    .append(", \"fromProxy\": ").append(a.serverErrorsFromProxy)
                    .append(", \"originNotLogged\": ").append(a.serverErrorsOriginNotLogged());
        }
        sb.append(", \"retryable\": ").append(r.retryableServerErrors)
                .append(", \"retryableShare\": ").append(num(a.serverErrors == 0 ? 0
                        : (double) r.retryableServerErrors / a.serverErrors))
                .append("},\n");
        if (r.closedByClient460 > 0) {
            sb.append("  \"closedByClient460\": ").append(r.closedByClient460).append(",\n");
            sb.append("  \"closedAfterTargetAnswer\": ").append(r.closedAfterTargetAnswer)
                    .append(",\n");
        }
        sb.append("  \"endpoints\": {\"distinct\": ").append(a.endpoints.all().size()
                        - (a.endpoints.overflowed() ? 1 : 0))
                .append(", \"cap\": ").append(a.endpoints.cap())
                .append(", \"capRequested\": ").append(a.endpoints.requested())
                .append(", \"overflowed\": ").append(a.endpoints.overflowed()).append("}\n}");
        return sb.toString();
    }

    /** Who ended the requests of a signal, as core tells it ("CLIENT"), or null. */
    private static String endedBy(Vendor vendor, String signal) {
        return LogReport.explain(vendor, signal).map(s -> quote(s.endedBy().name()))
                .orElse("null");
    }

    private static void finding(StringBuilder sb, Finding f) {
        sb.append("{\"endpoint\": ").append(quote(f.endpoint))
                .append(", \"code\": ").append(f.code == LogLine.NONE ? "null" : f.code)
                .append(", \"signal\": ").append(f.signal == null ? "null" : quote(f.signal))
                .append(", \"label\": ").append(quote(f.label))
                .append(", \"endedBy\": ").append(endedBy(f.vendor, f.signal))
                .append(", \"count\": ").append(f.count)
                .append(", \"afterBackendAnswered\": ").append(f.afterBackendAnswered);
        if (f.durations != null) {
            sb.append(", \"histogram\": [");
            boolean first = true;
            for (long[] b : DurationBins.of(f.durations)) {
                sb.append(first ? "" : ", ").append("{\"fromSeconds\": ").append(sec(b[0]))
                        .append(", \"toSeconds\": ").append(sec(b[1]))
                        .append(", \"count\": ").append(b[2]).append('}');
                first = false;
            }
            sb.append(']');
        }
        if (f.cluster != null) {
            sb.append(", \"cluster\": {\"seconds\": ").append(sec(f.cluster.centerMillis))
                    .append(", \"plusMinusSeconds\": ").append(sec(f.cluster.halfWidthMillis))
                    .append(", \"count\": ").append(f.cluster.count)
                    .append(", \"share\": ").append(num(f.cluster.share)).append('}');
        } else {
            sb.append(", \"cluster\": null");
        }
        if (f.success != null) {
            sb.append(", \"successful\": {\"count\": ").append(f.success.total())
                    .append(", \"p50Seconds\": ").append(sec(f.success.quantile(0.5)))
                    .append(", \"p95Seconds\": ").append(sec(f.success.quantile(0.95)));
            if (f.successSlowerShare >= 0) {
                sb.append(", \"atLeastClusterShare\": ").append(num(f.successSlowerShare));
            }
            sb.append('}');
        }
        if (f.code == 460) {
            sb.append(", \"closedAfterTargetAnswer\": ").append(f.afterBackendAnswered);
        }
        sb.append(", \"sentence\": ").append(quote(f.sentence)).append('}');
    }

    private static String sec(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
