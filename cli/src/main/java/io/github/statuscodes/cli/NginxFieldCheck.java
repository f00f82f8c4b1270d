package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which variables of an nginx {@code log_format} never held a value of their kind in one log: the
 * diagnosis behind "0 parsed" or "no durations". It splits a line with {@link NginxFormat#split},
 * as the format reads it, and checks each variable the analysis reads.
 * A variable is settled once it has held a good value, or {@value #SETTLE} times {@code -} (no
 * value) and nothing bad; lines are looked at only until every variable is settled, so a log that
 * parses costs one more split of its first lines. Not thread-safe.
 */
final class NginxFieldCheck {
    /** What a value of each {@link NginxFormat} kind looks like; "" for the kinds not checked. */
    private static final String[] EXPECTED = new String[NginxFormat.MSEC + 1];

    static {
        Arrays.fill(EXPECTED, "");
        EXPECTED[NginxFormat.STATUS] = "a status code";
        EXPECTED[NginxFormat.REQUEST_TIME] = "a number of seconds";
        EXPECTED[NginxFormat.UPSTREAM_RESPONSE_TIME] = "a number of seconds";
        EXPECTED[NginxFormat.UPSTREAM_STATUS] = "a status code";
        EXPECTED[NginxFormat.TIME_LOCAL] = "a time such as 01/Dec/2026:10:00:00 +0000";
        EXPECTED[NginxFormat.TIME_ISO8601] = "a time such as 2026-12-01T10:00:00+00:00";
        EXPECTED[NginxFormat.MSEC] = "seconds since 1970 such as 1796119200.123";
    }
    private static final int MAX_SAMPLE_CHARS = 40;
    /** How many "-" settle a variable that never held anything else (nginx served it itself). */
    static final int SETTLE = 1000;

    private final NginxFormat format;
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

    private NginxFieldCheck(NginxFormat format) {
        this.format = format;
        int n = format.tokens();
        names = new String[n];
        kinds = new int[n];
        for (int i = 0; i < n; i++) {
            names[i] = format.variable(i);
            int kind = format.kind(i);
            kinds[i] = EXPECTED[kind].isEmpty() ? NginxFormat.SKIP : kind;
            pending += kinds[i] == NginxFormat.SKIP ? 0 : 1;
        }
        good = new long[n];
        bad = new long[n];
        dashes = new long[n];
        settled = new boolean[n];
        samples = new String[n];
        from = new int[n];
        to = new int[n];
    }

    /**
     * The check of a {@code log_format} string.
     *
     * @throws IllegalArgumentException as {@link NginxFormat#compile} does
     */
    static NginxFieldCheck of(String format) {
        return new NginxFieldCheck(NginxFormat.compile("log_format", format));
    }

    /** Whether every checked variable has held a good value: no line needs looking at. */
    boolean done() {
        return pending == 0;
    }

    /** Looks at one line (without its line break); never throws. */
    void observe(byte[] b, int lineFrom, int lineTo) {
        if (pending == 0 || !format.split(b, lineFrom, lineTo, from, to)) {
            return;
        }
        for (int t = 0; t < kinds.length; t++) {
            int kind = kinds[t];
            if (kind == NginxFormat.SKIP || settled[t]) {
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
            if (kinds[t] != NginxFormat.SKIP && good[t] == 0 && bad[t] > 0) {
                out.add(names[t] + " never held " + EXPECTED[kinds[t]] + " (" + bad[t]
                        + (bad[t] == 1 ? " line" : " lines") + ", e.g. \"" + samples[t] + "\")");
            }
        }
        return out;
    }

    /** 1 for a value of the variable's kind, 0 for "-" (no value), -1 for anything else. */
    private static int verdict(int kind, byte[] b, int p, int e) {
        switch (kind) {
            case NginxFormat.STATUS:
                return Bytes.status(b, p, e) != LogLine.NONE ? 1 : -1;
            case NginxFormat.REQUEST_TIME:
                return dashes(b, p, e) ? 0
                        : Bytes.secondsToMillis(b, p, e) != LogLine.NONE ? 1 : -1;
            case NginxFormat.UPSTREAM_RESPONSE_TIME:
                return dashes(b, p, e) ? 0
                        : Bytes.secondsListToMillis(b, p, e) != LogLine.NONE ? 1 : -1;
            case NginxFormat.UPSTREAM_STATUS:
                return dashes(b, p, e) ? 0 : Bytes.lastStatus(b, p, e) != LogLine.NONE ? 1 : -1;
            case NginxFormat.TIME_LOCAL:
                return Timestamps.clfMillis(b, p, e) != LogLine.NO_TIME ? 1 : -1;
            case NginxFormat.TIME_ISO8601:
                return Timestamps.isoMillis(b, p, e) != LogLine.NO_TIME ? 1 : -1;
            default: // MSEC
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
}
