package io.github.statuscodes.cli;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.Vendor;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --html} rendering of a {@link LogReport}: one self-contained page (inline CSS and
 * SVG, a small inline script that only sorts and filters tables, the {@code --json} model in a
 * {@code <script type="application/json">} block) whose Content-Security-Policy forbids every
 * request and every script but its own. Everything from the log goes through {@link Html}.
 * Stateless.
 */
final class LogReportHtml {
    /** Findings drawn in full; the rest are rows of a table. */
    static final int FULL = 8;
    /** Cards for client-timeout clusters. */
    static final int CLUSTER_CARDS = 6;

    static final String SCRIPT = "(function(){"
            + "function key(td){var v=td.getAttribute('data-v');"
            + "return v===null?td.textContent.toLowerCase():parseFloat(v);}"
            + "document.querySelectorAll('table.sortable').forEach(function(t){"
            + "var hs=t.tHead.rows[0].cells;"
            + "Array.prototype.forEach.call(hs,function(th,i){th.tabIndex=0;"
            + "th.setAttribute('aria-sort','none');"
            + "function go(){var asc=th.getAttribute('aria-sort')!=='ascending';"
            + "Array.prototype.forEach.call(hs,function(h){h.setAttribute('aria-sort','none');});"
            + "th.setAttribute('aria-sort',asc?'ascending':'descending');"
            + "var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows);"
            + "rows.sort(function(x,y){var a=key(x.cells[i]),c=key(y.cells[i]);"
            + "return (a<c?-1:a>c?1:0)*(asc?1:-1);});"
            + "rows.forEach(function(r){b.appendChild(r);});}"
            + "th.addEventListener('click',go);"
            + "th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' ')"
            + "{e.preventDefault();go();}});});});"
            + "document.querySelectorAll('input.filter').forEach(function(f){"
            + "var t=document.getElementById(f.getAttribute('data-for'));f.hidden=false;"
            + "f.addEventListener('input',function(){var q=f.value.toLowerCase();"
            + "Array.prototype.forEach.call(t.tBodies[0].rows,function(r){"
            + "r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;});});});"
            + "})();";

    static final String CSS = ":root{--bg:#fff;--fg:#1b1b1f;--muted:#5b5f66;--line:#d4d6da;"
            + "--card:#f6f7f9;--done:#0072b2;--gone:#b34700;--cut:rgba(90,90,90,.13);"
            + "--band:rgba(179,71,0,.18);--ref:#444;color-scheme:light dark}"
            + "@media (prefers-color-scheme:dark){:root{--bg:#16171a;--fg:#e8e8ea;--muted:#a3a7ad;"
            + "--line:#3a3d42;--card:#202226;--done:#56b4e9;--gone:#f0a040;"
            + "--cut:rgba(220,220,220,.12);--band:rgba(240,160,64,.22);--ref:#bbb}}"
            + "body{margin:0 auto;max-width:60rem;padding:1rem 1.25rem 3rem;background:var(--bg);"
            + "color:var(--fg);font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif}"
            + "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:2rem 0 .6rem;"
            + "border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1rem;"
            + "margin:0 0 .3rem;overflow-wrap:anywhere}"
            + "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}"
            + "dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}"
            + ".verdict{font-size:1.1rem;font-weight:600;margin:.8rem 0}"
            + ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:.8rem}"
            + ".card{background:var(--card);border:1px solid var(--line);border-radius:6px;"
            + "padding:.7rem .9rem}.card p{margin:.3rem 0}.todo{color:var(--fg)}"
            + ".todo b{color:var(--muted)}.kind{font-size:.8rem;text-transform:uppercase;"
            + "letter-spacing:.04em;color:var(--muted)}"
            + "figure{margin:1rem 0 1.6rem}figure.chart{margin:0 0 .8rem}figcaption{font-size:.92rem;color:var(--muted);"
            + "margin-top:.2rem}.summary{color:var(--fg);font-weight:500}"
            + "svg.chart{width:100%;height:auto;display:block;font-size:11px}"
            + "svg text{fill:var(--muted)}.axis line{stroke:var(--muted)}"
            + ".done rect{fill:var(--done);opacity:.75}"
            + ".gone rect{fill:url(#hatch);stroke:var(--gone);stroke-width:1.2}"
            + "#hatch line{stroke:var(--gone);stroke-width:2}"
            + ".cut{fill:var(--cut)}.band{fill:var(--band)}.cluster line{stroke:var(--gone);"
            + "stroke-width:2}.cluster text,.cutlabel{fill:var(--fg);font-weight:600}"
            + ".ref line{stroke:var(--ref);stroke-dasharray:2 3;stroke-width:1.5}"
            + ".ref text,.cluster text,.cutlabel{paint-order:stroke;stroke:var(--bg);"
            + "stroke-width:3px;stroke-linejoin:round}"
            + ".p95 polyline{fill:none;stroke:var(--done);stroke-width:1.5}"
            + ".p95 rect{fill:var(--bg);stroke:var(--done);stroke-width:1.5}"
            + ".be{fill:var(--done)}.px{fill:url(#hatch);stroke:var(--gone)}"
            + ".unk{fill:url(#dots);stroke:var(--muted)}#dots circle{fill:var(--muted)}"
            + ".key{display:inline-block;vertical-align:middle;width:1.6em;height:.9em}"
            + "table{border-collapse:collapse;width:100%;font-size:.9rem}"
            + "th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);"
            + "vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "td{overflow-wrap:anywhere}"
            + "table.sortable th{cursor:pointer;user-select:none}"
            + "th[aria-sort=ascending]::after{content:' \\25B2'}"
            + "th[aria-sort=descending]::after{content:' \\25BC'}"
            + "input.filter{margin:.3rem 0;padding:.3rem;width:20rem;max-width:100%;"
            + "background:var(--bg);color:var(--fg);border:1px solid var(--line)}"
            + "footer{margin-top:2rem;font-size:.85rem;color:var(--muted)}"
            + "@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--line:#bbb;--card:#fff;"
            + "--done:#0072b2;--gone:#b34700;--ref:#333}body{max-width:none;font-size:11pt}"
            + "input.filter{display:none}figure,.card,tr{break-inside:avoid}"
            + "h2{break-after:avoid}}";

    private LogReportHtml() {
    }

    static String render(LogReport r) {
        LogAnalysis a = r.analysis;
        if (a.timeline != null) {
            a.timeline.finish();
        }
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " script-src ").append(Html.cspHash(SCRIPT))
                .append("; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none';"
                        + " form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(Html.text("statuscodes logs: "
                        + String.join(", ", a.sources))).append("</title>\n<style>").append(CSS)
                .append("</style></head>\n<body>\n")
                .append("<svg width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\""
                        + " class=\"defs\"><defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\""
                        + " width=\"5\" height=\"5\" patternTransform=\"rotate(45)\"><line x1=\"0\""
                        + " y1=\"0\" x2=\"0\" y2=\"5\"/></pattern><pattern id=\"dots\""
                        + " patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\"><circle cx=\"2.5\""
                        + " cy=\"2.5\" r=\"1.1\"/></pattern></defs></svg>\n");
        header(sb, r);
        cards(sb, r);
        endpoints(sb, r);
        codes(sb, r);
        serverErrors(sb, r);
        sb.append("<footer><p>Made by <code>statuscodes logs --html</code>. The report's data is in"
                + " this file as JSON (the <code>--json</code> model), in the script block"
                + " <code>#model</code>. Everything shown comes from the log; nothing is fetched."
                + "</p></footer>\n");
        sb.append("<script type=\"application/json\" id=\"model\">")
                .append(Html.scriptJson(LogReportJson.render(r))).append("</script>\n");
        sb.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, LogReport r) {
        LogAnalysis a = r.analysis;
        sb.append("<header><h1>statuscodes logs</h1><dl class=\"meta\">");
        dt(sb, "Inputs", String.join(", ", a.sources));
        dt(sb, "Formats", r.sourcesAndFormats());
        dt(sb, "Lines", LogReport.n(a.lines) + " read, " + LogReport.n(a.parsed) + " parsed, "
                + LogReport.n(a.unparsed) + " not parsed"
                + (a.headers > 0 ? ", " + LogReport.n(a.headers) + " header lines" : ""));
        for (String cut : a.cutShort) {
            dt(sb, "Cut short", cut);
        }
        for (String field : a.neverParsed) {
            dt(sb, "Never parsed", field);
        }
        Timeline t = a.timeline;
        dt(sb, "Time range", t == null || t.first > t.last ? "no timestamps in the log"
                : utc(t.first) + " – " + utc(t.last) + " UTC");
        if (a.durationsOutOfRange > 0) {
            dt(sb, "Durations", LogReport.n(a.durationsOutOfRange) + " over "
                    + Histogram.MAX / 86_400_000 + " days left out as out of range");
        }
        if (t != null && t.outOfRange > 0) {
            dt(sb, "Times", LogReport.n(t.outOfRange) + " lines with a time far from the rest"
                    + " left out of the charts over time");
        }
        String cap = r.endpointCap();
        if (cap != null) {
            dt(sb, "Endpoints", upper(cap));
        }
        if (r.findingsLeftOut > 0) {
            dt(sb, "Left out", upper(r.leftOut()));
        }
        sb.append("</dl><p class=\"verdict\" id=\"verdict\">").append(Html.text(verdict(r)))
                .append("</p></header>\n");
    }

    /** One sentence: the biggest client-timeout cluster, else the biggest give-up, else 5xx. */
    static String verdict(LogReport r) {
        LogAnalysis a = r.analysis;
        for (Finding f : r.findings) {
            if (f.cluster != null) {
                return upper(f.sentence) + ".";
            }
        }
        if (!r.findings.isEmpty()) {
            return upper(r.findings.get(0).sentence) + ".";
        }
        if (a.serverErrors > 0) {
            return "No client gave up; " + LogReport.n(a.serverErrors) + " 5xx ("
                    + Finding.percent(r.share(a.serverErrors)) + " of parsed lines).";
        }
        return "No client gave up and no 5xx in " + LogReport.n(a.parsed) + " parsed lines.";
    }

    private static void cards(StringBuilder sb, LogReport r) {
        LogAnalysis a = r.analysis;
        List<String[]> cards = new ArrayList<>();
        for (Finding f : r.findings) {
            if (f.cluster != null && cards.size() < CLUSTER_CARDS) {
                cards.add(new String[] {"client timeout", f.endpoint + ": " + f.label + " at "
                        + f.timeout(), upper(f.sentence) + ".", clusterAdvice(f)});
            }
        }
        if (a.clientGaveUp > 0 && a.hasBackendStatus() && a.gaveUpAfterBackendAnswered > 0) {
            cards.add(new String[] {"work thrown away", LogReport.n(a.gaveUpAfterBackendAnswered)
                    + " answers nobody read", LogReport.n(a.gaveUpAfterBackendAnswered) + " of "
                    + LogReport.n(a.clientGaveUp) + " give-ups (" + Finding.percent(
                            (double) a.gaveUpAfterBackendAnswered / a.clientGaveUp)
                    + ") came after the backend had answered: work done and thrown away.",
                "Give the client a timeout above the endpoint's p95, or let the backend stop"
                        + " working when the client leaves (cancel on disconnect); for long jobs"
                        + " answer 202 Accepted and let the client poll."});
        }
        if (a.serverErrorsFromProxy > 0) {
            Vendor v = a.vendor();
            cards.add(new String[] {"proxy-made 5xx", LogReport.n(a.serverErrorsFromProxy)
                    + " 5xx from " + LogReport.proxyName(v), LogReport.n(a.serverErrorsFromProxy)
                    + " of " + LogReport.n(a.serverErrors) + " 5xx came from "
                    + LogReport.proxyName(v) + ", not from " + LogReport.backendName(v)
                    + " (the log has no or another status from " + LogReport.backendName(v)
                    + ").", "Look at the proxy's error log and its upstream timeouts and"
                    + " connection errors, not at the application's; "
                    + LogReport.n(r.retryableServerErrors) + " of all 5xx ("
                    + Finding.percent((double) r.retryableServerErrors / a.serverErrors)
                    + ") are retryable under the registry's rules for their method."});
        }
        if (cards.isEmpty()) {
            return;
        }
        sb.append("<section id=\"findings\"><h2>Findings</h2><div class=\"cards\">");
        for (String[] c : cards) {
            sb.append("<article class=\"card\"><div class=\"kind\">").append(Html.text(c[0]))
                    .append("</div><h3>").append(Html.text(c[1])).append("</h3><p>")
                    .append(Html.text(c[2])).append("</p><p class=\"todo\"><b>What to do:</b> ")
                    .append(Html.text(c[3])).append("</p></article>");
        }
        sb.append("</div></section>\n");
    }

    static String clusterAdvice(Finding f) {
        String t = f.timeout();
        if (f.success == null) {
            return "Compare " + t + " with the timeouts of this endpoint's clients; set the"
                    + " client's timeout above how long the endpoint takes, or make it faster.";
        }
        String p95 = Finding.seconds(f.success.quantile(0.95));
        if (f.successSlowerShare <= 0) {
            return "These requests took longer than every successful one: find what held them"
                    + " (a stuck upstream, a lock, a queue); the clients' " + t + " timeout only"
                    + " shows where they stopped waiting.";
        }
        if (f.successSlowerShare >= 1) {
            return "The clients' " + t + " timeout is shorter than this endpoint ever answers:"
                    + " raise it above the p95 (" + p95 + "), or make the endpoint answer sooner"
                    + " (202 Accepted and poll for long work).";
        }
        return "Raise the clients' " + t + " timeout above the endpoint's p95 (" + p95
                + ") and below the proxy's own timeout, or make the endpoint faster, or answer"
                + " 202 Accepted and let the client poll; do not retry these at once, the"
                + " server may still be working on the first.";
    }

    private static void endpoints(StringBuilder sb, LogReport r) {
        if (r.findings.isEmpty()) {
            return;
        }
        LogAnalysis a = r.analysis;
        sb.append("<section id=\"endpoints\"><h2>Clients that gave up, by endpoint</h2>")
                .append("<p class=\"legend\"><svg class=\"key\" viewBox=\"0 0 16 9\""
                        + " aria-hidden=\"true\" focusable=\"false\">"
                        + "<g class=\"done\"><rect width=\"16\" height=\"9\"/></g></svg>"
                        + " completed (2xx/3xx), solid; <svg class=\"key\" viewBox=\"0 0 16 9\""
                        + " aria-hidden=\"true\" focusable=\"false\">"
                        + "<g class=\"gone\"><rect width=\"16\" height=\"9\"/></g></svg>"
                        + " gave up, hatched and outlined; bar height: share of its own series;"
                        + " shaded: the successful requests the clients' timeout cuts off;"
                        + " dotted: the proxy's documented default timeout.</p>");
        List<Finding> rest = new ArrayList<>();
        List<String> timelines = new ArrayList<>();
        int full = 0;
        for (Finding f : r.findings) {
            if (f.durations == null || full >= FULL) {
                rest.add(f);
                continue;
            }
            full++;
            sb.append("<figure class=\"finding\"><h3>").append(Html.text(f.endpoint))
                    .append(" — ").append(Html.text(LogReport.n(f.count) + " × " + f.label))
                    .append("</h3><figure class=\"chart\">")
                    .append(DurationChart.svg(f, ProxyTimeouts.of(f.vendor, a.formats)))
                    .append("<figcaption><span class=\"summary\">")
                    .append(Html.text(DurationChart.summary(f))).append("</span> ")
                    .append(Html.text(upper(f.sentence) + "."));
            if (f.afterBackendAnswered > 0) {
                sb.append(' ').append(Html.text(LogReport.n(f.afterBackendAnswered)
                        + " of these came after the backend had answered: work done and thrown"
                        + " away."));
            }
            sb.append("</figcaption></figure>");
            if (a.timeline != null && f.timeline != null && !timelines.contains(f.endpoint)) {
                timelines.add(f.endpoint);
                sb.append("<figure class=\"chart\">")
                        .append(TimelineChart.svg(a.timeline, f.timeline, f.endpoint))
                        .append("<figcaption class=\"summary time\">")
                        .append(Html.text(TimelineChart.summary(a.timeline, f.timeline)))
                        .append("</figcaption></figure>");
            } else if (a.timeline != null && f.timeline == null) {
                sb.append("<p class=\"note\">").append(Html.text("Over time: not kept for this"
                        + " endpoint (the heap holds the timelines of the first "
                        + LogReport.n(a.timeline.maxRows()) + " endpoints).")).append("</p>");
            }
            sb.append("</figure>\n");
        }
        if (!rest.isEmpty()) {
            sb.append("<h3>").append(rest.size()).append(" more</h3>")
                    .append("<input class=\"filter\" type=\"search\" data-for=\"more\" hidden"
                            + " placeholder=\"filter endpoints\" aria-label=\"filter endpoints\">")
                    .append("<table id=\"more\" class=\"sortable\"><thead><tr><th>Endpoint</th>"
                            + "<th>Give-ups</th><th class=\"n\">Count</th><th class=\"n\">"
                            + "Cluster</th><th class=\"n\">p50 ok</th><th class=\"n\">p95 ok</th>"
                            + "<th class=\"n\">Cut off</th><th class=\"n\">After answer</th>"
                            + "</tr></thead><tbody>");
            for (Finding f : rest) {
                sb.append("<tr><td>").append(Html.text(f.endpoint)).append("</td><td>")
                        .append(Html.text(f.label)).append("</td>");
                num(sb, f.count, LogReport.n(f.count));
                num(sb, f.cluster == null ? -1 : f.cluster.centerMillis,
                        f.cluster == null ? "–" : Finding.seconds(f.cluster.centerMillis));
                double p50 = f.success == null ? -1 : f.success.quantile(0.5);
                double p95 = f.success == null ? -1 : f.success.quantile(0.95);
                num(sb, p50, p50 < 0 ? "–" : Finding.seconds(p50));
                num(sb, p95, p95 < 0 ? "–" : Finding.seconds(p95));
                num(sb, f.successSlowerShare, f.successSlowerShare < 0 ? "–"
                        : Finding.percent(f.successSlowerShare));
                num(sb, f.afterBackendAnswered, LogReport.n(f.afterBackendAnswered));
                sb.append("</tr>");
            }
            sb.append("</tbody></table>");
        }
        sb.append("</section>\n");
    }

    private static void codes(StringBuilder sb, LogReport r) {
        sb.append("<section id=\"codes\"><h2>Status codes</h2>")
                .append("<table id=\"codes-table\" class=\"sortable\"><thead><tr>"
                        + "<th class=\"n\">Code</th><th>Meaning</th><th class=\"n\">Count</th>"
                        + "<th class=\"n\">Share</th><th>Vendor</th><th>Log-only</th>"
                        + "<th>Retryable</th><th class=\"n\">Retryable for their method</th>"
                        + "</tr></thead><tbody>");
        for (LogReport.CodeRow row : r.codes) {
            StatusCode c = row.meaning;
            sb.append("<tr>");
            num(sb, c.code(), Integer.toString(c.code()));
            sb.append("<td>").append(Html.text(c.reasonPhrase())).append("</td>");
            num(sb, row.count, LogReport.n(row.count));
            num(sb, r.share(row.count), Finding.percent(r.share(row.count)));
            sb.append("<td>").append(Html.text(c.isRegistered() ? c.vendor().displayName()
                    : "unregistered")).append("</td><td>").append(c.isLogOnly() ? "log-only" : "")
                    .append("</td><td>").append(Html.text((c.isRetryable() ? "yes" : "no") + " ("
                            + c.retryability() + ")")).append("</td>");
            num(sb, row.retryable, LogReport.n(row.retryable));
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        LogAnalysis a = r.analysis;
        if (!a.noStatus.isEmpty()) {
            sb.append("<h3>Lines without a status code</h3><table id=\"nostatus\""
                    + " class=\"sortable\"><thead><tr><th>What the proxy logged</th>"
                    + "<th class=\"n\">Count</th><th class=\"n\">Share</th></tr></thead><tbody>");
            for (LogAnalysis.NoStatus ns : a.noStatus) {
                sb.append("<tr><td>").append(Html.text(LogReport.noStatusLabel(ns)))
                        .append("</td>");
                num(sb, ns.count, LogReport.n(ns.count));
                num(sb, r.share(ns.count), Finding.percent(r.share(ns.count)));
                sb.append("</tr>");
            }
            sb.append("</tbody></table>");
        }
        sb.append("</section>\n");
    }

    private static void serverErrors(StringBuilder sb, LogReport r) {
        LogAnalysis a = r.analysis;
        sb.append("<section id=\"server-errors\"><h2>5xx by origin</h2>");
        if (a.serverErrors == 0) {
            sb.append("<p class=\"summary\">No 5xx in the log.</p></section>\n");
            return;
        }
        sb.append("<figure>").append(OriginChart.svg(r))
                .append("<figcaption class=\"summary\">").append(Html.text(OriginChart.summary(r)))
                .append("</figcaption></figure></section>\n");
    }

    private static void dt(StringBuilder sb, String term, String value) {
        sb.append("<dt>").append(term).append("</dt><dd>").append(Html.text(value))
                .append("</dd>");
    }

    private static void num(StringBuilder sb, double value, String shown) {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6g", value);
        sb.append("<td class=\"n\" data-v=\"").append(v)
                .append("\">").append(Html.text(shown)).append("</td>");
    }

    static String utc(long millis) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(millis));
    }

    private static String upper(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
