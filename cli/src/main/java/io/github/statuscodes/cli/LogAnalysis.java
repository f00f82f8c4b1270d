package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The running analysis of one or more access logs in one format: counts per status code (and per
 * method, for the retry rules), per endpoint, and where 5xx came from. Its size depends on the
 * number of codes and endpoints (capped), never on the number of lines. Not thread-safe.
 */
final class LogAnalysis {
    /** Methods counted apart, for the registry's idempotency rule; anything else is "OTHER". */
    static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE",
            "PATCH", "CONNECT", "OTHER"};
    static final int MAX_EXAMPLES = 5;
    private static final int MAX_EXAMPLE_CHARS = 160;

    final LogFormat format;
    /** The format reading the current source: {@link #format}, or what a header made of it. */
    LogFormat current;
    final List<String> sources = new ArrayList<>();
    final long[][] byCodeAndMethod = new long[1000][METHODS.length];
    final long[] byCode = new long[1000];
    final Endpoints endpoints;
    long lines;
    long parsed;
    long unparsed;
    /** Header lines ({@link LogFormat#header}): neither parsed nor unparsed. */
    long headers;
    /** Parsed lines that log no status code (their signal tells what happened). */
    long withoutStatus;
    final List<String> unparsedExamples = new ArrayList<>();
    long withDuration;
    long serverErrors;
    long serverErrorsFromProxy;
    long serverErrorsFromBackend;

    LogAnalysis(LogFormat format, int maxEndpoints) {
        this.format = format;
        this.current = format;
        this.endpoints = new Endpoints(maxEndpoints);
    }

    /** Takes one line (without its line break); {@code lineNumber} counts from 1 per source. */
    void accept(byte[] b, int from, int to, LogLine line, String source, long lineNumber) {
        lines++;
        LogFormat header = current.header(b, from, to);
        if (header != null) {
            current = header;
            headers++;
            return;
        }
        if (!current.parse(b, from, to, line)) {
            unparsed++;
            if (unparsedExamples.size() < MAX_EXAMPLES) {
                unparsedExamples.add(source + ":" + lineNumber + ": " + example(b, from, to));
            }
            return;
        }
        parsed++;
        int status = line.status;
        if (status >= 100 && status <= 999) {
            byCode[status]++;
            byCodeAndMethod[status][method(b, line.methodFrom, line.methodTo)]++;
        } else {
            withoutStatus++;
        }
        if (line.durationMillis >= 0) {
            withDuration++;
        }
        if (status >= 500 && status < 600) {
            serverErrors++;
            if (line.backendStatus == 0 || line.backendStatus > 0 && line.backendStatus != status) {
                serverErrorsFromProxy++;
            } else if (line.backendStatus == status) {
                serverErrorsFromBackend++;
            }
        }
        endpoints.of(b, line).add(line);
    }

    /** A line too long for the buffer: counted as not parsed. */
    void acceptTooLong(String source, long lineNumber, int maxBytes) {
        lines++;
        unparsed++;
        if (unparsedExamples.size() < MAX_EXAMPLES) {
            unparsedExamples.add(source + ":" + lineNumber + ": (longer than " + maxBytes
                    + " bytes)");
        }
    }

    static int method(byte[] b, int from, int to) {
        int n = to - from;
        for (int m = 0; m < METHODS.length - 1; m++) {
            String name = METHODS[m];
            if (name.length() == n) {
                boolean same = true;
                for (int i = 0; i < n && same; i++) {
                    same = b[from + i] == name.charAt(i);
                }
                if (same) {
                    return m;
                }
            }
        }
        return METHODS.length - 1;
    }

    /** The line as printable ASCII: control and non-ASCII bytes as \xHH, cut at 160 chars. */
    static String example(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && sb.length() < MAX_EXAMPLE_CHARS; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 || c >= 0x7f || c == '\\') {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        if (sb.length() >= MAX_EXAMPLE_CHARS && to - from > MAX_EXAMPLE_CHARS) {
            sb.append("...");
        }
        return sb.toString();
    }
}
