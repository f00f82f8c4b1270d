package io.github.statuscodes.cli;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * {@code statuscodes logs [options] FILE...}: reads access logs (plain or gzip, {@code -} for
 * standard input), each file in its own format, and explains the codes in them. Exit status 0,
 * or 2 with one line on stderr for bad options, an unreadable file, a format it cannot recognise
 * or a file none of whose lines parse. Stateless.
 */
final class LogsCommand {
    static final String HELP = String.join(System.lineSeparator(),
            "Usage: java -jar statuscodes-cli-VERSION.jar logs [options] FILE...",
            "Reads access logs of nginx, Kubernetes ingress-nginx, the AWS Application Load",
            "Balancer, HAProxy, Traefik, Caddy, Envoy and Istio, Amazon CloudFront, Google",
            "Cloud load balancers, Azure Application Gateway or IIS (plain or .gz; - for",
            "standard input; each file's format detected on its own) and explains the status",
            "codes in them and the proxy's own signals: what each means and who defines it,",
            "where clients gave up and at which duration, work the backend did for a client",
            "that had left, where 5xx came from and how many a client would retry.",
            "",
            "Options:",
            "  --format NAME        the format of every FILE, instead of detecting it:",
            "                       alb; timed (nginx, the format below); combined (nginx's",
            "                       default, no durations); combined-times (combined",
            "                       followed by $request_time [$upstream_response_time",
            "                       [$upstream_status]]); upstreaminfo (ingress-nginx's",
            "                       default); haproxy (option httplog, with or without a",
            "                       syslog prefix); traefik (its default common format);",
            "                       traefik-json; caddy (JSON); envoy, istio (default text",
            "                       formats); envoy-json; cloudfront; gcp-lb; azure-appgw;",
            "                       iis (W3C)",
            "  --caddy-duration U   the unit of number durations in Caddy logs, as the",
            "                       logger's duration_format sets it: s (the default), ms or",
            "                       ns (strings such as \"1.5ms\" are read whatever U is)",
            "  --log-format STRING  any nginx log_format string, e.g.",
            "                       '$remote_addr [$time_local] \"$request\" $status",
            "                       $request_time'",
            "  --max-endpoints N    endpoints kept apart (default 300, at most 100000); the",
            "                       rest count as one. Each takes up to "
                    + Endpoint.MAX_BYTES / 1024 + " KB of heap:",
            "                       N is lowered to what half the heap beyond "
                    + (Endpoints.RESERVED_BYTES >> 20) + " MB",
            "                       holds (java -Xmx... for more)",
            "  --json               print JSON instead of text",
            "  --html FILE          also write the report as one self-contained HTML page:",
            "                       durations per endpoint, give-ups over time, codes, 5xx",
            "  --athena             print the same analysis as SQL for Amazon Athena over",
            "                       the table AWS documents for ALB logs, or with --format",
            "                       cloudfront for CloudFront standard logs (reads no FILE)",
            "  --table NAME         the table for --athena (default alb_access_logs, or",
            "                       cloudfront_standard_logs)",
            "  -h, --help           print this help",
            "",
            "nginx logs no durations by default; these lines in its http block log them in",
            "the timed format:",
            "  " + String.join(System.lineSeparator() + "  ", LogFormat.RECOMMENDED_NGINX),
            "",
            "Exit status: 0 on success; 1 when a .gz file ends early or is damaged (the",
            "report covers what was read, and stderr names the file); 2 on bad input,",
            "including a FILE none of whose lines parse in its format (stderr names the",
            "fields of an nginx format that never held a value of their kind; otherwise,",
            "and for every other format, it shows the file's first line).");
    static final int DEFAULT_MAX_ENDPOINTS = 300;
    /** Exit status when a compressed file ended early or was damaged: the report is partial. */
    static final int CUT_SHORT = 1;

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
                    + " cloudfront logs, not " + Printable.quote(format.name()));
        }
        out.println(String.join(System.lineSeparator() + System.lineSeparator(), sql));
        return CommandLine.OK;
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
            boolean progress) {
        LogFormat format = null;
        String logFormat = null; // the log_format string of an nginx format the user named
        boolean json = false;
        String html = null;
        boolean athena = false;
        String table = null;
        int maxEndpoints = DEFAULT_MAX_ENDPOINTS;
        CaddyJsonFormat caddy = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.startsWith("--") && a.indexOf('=') > 0) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            boolean takesValue = a.equals("--format") || a.equals("--log-format")
                    || a.equals("--max-endpoints") || a.equals("--table") || a.equals("--html")
                    || a.equals("--caddy-duration");
            if (takesValue && value == null) {
                if (i + 1 >= args.length) {
                    return CommandLine.fail(err, a + " needs a value");
                }
                value = args[++i];
                if (a.equals("--html") && value.startsWith("-") && !value.equals("-")) {
                    return CommandLine.fail(err, "--html takes the file to write, not the option "
                            + Printable.quote(value) + ", e.g. --html report.html");
                }
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
                if (value.equals("-")) {
                    return CommandLine.fail(err, "--html writes a file, not standard output;"
                            + " give a file name, e.g. --html report.html");
                }
                html = value;
            } else if (a.equals("--athena")) {
                athena = true;
            } else if ((a.equals("--format") || a.equals("--log-format")) && format != null) {
                return CommandLine.fail(err, "give one of --format and --log-format, once");
            } else if (a.equals("--format")) {
                format = LogFormat.named(value);
                logFormat = CheckedNginxFormat.logFormatOf(value);
                if (format == null) {
                    return CommandLine.fail(err, "unknown log format " + Printable.quote(value)
                            + "; give " + LogFormat.names() + ", or --log-format '...'");
                }
            } else if (a.equals("--log-format")) {
                try {
                    format = NginxFormat.compile("log_format", value);
                    logFormat = value;
                } catch (IllegalArgumentException e) {
                    return CommandLine.fail(err, e.getMessage());
                }
            } else if (a.equals("--caddy-duration")) {
                caddy = CaddyJsonFormat.withUnit(value);
                if (caddy == null) {
                    return CommandLine.fail(err, "--caddy-duration takes the unit of Caddy's"
                            + " duration_format: " + CaddyJsonFormat.UNITS + ", not "
                            + Printable.quote(value));
                }
            } else if (a.equals("--max-endpoints")) {
                maxEndpoints = positive(value);
                if (maxEndpoints < 0) {
                    return CommandLine.fail(err, "--max-endpoints takes a number from 1 to"
                            + " 100000, not " + Printable.quote(value));
                }
            } else if (a.equals("--table")) {
                if (!value.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
                    return CommandLine.fail(err, "--table takes a table name such as"
                            + " alb_access_logs or mydb.alb_logs, not " + Printable.quote(value));
                }
                table = value;
            } else if (a.startsWith("-") && !a.equals("-")) {
                return CommandLine.fail(err, "unknown option " + Printable.quote(a)
                        + " for logs");
            } else if (a.isEmpty()) {
                return CommandLine.fail(err, "an empty FILE name; give a file, or - for"
                        + " standard input");
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
                    + " no file; drop " + Printable.quote(files.get(0)) + ", or drop --athena to"
                    + " read it here");
        }
        if (athena) {
            return athena(format, table, out, err);
        }
        if (files.isEmpty()) {
            return CommandLine.fail(err, "logs needs a FILE (or - for standard input), e.g."
                    + " java -jar statuscodes-cli-VERSION.jar logs access.log");
        }
        String target = html == null ? null : HtmlTarget.problem(html, files);
        if (target != null) {
            return CommandLine.fail(err, target);
        }
        LogAnalysis analysis;
        LogReader reader;
        try {
            analysis = new LogAnalysis(maxEndpoints, html != null);
            reader = new LogReader(progress ? err : null);
        } catch (OutOfMemoryError e) {
            return CommandLine.fail(err, outOfMemory("the first file"));
        }
        boolean cutShort = false;
        for (String file : files) {
            String source = file.equals("-") ? "(stdin)" : file;
            long linesBefore = analysis.lines;
            long headersBefore = analysis.headers;
            long parsedBefore = analysis.parsed;
            long blankBefore = analysis.blankUnparsed;
            NginxFieldCheck check = logFormat == null ? null : NginxFieldCheck.of(logFormat);
            LogFormat fileFormat = format;
            boolean started = false;
            String cut = null; // how a compressed file ended early, or null
            try (InputStream raw = file.equals("-") ? nonClosing(stdin)
                    : Files.newInputStream(Path.of(file))) {
                InputStream opened = LogReader.open(raw);
                GzipInput gzip = opened instanceof GzipInput ? (GzipInput) opened : null;
                BufferedInputStream in = new BufferedInputStream(opened,
                        FormatDetection.SAMPLE_BYTES * 2);
                if (fileFormat == null) {
                    if (gzip != null) {
                        gzip.quiet = true; // detect from the lines before a cut
                    }
                    List<LogFormat> found = FormatDetection.detect(in);
                    if (gzip != null) {
                        gzip.quiet = false;
                    }
                    if (found.isEmpty()) {
                        return CommandLine.fail(err, "cannot tell the format of "
                                + Printable.quote(file) + ": its first "
                                + FormatDetection.SAMPLE_LINES + " lines (those under "
                                + FormatDetection.SAMPLE_BYTES / 1024 + " KB, in the first "
                                + (FormatDetection.SCAN_BYTES >> 20) + " MB) are none of "
                                + LogFormat.names() + "; give --format or --log-format '...'");
                    }
                    if (found.size() > 1) {
                        List<String> names = new ArrayList<>();
                        for (LogFormat f : found) {
                            names.add(f.name());
                        }
                        return CommandLine.fail(err, "cannot tell the format of "
                                + Printable.quote(file) + ": its first lines read equally well as "
                                + String.join(" and ", names) + "; give --format "
                                + names.get(0) + " (or another)");
                    }
                    fileFormat = found.get(0);
                }
                if (caddy != null && fileFormat instanceof CaddyJsonFormat) {
                    fileFormat = caddy;
                }
                if (check != null) {
                    fileFormat = new CheckedNginxFormat(fileFormat, check);
                }
                analysis.startSource(source, fileFormat);
                started = true;
                reader.read(in, source, analysis);
            } catch (NoSuchFileException e) {
                return CommandLine.fail(err, "no such file: " + Printable.quote(file));
            } catch (EOFException | ZipException e) {
                // a gzip cut short or damaged: report what was read, and say so (below)
                cut = e instanceof EOFException ? "compressed data ends early"
                        : "damaged gzip data (" + Printable.of(String.valueOf(e.getMessage()))
                                + ")";
                if (!started) {
                    analysis.startSource(source, new EmptyLog());
                }
            } catch (AccessDeniedException e) {
                return CommandLine.fail(err, "cannot read " + Printable.quote(file)
                        + ": permission denied");
            } catch (FileSystemException e) {
                return CommandLine.fail(err, "cannot read " + Printable.quote(file) + ": "
                        + Printable.of(e.getReason() == null ? e.getClass().getSimpleName()
                                : e.getReason()));
            } catch (IOException | RuntimeException e) {
                return CommandLine.fail(err, "cannot read " + Printable.quote(file) + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                                : ": " + Printable.of(e.getMessage())));
            } catch (OutOfMemoryError e) {
                analysis = null; // let the heap go before the message
                return CommandLine.fail(err, outOfMemory(Printable.quote(file)));
            }
            List<String> never = check == null ? List.of() : check.neverParsed();
            for (String problem : never) {
                analysis.neverParsed.add(source + ": " + problem);
            }
            long read = analysis.lines - linesBefore - (analysis.headers - headersBefore)
                    - (analysis.blankUnparsed - blankBefore);
            if (read > 0 && analysis.parsed == parsedBefore) {
                return CommandLine.fail(err, nothingParsed(file, fileFormat, read, never, check,
                        analysis.firstUnparsed, cut));
            }
            if (cut != null) {
                String note = Printable.of(source) + ": " + cut + " after "
                        + (analysis.lines - linesBefore) + " lines";
                analysis.cutShort.add(note);
                err.println("statuscodes: " + note + "; the report covers what was read");
                cutShort = true;
            }
        }
        LogReport report = new LogReport(analysis);
        if (html != null) {
            try {
                HtmlTarget.write(html, LogReportHtml.render(report));
            } catch (IOException | java.nio.file.InvalidPathException e) {
                return CommandLine.fail(err, "cannot write " + Printable.quote(html) + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                                : ": " + Printable.of(e.getMessage())));
            }
        }
        if (json) {
            LogReportJson.print(report, out);
        } else {
            report.printText(out);
        }
        return cutShort ? CUT_SHORT : CommandLine.OK;
    }

    /**
     * The one line for a file none of whose lines parse: the fields that never held a value of
     * their kind when the format is an nginx one the user named, else the first line; and how
     * its compressed data ended early ({@code cut}), if it did.
     */
    private static String nothingParsed(String file, LogFormat format, long lines,
            List<String> never, NginxFieldCheck check, String first, String cut) {
        StringBuilder sb = new StringBuilder("no line of ").append(Printable.quote(file))
                .append(" parses as format ").append(format == null ? "none" : format.name())
                .append(" (")
                .append(lines).append(lines == 1 ? " line" : " lines")
                .append(cut == null ? ")" : ", then " + cut + ")");
        if (!never.isEmpty()) {
            sb.append(": ").append(String.join("; ", never));
        } else if (check != null) {
            sb.append(": its lines do not have the layout of the format (the text between its"
                    + " variables)");
        }
        if (never.isEmpty() && first != null) {
            sb.append("; the first: ").append(first);
        }
        return sb.append(check != null ? "; give the log_format line of the nginx"
                + " configuration that wrote it"
                : "; give the --format or --log-format that wrote it, or no --format to detect"
                        + " it").toString();
    }

    private static String outOfMemory(String what) {
        return "out of memory reading " + what + " with "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap; give java -Xmx..."
                + " more, or a smaller --max-endpoints";
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
