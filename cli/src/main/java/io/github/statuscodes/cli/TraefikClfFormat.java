package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Traefik's default access-log format ({@code common}): the Common Log Format followed by
 * {@code "referrer" "user agent" requestCount "router" "serverURL" durationms}. The status is
 * the one sent to the client ({@code DownstreamStatus}); the backend's own is not in this
 * format. Immutable and thread-safe.
 *
 * <p>The client gave up when the status is 499, or when Traefik logged {@code 0} or {@code -}
 * instead of a status (these two carry no code and are reported under their signal).
 */
final class TraefikClfFormat extends LogFormat {
    TraefikClfFormat() {
        super("traefik", Vendor.TRAEFIK, true, false);
    }

    static final String SIGNAL_ZERO = "0";
    static final String SIGNAL_DASH = "-";

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        // [10/Oct/2023:13:55:36 +0000] "
        int open = Bytes.indexOf(b, from, to, (byte) '[');
        if (open < 0 || open + 31 > to || b[open + 21] != ' ' || b[open + 27] != ']'
                || b[open + 28] != ' ' || b[open + 29] != '"') {
            return false;
        }
        long time = Timestamps.clfMillis(b, open + 1, open + 27);
        if (time == LogLine.NO_TIME) {
            return false;
        }
        // "request"
        int reqFrom = open + 30;
        int reqTo = Bytes.indexOf(b, reqFrom, to, (byte) '"');
        if (reqTo < 0 || reqTo + 1 >= to || b[reqTo + 1] != ' ') {
            return false;
        }
        // status size
        int p = reqTo + 2;
        int e = Bytes.indexOf(b, p, to, (byte) ' ');
        if (e < 0) {
            return false;
        }
        if (e - p == 1 && (b[p] == '-' || b[p] == '0')) {
            line.status = LogLine.NONE;
            line.signal = b[p] == '-' ? SIGNAL_DASH : SIGNAL_ZERO;
            line.clientGaveUp = true;
        } else {
            line.status = Bytes.status(b, p, e);
            if (line.status == LogLine.NONE) {
                return false;
            }
            line.clientGaveUp = line.status == 499;
        }
        p = e + 1;
        e = Bytes.indexOf(b, p, to, (byte) ' ');
        if (e < 0 || e == p || e + 1 >= to || b[e + 1] != '"') {
            return false;
        }
        // From the end: requestCount "router" "serverURL" durationms
        int sp = lastSpace(b, e, to);
        if (sp < 0 || to - sp < 4 || b[to - 2] != 'm' || b[to - 1] != 's') {
            return false;
        }
        long ms = millis(b, sp + 1, to - 2);
        if (ms < 0) {
            return false;
        }
        int q = quotedBefore(b, e, sp); // "serverURL"
        q = q < 0 ? -1 : quotedBefore(b, e, q); // "router"
        if (q < 0) {
            return false;
        }
        int countEnd = q;
        int countFrom = lastSpace(b, e, countEnd);
        if (countFrom < 0 || millis(b, countFrom + 1, countEnd) < 0 || b[countFrom - 1] != '"') {
            return false;
        }
        RequestLine.split(b, reqFrom, reqTo, line);
        line.durationMillis = ms;
        line.timeMillis = time;
        return true;
    }

    /** The index of the last space in {@code b[from, to)}, or -1. */
    private static int lastSpace(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /**
     * For a quoted value that ends just before the space at {@code space}, the index of the
     * space before its opening quote; -1 when there is none after {@code from}.
     */
    private static int quotedBefore(byte[] b, int from, int space) {
        if (space - 2 < from || b[space - 1] != '"') {
            return -1;
        }
        for (int i = space - 2; i > from; i--) {
            if (b[i] == '"' && b[i - 1] == ' ') {
                return i - 1;
            }
        }
        return -1;
    }

    /** Whole non-negative digits, or -1. */
    private static long millis(byte[] b, int from, int to) {
        if (from >= to || to - from > 15) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
