package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An nginx {@code log_format}, compiled into literals and variables. A variable's value ends at
 * the first occurrence of the literal that follows it (nginx escapes {@code "} inside values as
 * {@code \x22}, so a quoted value never holds one); the last literal must end the line. The
 * variables that matter are read, the others skipped. Immutable and thread-safe.
 */
final class NginxFormat extends LogFormat {
    static final int SKIP = 0; // the kinds of variable; NginxFieldCheck checks values by them
    static final int STATUS = 1;
    static final int REQUEST = 2;
    static final int REQUEST_TIME = 3;
    static final int UPSTREAM_RESPONSE_TIME = 4;
    static final int UPSTREAM_STATUS = 5;
    static final int METHOD = 6;
    static final int URI = 7;
    static final int TIME_LOCAL = 8;
    static final int TIME_ISO8601 = 9;
    static final int MSEC = 10;
    /** What {@link #walk} and {@link #read} return for a line that does not parse. */
    private static final long REJECTED = -2;

    private static final byte[] QUOTE = {'"'};
    /** nginx's own code for a client that closed the connection before the response. */
    private static final int CLIENT_CLOSED_REQUEST = 499;

    /** For each token: a literal's bytes, or null for a variable. */
    private final byte[][] literals;
    /** For each token: what a variable holds (SKIP, STATUS, ...); unused for literals. */
    private final int[] kinds;
    /** For each token: whether a variable may hold a list ({@code 0.5, 1.2}, {@code 1 : 2}). */
    private final boolean[] lists;
    /** For each token: a variable's name ({@code $status}), or null for a literal. */
    private final String[] names;
    /** Whether a timing or upstream status that is neither a value nor "-" rejects the line. */
    private final boolean strict;
    private final String durationFields;

    private NginxFormat(String name, byte[][] literals, int[] kinds, boolean[] lists,
            String[] names, boolean strict) {
        super(name, Vendor.NGINX, uses(literals, kinds, REQUEST_TIME, UPSTREAM_RESPONSE_TIME),
                uses(literals, kinds, UPSTREAM_STATUS, UPSTREAM_STATUS));
        this.literals = literals;
        this.kinds = kinds;
        this.lists = lists;
        this.names = names;
        this.strict = strict;
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            if (literals[i] == null && (kinds[i] == REQUEST_TIME
                    || kinds[i] == UPSTREAM_RESPONSE_TIME)) {
                fields.append(fields.length() == 0 ? "" : " and ").append(kinds[i] == REQUEST_TIME
                        ? "$request_time" : "$upstream_response_time");
            }
        }
        this.durationFields = fields.toString();
    }

    /** Whether a variable of the format holds {@code kind} or {@code other}. */
    private static boolean uses(byte[][] literals, int[] kinds, int kind, int other) {
        for (int i = 0; i < kinds.length; i++) {
            if (literals[i] == null && (kinds[i] == kind || kinds[i] == other)) {
                return true;
            }
        }
        return false;
    }

    /** The variables durations come from ({@code $request_time}), or "" when none. */
    String durationFields() {
        return durationFields;
    }

    /**
     * Compiles a {@code log_format} string.
     *
     * @throws IllegalArgumentException naming the problem when the format has no
     *     {@code $status}, or two variables with nothing between them
     */
    static NginxFormat compile(String name, String format) {
        return compile(name, format, false);
    }

    /**
     * Compiles a {@code log_format} string; a {@code strict} format rejects a line whose
     * {@code $request_time}, {@code $upstream_response_time} or {@code $upstream_status} is
     * neither a value nor {@code -}, so formats that differ only in unlabelled fields at the end
     * of the line are told apart.
     */
    static NginxFormat compile(String name, String format, boolean strict) {
        List<byte[]> literals = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        List<Boolean> lists = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean status = false;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '$') {
                literal.append(c);
                i++;
                continue;
            }
            int start = i + 1;
            int end;
            String var;
            if (start < format.length() && format.charAt(start) == '{') {
                end = format.indexOf('}', start);
                if (end < 0) {
                    throw new IllegalArgumentException("log format: unclosed ${ at index " + i);
                }
                var = format.substring(start + 1, end);
                end++;
            } else {
                end = start;
                while (end < format.length() && isNameChar(format.charAt(end))) {
                    end++;
                }
                var = format.substring(start, end);
            }
            if (var.isEmpty()) {
                literal.append(c);
                i++;
                continue;
            }
            if (literal.length() > 0) {
                literals.add(literal.toString().getBytes(StandardCharsets.UTF_8));
                kinds.add(SKIP);
                lists.add(false);
                names.add(null);
                literal.setLength(0);
            } else if (!kinds.isEmpty() && literals.get(literals.size() - 1) == null) {
                throw new IllegalArgumentException("log format: $" + var + " follows another"
                        + " variable with nothing between them, so their values cannot be told"
                        + " apart; put a space or a quote between them");
            }
            int kind = kind(var);
            status |= kind == STATUS;
            literals.add(null);
            kinds.add(kind);
            lists.add(var.startsWith("upstream_"));
            names.add("$" + var);
            i = end;
        }
        if (literal.length() > 0) {
            literals.add(literal.toString().getBytes(StandardCharsets.UTF_8));
            kinds.add(SKIP);
            lists.add(false);
            names.add(null);
        }
        if (!status) {
            throw new IllegalArgumentException("log format has no $status; the analysis needs"
                    + " it (and $request_time for durations)");
        }
        int[] k = new int[kinds.size()];
        boolean[] l = new boolean[kinds.size()];
        for (int j = 0; j < k.length; j++) {
            k[j] = kinds.get(j);
            l[j] = lists.get(j);
        }
        return new NginxFormat(name, literals.toArray(new byte[0][]), k, l,
                names.toArray(new String[0]), strict);
    }

    /** The number of tokens, literals and variables, in the format's order. */
    int tokens() {
        return names.length;
    }

    /** Token {@code t}'s variable name ({@code $status}), or null for a literal. */
    String variable(int t) {
        return names[t];
    }

    /** What token {@code t} holds ({@link #STATUS}, ...); {@link #SKIP} for a literal. */
    int kind(int t) {
        return literals[t] == null ? kinds[t] : SKIP;
    }

    /**
     * Splits a line as {@link #parse} reads it: {@code starts[t]} and {@code ends[t]} bound
     * variable {@code t}'s value. False when the literals do not match; never throws.
     */
    boolean split(byte[] b, int from, int to, int[] starts, int[] ends) {
        return walk(b, from, to, null, starts, ends) != REJECTED;
    }

    /**
     * Reads a line token by token, for {@link #parse} and {@link #split} alike: each literal must
     * stand where it is expected, each value ends where {@link #valueEnd} says. With a
     * {@code line}, each value is read into it ({@link #read}); without one, its bounds go to
     * {@code starts} and {@code ends}. Returns the upstream response time in milliseconds
     * ({@link LogLine#NONE} for none), or {@link #REJECTED}.
     */
    private long walk(byte[] b, int from, int to, LogLine line, int[] starts, int[] ends) {
        long upstreamTime = LogLine.NONE;
        int p = from;
        int n = literals.length;
        boolean found = false; // the literal at p is known to match: it ended the last value
        for (int t = 0; t < n; t++) {
            byte[] lit = literals[t];
            if (lit != null) {
                if (!found && !matches(b, p, to, lit)) {
                    return REJECTED;
                }
                found = false;
                p += lit.length;
                continue;
            }
            int end = valueEnd(b, p, to, t);
            if (end < 0) {
                return REJECTED;
            }
            found = t + 1 < n;
            if (line == null) {
                starts[t] = p;
                ends[t] = end;
            } else if ((upstreamTime = read(t, b, p, end, line, upstreamTime)) == REJECTED) {
                return REJECTED;
            }
            p = end;
        }
        return p == to ? upstreamTime : REJECTED;
    }

    /**
     * The end of variable {@code t}'s value starting at {@code p}: the next occurrence of the
     * literal after it (past list separators where the variable may hold a list), the start of
     * the last literal where that one ends the line, the line's end after the last token; -1
     * when there is none.
     */
    private int valueEnd(byte[] b, int p, int to, int t) {
        int n = literals.length;
        if (t + 1 == n) {
            return to;
        }
        byte[] next = literals[t + 1];
        if (t + 2 == n) { // the last literal ends the line
            int end = to - next.length;
            return end < p || !matches(b, end, to, next) ? -1 : end;
        }
        int end = indexOf(b, p, to, next);
        if (lists[t] && next.length == 1 && next[0] == ' ') {
            while (end >= 0 && listSeparator(b, end, p, to)) {
                end = indexOf(b, end + 1, to, next);
            }
        }
        return end;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static int kind(String var) {
        switch (var) {
            case "status":
                return STATUS;
            case "request":
                return REQUEST;
            case "request_time":
                return REQUEST_TIME;
            case "upstream_response_time":
                return UPSTREAM_RESPONSE_TIME;
            case "upstream_status":
                return UPSTREAM_STATUS;
            case "request_method":
                return METHOD;
            case "request_uri":
                return URI;
            case "time_local":
                return TIME_LOCAL;
            case "time_iso8601":
                return TIME_ISO8601;
            case "msec":
                return MSEC;
            default:
                return SKIP;
        }
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        long upstreamTime = walk(b, from, to, line, null, null);
        if (upstreamTime == REJECTED || line.status == LogLine.NONE) {
            return false;
        }
        if (line.durationMillis == LogLine.NONE) {
            line.durationMillis = upstreamTime;
        }
        // An $upstream_status that is neither "-" nor a status leaves backendStatus NONE: where a
        // 5xx came from is then not logged, as with Traefik's unparsable OriginStatus.
        line.clientGaveUp = line.status == CLIENT_CLOSED_REQUEST;
        return true;
    }

    /**
     * Reads variable {@code t}'s value into {@code line}; returns {@code upstreamTime}, or the
     * upstream response time read, or {@link #REJECTED}.
     */
    private long read(int t, byte[] b, int p, int end, LogLine line, long upstreamTime) {
        if (t + 2 == literals.length && literals[t + 1][0] == '"'
                && indexOf(b, p, end, QUOTE) >= 0) {
            return REJECTED; // nginx escapes " inside a quoted value: this is another format
        }
        switch (kinds[t]) {
            case STATUS:
                line.status = Bytes.status(b, p, end);
                if (line.status == LogLine.NONE) {
                    return REJECTED;
                }
                break;
            case REQUEST:
                request(b, p, end, line);
                break;
            case METHOD:
                line.methodFrom = p;
                line.methodTo = end;
                break;
            case URI:
                line.targetFrom = p;
                line.targetTo = end;
                break;
            case REQUEST_TIME:
                line.durationMillis = Bytes.secondsToMillis(b, p, end);
                if (strict && line.durationMillis == LogLine.NONE && !dash(b, p, end)) {
                    return REJECTED;
                }
                break;
            case UPSTREAM_RESPONSE_TIME:
                long ms = Bytes.secondsListToMillis(b, p, end);
                return strict && ms == LogLine.NONE && !times(b, p, end) ? REJECTED : ms;
            case TIME_LOCAL:
            case TIME_ISO8601:
            case MSEC:
                if (line.wantsTime) {
                    line.timeMillis = time(kinds[t], b, p, end);
                }
                break;
            case UPSTREAM_STATUS:
                line.backendStatus = end - p == 1 && b[p] == '-' ? 0 : Bytes.lastStatus(b, p, end);
                if (strict && (line.backendStatus == LogLine.NONE || !statuses(b, p, end))) {
                    return REJECTED;
                }
                break;
            default:
                break;
        }
        return upstreamTime;
    }

    private static long time(int kind, byte[] b, int from, int to) {
        if (kind == TIME_LOCAL) {
            return Timestamps.clfMillis(b, from, to);
        }
        if (kind == TIME_ISO8601) {
            return Timestamps.isoMillis(b, from, to);
        }
        long ms = Bytes.decimal(b, from, to, 3);
        return ms == LogLine.NONE ? LogLine.NO_TIME : ms;
    }

    /**
     * Whether the space at {@code i} is inside a list value: after a comma, or around the colon
     * nginx puts between the lists of internal redirects.
     */
    private static boolean listSeparator(byte[] b, int i, int from, int to) {
        return i > from && (b[i - 1] == ',' || b[i - 1] == ':') || i + 1 < to && b[i + 1] == ':';
    }

    private static boolean dash(byte[] b, int from, int to) {
        return to - from == 1 && b[from] == '-';
    }

    /** A list of statuses and "-" ({@code 200}, {@code 502, 200}, {@code - : 404}). */
    private static boolean statuses(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!(c >= '0' && c <= '9' || c == '-' || c == ',' || c == ' ' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** A list of times and "-" ({@code -}, {@code 0.500, -}, {@code 0.1 : 0.2}). */
    private static boolean times(byte[] b, int from, int to) {
        boolean value = false;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9' || c == '-') {
                value = true;
            } else if (c != '.' && c != ',' && c != ' ' && c != ':') {
                return false;
            }
        }
        return value;
    }

    /** Splits {@code "GET /path?q HTTP/1.1"} into method and target. */
    private static void request(byte[] b, int from, int to, LogLine line) {
        int sp = Bytes.indexOf(b, from, to, (byte) ' ');
        if (sp < 0) { // no method: "-" or junk
            return;
        }
        line.methodFrom = from;
        line.methodTo = sp;
        int t = sp + 1;
        int e = Bytes.indexOf(b, t, to, (byte) ' ');
        if (e < 0) {
            e = to;
        }
        line.targetFrom = t;
        line.targetTo = e;
    }

    private static boolean matches(byte[] b, int p, int to, byte[] lit) {
        if (to - p < lit.length) {
            return false;
        }
        for (int i = 0; i < lit.length; i++) {
            if (b[p + i] != lit[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] lit) {
        byte first = lit[0];
        int last = to - lit.length;
        for (int i = Bytes.indexOf(b, from, last + 1, first); i >= 0;
                i = Bytes.indexOf(b, i + 1, last + 1, first)) {
            if (matches(b, i, to, lit)) {
                return i;
            }
        }
        return -1;
    }
}
