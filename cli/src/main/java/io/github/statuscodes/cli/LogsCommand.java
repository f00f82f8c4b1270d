package io.github.statuscodes.cli;

import io.github.statuscodes.internal.Checks;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code statuscodes logs [options] FILE...}: reads access logs (plain or gzip, {@code -} for
 * standard input), each file in its own format, and explains the codes in them. Exit status 0,
 * or 2 with one line
 * on stderr for bad options, an unreadable file or a format it cannot recognise. Stateless.
 */
final class LogsCommand {
    static final String HELP = String.join(System.lineSeparator(),
            "Usage: java -jar statuscodes-cli.jar logs [options] FILE...",
            "Reads access logs of nginx, Kubernetes ingress-nginx, the AWS Application Load",
            "Balancer, HAProxy, Traefik, Caddy, Envoy and Istio, Amazon CloudFront, Google",
            "Cloud load balancers, Azure Application Gateway or IIS (plain or .gz; - for",
            "standard input; each file's format detected on its own) and explains the status",
            "codes in them and the proxy's own signals: what each means and who defines it,",
            "where clients gave up and at which duration, work the backend did for a client that",
            "had left, where 5xx came from and how many a client would retry.",
            "",
            "Options:",
            "  --format NAME        the format of every FILE, instead of detecting it:",
            "                       alb; timed (nginx, the format below); combined (nginx's",
            "                       default, no durations); combined-times (combined followed by",
            "                       $request_time [$upstream_response_time [$upstream_status]]);",
            "                       upstreaminfo (ingress-nginx's default); haproxy (option",
            "                       httplog, with or without a syslog prefix); traefik (its",
            "                       default common format); traefik-json; caddy (JSON); envoy,",
            "                       istio (default text formats); envoy-json; cloudfront;",
            "                       gcp-lb; azure-appgw; iis (W3C)",
            "  --log-format STRING  any nginx log_format string, e.g. '$remote_addr [$time_local]",
            "                       \"$request\" $status $request_time'",
            "  --max-endpoints N    endpoints kept apart (default 300, at most 100000); the rest",
            "                       count as one. Each takes up to "
                    + Endpoint.MAX_BYTES / 1024 + " KB of heap: N is lowered",
            "                       to what half the heap holds (java -Xmx... for more)",
            "  --json               print JSON instead of text",
            "  --html FILE          also write the report as one self-contained HTML page:",
            "                       durations per endpoint, give-ups over time, codes, 5xx",
            "  --athena             print the same analysis as SQL for Amazon Athena over the",
            "                       table AWS documents for ALB logs, or with --format cloudfront",
            "                       for CloudFront standard logs (reads no FILE)",
            "  --table NAME         the table for --athena (default alb_access_logs, or",
            "                       cloudfront_standard_logs)",
            "  -h, --help           print this help",
            "",
            "nginx logs no durations by default; these lines in its http block log them in the",
            "timed format:",
            "  " + String.join(System.lineSeparator() + "  ", LogFormat.RECOMMENDED_NGINX),
            "",
            "Exit status: 0 on success, 2 on bad input.");
    static final int DEFAULT_MAX_ENDPOINTS = 300;
    private static final int SAMPLE_BYTES = 1 << 16;
    private static final int SAMPLE_LINES = 50;

    private LogsCommand() {
    }

    private static int athena(LogFormat format, String table, PrintStream out, PrintStream err) {
        List<String> sql;
        if (format == null || format.name().equals("alb")) {
            sql = AthenaSql.statements(table == null ? "alb_access_logs" : table);
        } else if (format.name().equals("cloudfront")) {
            sql = AthenaCloudFrontSql.statements(table == null ? AthenaCloudFrontSql.TABLE : table);
        } else {
            return CommandLine.fail(err, "--athena knows the tables AWS documents for alb and"
                    + " cloudfront logs, not " + Checks.quote(format.name()));
        }
        out.println(String.join(System.lineSeparator() + System.lineSeparator(), sql));
        return CommandLine.OK;
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
            boolean progress) {
        LogFormat format = null;
        boolean json = false;
        String html = null;
        boolean athena = false;
        String table = null;
        int maxEndpoints = DEFAULT_MAX_ENDPOINTS;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.startsWith("--") && a.indexOf('=') > 0) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            boolean takesValue = a.equals("--format") || a.equals("--log-format")
                    || a.equals("--max-endpoints") || a.equals("--table") || a.equals("--html");
            if (takesValue && value == null) {
                if (i + 1 >= args.length) {
                    return CommandLine.fail(err, a + " needs a value");
                }
                value = args[++i];
            }
            if (a.equals("-h") || a.equals("--help")) {
                out.println(HELP);
                return CommandLine.OK;
            } else if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--html")) {
                if (value.isEmpty()) {
                    return CommandLine.fail(err, "--html takes the file to write, e.g."
                            + " --html report.html");
                }
                html = value;
            } else if (a.equals("--athena")) {
                athena = true;
            } else if (a.equals("--format")) {
                format = LogFormat.named(value);
                if (format == null) {
                    return CommandLine.fail(err, "unknown log format " + Checks.quote(value)
                            + "; give " + LogFormat.names() + ", or --log-format '...'");
                }
            } else if (a.equals("--log-format")) {
                try {
                    format = NginxFormat.compile("log_format", value);
                } catch (IllegalArgumentException e) {
                    return CommandLine.fail(err, e.getMessage());
                }
            } else if (a.equals("--max-endpoints")) {
                maxEndpoints = positive(value);
                if (maxEndpoints < 0) {
                    return CommandLine.fail(err, "--max-endpoints takes a number from 1 to"
                            + " 100000, not " + Checks.quote(value));
                }
            } else if (a.equals("--table")) {
                if (!value.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
                    return CommandLine.fail(err, "--table takes a table name such as"
                            + " alb_access_logs or mydb.alb_logs, not " + Checks.quote(value));
                }
                table = value;
            } else if (a.startsWith("-") && !a.equals("-")) {
                return CommandLine.fail(err, "unknown option " + Checks.quote(a)
                        + " for logs");
            } else {
                files.add(a);
            }
        }
        if (athena && html != null) {
            return CommandLine.fail(err, "--athena prints SQL and reads no log, so there is no"
                    + " report for --html; drop one of them");
        }
        if (athena && !files.isEmpty()) {
            return CommandLine.fail(err, "--athena prints SQL to run in Amazon Athena and reads"
                    + " no file; drop " + Checks.quote(files.get(0)) + ", or drop --athena to"
                    + " read it here");
        }
        if (athena) {
            return athena(format, table, out, err);
        }
        if (files.isEmpty()) {
            return CommandLine.fail(err, "logs needs a FILE (or - for standard input), e.g."
                    + " java -jar statuscodes-cli.jar logs access.log");
        }
        LogAnalysis analysis = new LogAnalysis(maxEndpoints, html != null);
        LogReader reader = new LogReader(progress ? err : null);
        for (String file : files) {
            String source = file.equals("-") ? "(stdin)" : file;
            try (InputStream raw = file.equals("-") ? nonClosing(stdin)
                    : Files.newInputStream(Path.of(file))) {
                BufferedInputStream in = new BufferedInputStream(LogReader.open(raw),
                        SAMPLE_BYTES * 2);
                LogFormat fileFormat = format;
                if (fileFormat == null) {
                    List<LogFormat> found = detect(in);
                    if (found.isEmpty()) {
                        return CommandLine.fail(err, "cannot tell the format of "
                                + Checks.quote(file) + ": its first lines are none of "
                                + LogFormat.names() + "; give --format or --log-format '...'");
                    }
                    if (found.size() > 1) {
                        List<String> names = new ArrayList<>();
                        for (LogFormat f : found) {
                            names.add(f.name());
                        }
                        return CommandLine.fail(err, "cannot tell the format of "
                                + Checks.quote(file) + ": its first lines read equally well as "
                                + String.join(" and ", names) + "; give --format "
                                + names.get(0) + " (or another)");
                    }
                    fileFormat = found.get(0);
                }
                analysis.startSource(source, fileFormat);
                reader.read(in, source, analysis);
            } catch (NoSuchFileException e) {
                return CommandLine.fail(err, "no such file: " + Checks.quote(file));
            } catch (IOException | RuntimeException e) {
                return CommandLine.fail(err, "cannot read " + Checks.quote(file) + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                                : ": " + e.getMessage().replace('\n', ' ')));
            } catch (OutOfMemoryError e) {
                analysis = null; // let the heap go before the message
                return CommandLine.fail(err, "out of memory reading " + Checks.quote(file)
                        + " with " + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap;"
                        + " give java -Xmx... more, or a smaller --max-endpoints");
            }
        }
        LogReport report = new LogReport(analysis);
        if (html != null) {
            try {
                Files.writeString(Path.of(html), LogReportHtml.render(report),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException | java.nio.file.InvalidPathException e) {
                return CommandLine.fail(err, "cannot write " + Checks.quote(html) + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                                : ": " + e.getMessage().replace('\n', ' ')));
            }
        }
        if (json) {
            LogReportJson.print(report, out);
        } else {
            report.printText(out);
        }
        return CommandLine.OK;
    }

    /**
     * The candidates that read the most of the first lines (a recognised header line counts as
     * read): one when the format is clear, several when it is ambiguous, none when no candidate
     * reads any line. An empty log is read by any format, so the first is taken.
     */
    static List<LogFormat> detect(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE_BYTES + 1);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        LogFormat[] candidates = LogFormat.candidates();
        int[] hits = new int[candidates.length];
        LogLine line = new LogLine();
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= sample.length && lines < SAMPLE_LINES; i++) {
            if (i < sample.length && sample[i] != '\n') {
                continue;
            }
            if (i == sample.length && sample.length == SAMPLE_BYTES) {
                break; // a cut line
            }
            int end = i > start && sample[i - 1] == '\r' ? i - 1 : i;
            if (end > start) {
                lines++;
                for (int c = 0; c < candidates.length; c++) {
                    LogFormat header = candidates[c].header(sample, start, end);
                    if (header != null) {
                        if (header != candidates[c]) { // a shared directive tells no format
                            hits[c]++;
                        }
                        candidates[c] = header;
                    } else if (candidates[c].parse(sample, start, end, line)) {
                        hits[c]++;
                    }
                }
            }
            start = i + 1;
        }
        List<LogFormat> best = new ArrayList<>();
        if (lines == 0) {
            best.add(candidates[0]); // empty: nothing to tell; any will do
            return best;
        }
        int most = 0;
        for (int h : hits) {
            most = Math.max(most, h);
        }
        for (int c = 0; c < candidates.length && most > 0; c++) {
            if (hits[c] == most) {
                best.add(candidates[c]);
            }
        }
        return best;
    }

    private static int positive(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= 100_000 ? n : -1;
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open
            }
        };
    }
}
