package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Which variables of an nginx {@code log_format} never held a value of their kind in one log: the
 * diagnosis behind "0 parsed" or "no durations". It splits a line the way {@link NginxFormat}
 * reads it (a value ends at the first occurrence of the literal after it, the last literal ends
 * the line, {@code $upstream_*} values may be lists) and checks each variable the analysis reads.
 * A variable is settled once it has held a good value, or {@value #SETTLE} times {@code -} (no
 * value) and nothing bad; lines are looked at only until every variable is settled, so a log that
 * parses costs one more split of its first lines. Not thread-safe.
 */
final class NginxFieldCheck {
    private static final int SKIP = 0;
    private static final int STATUS = 1;
    private static final int SECONDS = 2;
    private static final int SECONDS_LIST = 3;
    private static final int STATUS_LIST = 4;
    private static final int TIME_LOCAL = 5;
    private static final int TIME_ISO8601 = 6;
    private static final int MSEC = 7;
    private static final String[] EXPECTED = {"", "a status code", "a number of seconds",
        "a number of seconds", "a status code", "a time such as 01/Dec/2026:10:00:00 +0000",
        "a time such as 2026-12-01T10:00:00+00:00", "seconds since 1970 such as 1796119200.123"};
    private static final int MAX_SAMPLE_CHARS = 40;
    /** How many "-" settle a variable that never held anything else (nginx served it itself). */
    static final int SETTLE = 1000;

    /** For each token: a literal's bytes, or null for a variable. */
    private final byte[][] literals;
    private final String[] names;
    private final int[] kinds;
    private final long[] good;
    private final long[] bad;
    private final long[] dashes;
    private final boolean[] settled;
    private final String[] samples;
    private final int[] from;
    private final int[] to;
    private int pending;

    private NginxFieldCheck(List<byte[]> literals, List<String> names, List<Integer> kinds) {
        int n = literals.size();
        this.literals = literals.toArray(new byte[0][]);
        this.names = names.toArray(new String[0]);
        this.kinds = new int[n];
        for (int i = 0; i < n; i++) {
            this.kinds[i] = kinds.get(i);
            pending += this.kinds[i] == SKIP ? 0 : 1;
        }
        good = new long[n];
        bad = new long[n];
        dashes = new long[n];
        settled = new boolean[n];
        samples = new String[n];
        from = new int[n];
        to = new int[n];
    }

    /** The check of a {@code log_format} string that {@link NginxFormat#compile} accepted. */
    static NginxFieldCheck of(String format) {
        List<byte[]> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int end = i + 1;
            String var = "";
            if (c == '$' && end < format.length() && format.charAt(end) == '{') {
                int close = format.indexOf('}', end);
                var = close < 0 ? "" : format.substring(end + 1, close);
                end = close + 1;
            } else if (c == '$') {
                while (end < format.length() && isNameChar(format.charAt(end))) {
                    end++;
                }
                var = format.substring(i + 1, end);
            }
            if (var.isEmpty()) {
                literal.append(c);
                i++;
                continue;
            }
            if (literal.length() > 0) {
                add(literals, names, kinds, literal.toString(), null, SKIP);
                literal.setLength(0);
            }
            add(literals, names, kinds, null, "$" + var, kind(var));
            i = end;
        }
        if (literal.length() > 0) {
            add(literals, names, kinds, literal.toString(), null, SKIP);
        }
        return new NginxFieldCheck(literals, names, kinds);
    }

    private static void add(List<byte[]> literals, List<String> names, List<Integer> kinds,
            String literal, String name, int kind) {
        literals.add(literal == null ? null
                : literal.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        names.add(name);
        kinds.add(kind);
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static int kind(String var) {
        switch (var) {
            case "status":
                return STATUS;
            case "request_time":
                return SECONDS;
            case "upstream_response_time":
                return SECONDS_LIST;
            case "upstream_status":
                return STATUS_LIST;
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

    /** Whether every checked variable has held a good value: no line needs looking at. */
    boolean done() {
        return pending == 0;
    }

    /** Looks at one line (without its line break); never throws. */
    void observe(byte[] b, int lineFrom, int lineTo) {
        if (pending == 0 || !split(b, lineFrom, lineTo)) {
            return;
        }
        for (int t = 0; t < kinds.length; t++) {
            int kind = kinds[t];
            if (literals[t] != null || kind == SKIP || settled[t]) {
                continue;
            }
            int verdict = verdict(kind, b, from[t], to[t]);
            if (verdict > 0) {
                good[t]++;
                settle(t);
            } else if (verdict == 0) {
                if (++dashes[t] >= SETTLE && bad[t] == 0) {
                    settle(t);
                }
            } else {
                bad[t]++;
                if (samples[t] == null) {
                    samples[t] = sample(b, from[t], to[t]);
                }
            }
        }
    }

    private void settle(int t) {
        settled[t] = true;
        pending--;
    }

    /**
     * Each variable that held values but never one of its kind, as "$status never held a status
     * code (2 lines, e.g. "abc")"; empty when there is none.
     */
    List<String> neverParsed() {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < kinds.length; t++) {
            if (literals[t] == null && kinds[t] != SKIP && good[t] == 0 && bad[t] > 0) {
                out.add(names[t] + " never held " + EXPECTED[kinds[t]] + " (" + bad[t]
                        + (bad[t] == 1 ? " line" : " lines") + ", e.g. \"" + samples[t] + "\")");
            }
        }
        return out;
    }

    /** 1 for a value of the variable's kind, 0 for "-" (no value), -1 for anything else. */
    private static int verdict(int kind, byte[] b, int p, int e) {
        switch (kind) {
            case STATUS:
                return Bytes.status(b, p, e) != LogLine.NONE ? 1 : -1;
            case SECONDS:
                return dashes(b, p, e) ? 0
                        : Bytes.secondsToMillis(b, p, e) != LogLine.NONE ? 1 : -1;
            case SECONDS_LIST:
                return dashes(b, p, e) ? 0
                        : Bytes.secondsListToMillis(b, p, e) != LogLine.NONE ? 1 : -1;
            case STATUS_LIST:
                return dashes(b, p, e) ? 0 : Bytes.lastStatus(b, p, e) != LogLine.NONE ? 1 : -1;
            case TIME_LOCAL:
                return Timestamps.clfMillis(b, p, e) != LogLine.NO_TIME ? 1 : -1;
            case TIME_ISO8601:
                return Timestamps.isoMillis(b, p, e) != LogLine.NO_TIME ? 1 : -1;
            default:
                return Bytes.decimal(b, p, e, 3) != LogLine.NONE ? 1 : -1;
        }
    }

    /** "-", or a list of them ({@code - : -}, {@code -, -}): nginx's "no value". */
    private static boolean dashes(byte[] b, int p, int e) {
        boolean dash = false;
        for (int i = p; i < e; i++) {
            if (b[i] == '-') {
                dash = true;
            } else if (b[i] != ' ' && b[i] != ',' && b[i] != ':') {
                return false;
            }
        }
        return dash;
    }

    /** The value escaped as {@link LogAnalysis#example} does, cut at 40 characters. */
    private static String sample(byte[] b, int p, int e) {
        String s = LogAnalysis.example(b, p, Math.min(e, p + MAX_SAMPLE_CHARS));
        return e - p > MAX_SAMPLE_CHARS ? s + "..." : s;
    }

    /** Splits the line into {@link #from}/{@link #to} per variable, as NginxFormat reads it. */
    private boolean split(byte[] b, int lineFrom, int lineTo) {
        int p = lineFrom;
        int n = literals.length;
        boolean found = false;
        for (int t = 0; t < n; t++) {
            byte[] lit = literals[t];
            if (lit != null) {
                if (!found && !matches(b, p, lineTo, lit)) {
                    return false;
                }
                found = false;
                p += lit.length;
                continue;
            }
            int end;
            if (t + 1 == n) {
                end = lineTo;
            } else if (t + 2 == n) {
                byte[] next = literals[t + 1];
                end = lineTo - next.length;
                if (end < p || !matches(b, end, lineTo, next)) {
                    return false;
                }
            } else {
                byte[] next = literals[t + 1];
                end = indexOf(b, p, lineTo, next);
                if (names[t].startsWith("$upstream_") && next.length == 1 && next[0] == ' ') {
                    while (end >= 0 && listSeparator(b, end, p, lineTo)) {
                        end = indexOf(b, end + 1, lineTo, next);
                    }
                }
                if (end < 0) {
                    return false;
                }
            }
            found = t + 1 < n;
            from[t] = p;
            to[t] = end;
            p = end;
        }
        return p == lineTo;
    }

    private static boolean listSeparator(byte[] b, int i, int from, int to) {
        return i > from && (b[i - 1] == ',' || b[i - 1] == ':') || i + 1 < to && b[i + 1] == ':';
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
        for (int i = from; i + lit.length <= to; i++) {
            if (matches(b, i, to, lit)) {
                return i;
            }
        }
        return -1;
    }
}
