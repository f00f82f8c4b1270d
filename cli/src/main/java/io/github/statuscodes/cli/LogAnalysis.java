package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The running analysis of one or more access logs, each file in its own format: counts per
 * status code (per vendor, whose meaning the code has, and per method, for the retry rules),
 * lines without a status by their signal, per endpoint, and where 5xx came from. Its size depends
 * on the number of codes, signals and endpoints (capped), never on the number of lines. Not
 * thread-safe.
 */
final class LogAnalysis {
    /** Methods counted apart, for the registry's idempotency rule; anything else is "OTHER". */
    static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE",
            "PATCH", "CONNECT", "OTHER"};
    static final int MAX_EXAMPLES = 5;
    private static final int MAX_EXAMPLE_CHARS = 160;

    /** Counts per status code of the formats of one vendor. */
    static final class Codes {
        final Vendor vendor;
        final long[][] byCodeAndMethod = new long[1000][METHODS.length];
        final long[] byCode = new long[1000];

        Codes(Vendor vendor) {
            this.vendor = vendor;
        }
    }

    /** Lines that log no status code, by the format's vendor and signal (null for none). */
    static final class NoStatus {
        final Vendor vendor;
        final String signal;
        final boolean clientGaveUp;
        long count;

        NoStatus(Vendor vendor, String signal, boolean clientGaveUp) {
            this.vendor = vendor;
            this.signal = signal;
            this.clientGaveUp = clientGaveUp;
        }
    }

    final List<String> sources = new ArrayList<>();
    /** The format of each source, in the order of {@link #sources}. */
    final List<LogFormat> formats = new ArrayList<>();
    final List<Codes> codes = new ArrayList<>();
    final List<NoStatus> noStatus = new ArrayList<>();
    final Endpoints endpoints;
    /** The format reading the current source, or what a header made of it. */
    LogFormat current;
    private Codes currentCodes;
    long lines;
    long parsed;
    long unparsed;
    /** Header lines ({@link LogFormat#header}): neither parsed nor unparsed. */
    long headers;
    /** Unparsed lines that are empty or spaces only: no format has anything to read in them. */
    long blankUnparsed;
    /** Parsed lines that log no status code (their signal tells what happened). */
    long withoutStatus;
    final List<String> unparsedExamples = new ArrayList<>();
    /** The current source's first non-blank unparsed line, as {@link #example} shows it. */
    String firstUnparsed;
    /** "access.log: $status never held a status code (...)": variables of a format the user
     *  named that never held a value of their kind, per source. */
    final List<String> neverParsed = new ArrayList<>();
    /** Files whose compressed data ended early or was damaged, with the lines read. */
    final List<String> cutShort = new ArrayList<>();
    long withDuration;
    /** Durations over {@link Histogram#MAX}: left out, never merged into the top bucket. */
    long durationsOutOfRange;
    long serverErrors;
    long serverErrorsFromProxy;
    long serverErrorsFromBackend;
    /** Give-ups by the format's rule (not 408), and those after the backend had answered. */
    long clientGaveUp;
    long gaveUpAfterBackendAnswered;
    /** Give-ups whose line logs the backend's status (or that none came). */
    long gaveUpBackendLogged;

    /** Counts over time (for the HTML report), or null when not asked for. */
    final Timeline timeline;

    LogAnalysis(int maxEndpoints) {
        this(maxEndpoints, false);
    }

    /**
     * With {@code timeline}, also counts requests, give-ups and durations over time: for the
     * whole log, and per endpoint for as many endpoints as a quarter of the heap beyond
     * {@link Endpoints#RESERVED_BYTES} holds at {@link Timeline#ROW_BYTES} each. The endpoints'
     * cap is the same with and without it, so the findings are too.
     */
    LogAnalysis(int maxEndpoints, boolean timeline) {
        long heap = Runtime.getRuntime().maxMemory();
        this.timeline = timeline
                ? new Timeline(Timeline.rowsFor((heap - Endpoints.RESERVED_BYTES) / 4)) : null;
        this.endpoints = new Endpoints(maxEndpoints, heap, Endpoint.MAX_BYTES);
    }

    /** An analysis that reads lines of {@code format} without naming a source. */
    LogAnalysis(LogFormat format, int maxEndpoints) {
        this(maxEndpoints);
        use(format);
    }

    /** The next lines come from {@code source}, in {@code format}. */
    void startSource(String source, LogFormat format) {
        sources.add(source);
        formats.add(format);
        firstUnparsed = null;
        use(format);
    }

    private void use(LogFormat format) {
        current = format;
        currentCodes = null;
        for (Codes c : codes) {
            if (c.vendor.equals(format.vendor())) {
                currentCodes = c;
            }
        }
        if (currentCodes == null) {
            currentCodes = new Codes(format.vendor());
            codes.add(currentCodes);
        }
    }

    /** 5xx whose line does not log the backend's status: where they came from is unknown. */
    long serverErrorsOriginNotLogged() {
        return serverErrors - serverErrorsFromBackend - serverErrorsFromProxy;
    }

    /** Whether any source's format logs the backend's own status. */
    boolean hasBackendStatus() {
        for (LogFormat f : formats.isEmpty() ? List.of(current) : formats) {
            if (f.hasBackendStatus()) {
                return true;
            }
        }
        return false;
    }

    /** The one vendor of every source, or null when the sources have several. */
    Vendor vendor() {
        Vendor v = null;
        for (LogFormat f : formats.isEmpty() ? List.of(current) : formats) {
            if (f instanceof EmptyLog) {
                continue; // names no vendor
            }
            if (v == null) {
                v = f.vendor();
            } else if (!f.vendor().equals(v)) {
                return null;
            }
        }
        return v;
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
        line.wantsTime = timeline != null;
        if (!current.parse(b, from, to, line)) {
            unparsed++;
            boolean blank = blank(b, from, to);
            if (blank) {
                blankUnparsed++;
            }
            if (unparsedExamples.size() < MAX_EXAMPLES || firstUnparsed == null && !blank) {
                String example = example(b, from, to);
                if (firstUnparsed == null && !blank) {
                    firstUnparsed = example;
                }
                if (unparsedExamples.size() < MAX_EXAMPLES) {
                    unparsedExamples.add(source + ":" + lineNumber + ": " + example);
                }
            }
            return;
        }
        parsed++;
        int status = line.status;
        if (status >= 100 && status <= 999) {
            currentCodes.byCode[status]++;
            currentCodes.byCodeAndMethod[status][method(b, line.methodFrom, line.methodTo)]++;
        } else {
            line.status = LogLine.NONE;
            withoutStatus++;
            noStatus(line).count++;
        }
        if (line.durationMillis > Histogram.MAX) {
            durationsOutOfRange++;
            line.durationMillis = LogLine.NONE;
        }
        if (line.durationMillis >= 0) {
            withDuration++;
        }
        if (line.clientGaveUp) {
            clientGaveUp++;
            if (line.backendStatus != LogLine.NONE) {
                gaveUpBackendLogged++;
            }
            if (Endpoint.afterBackendAnswered(line)) {
                gaveUpAfterBackendAnswered++;
            }
        }
        if (status >= 500 && status < 600) {
            serverErrors++;
            if (line.backendStatus == status) {
                serverErrorsFromBackend++;
            } else if (line.backendStatus >= 0) {
                serverErrorsFromProxy++;
            } // else the line does not log the backend's status: origin not logged
        }
        Endpoint e = endpoints.of(b, line);
        e.add(line, current.vendor());
        if (timeline != null && line.timeMillis != LogLine.NO_TIME) {
            if (e.timeline == null && !e.noTimeline) {
                e.timeline = timeline.row();
                e.noTimeline = e.timeline == null;
            }
            timeline.add(e.timeline, line.timeMillis, Endpoint.gaveUp(line),
                    Endpoint.succeeded(line) ? line.durationMillis : -1);
        }
    }

    private NoStatus noStatus(LogLine line) {
        Vendor v = current.vendor();
        for (NoStatus n : noStatus) {
            if (Objects.equals(n.signal, line.signal) && n.clientGaveUp == line.clientGaveUp
                    && n.vendor.equals(v)) {
                return n;
            }
        }
        NoStatus n = new NoStatus(v, line.signal, line.clientGaveUp);
        noStatus.add(n);
        return n;
    }

    /** A line too long for the buffer: counted as not parsed. */
    void acceptTooLong(String source, long lineNumber, int maxBytes) {
        lines++;
        unparsed++;
        String example = "(longer than " + maxBytes + " bytes)";
        if (firstUnparsed == null) {
            firstUnparsed = example;
        }
        if (unparsedExamples.size() < MAX_EXAMPLES) {
            unparsedExamples.add(source + ":" + lineNumber + ": " + example);
        }
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
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
