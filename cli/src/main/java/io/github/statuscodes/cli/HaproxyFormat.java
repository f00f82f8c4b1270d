package io.github.statuscodes.cli;

import io.github.statuscodes.EndedBy;
import io.github.statuscodes.LogSignal;
import io.github.statuscodes.LogSignals;
import io.github.statuscodes.Vendor;
import java.util.Optional;

/**
 * HAProxy's {@code option httplog} line, with or without a syslog prefix (anything before the
 * bracketed accept date is skipped, so a syslog daemon's file, {@code log stdout format raw}
 * and RFC 5424 all parse). Fields after the date: frontend, backend/server,
 * {@code TR/Tw/Tc/Tr/Ta} (1.x: {@code Tq/Tw/Tc/Tr/Tt}), status, bytes, two captured cookies, the
 * termination state, connection counts, queues, optional captured headers in braces and the
 * quoted request line; anything after the request line is ignored. Immutable and thread-safe.
 *
 * <p>The client gave up when core's {@link LogSignals} says the client ended the stream: the
 * termination state starts with {@code C} (the client closed) or {@code c} (HAProxy's client
 * timeout struck), whatever the status ({@code -1}, 400, 200).
 * The duration is the last timer; the backend answered when {@code Tr} is not -1. The accept
 * date carries no zone and is read as UTC.
 */
final class HaproxyFormat extends LogFormat {
    HaproxyFormat() {
        super("haproxy", Vendor.HAPROXY, true, true);
    }

    /** First letter of a termination state: who or what ended the session. */
    static final String CAUSES = "CSPLRIDUKcs-";
    /** Second letter: the session's phase at that moment. */
    static final String PHASES = "RQCHDLT-";

    /** Every pair of letters, and whether core says the client ended it; made on first use. */
    private static final class States {
        static final String[] NAMES = new String[CAUSES.length() * PHASES.length()];
        static final boolean[] CLIENT = new boolean[NAMES.length];

        static {
            for (int c = 0; c < CAUSES.length(); c++) {
                for (int p = 0; p < PHASES.length(); p++) {
                    int i = c * PHASES.length() + p;
                    NAMES[i] = "" + CAUSES.charAt(c) + PHASES.charAt(p);
                    Optional<LogSignal> s = LogSignals.find(Vendor.HAPROXY, NAMES[i]);
                    CLIENT[i] = s.isPresent() && s.get().endedBy() == EndedBy.CLIENT;
                }
            }
        }
    }

    private static final int DATE_LENGTH = 24; // 06/Feb/2009:12:14:14.655

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        int p = acceptDate(b, from, to, line);
        if (p < 0) {
            return false;
        }
        // frontend
        int e = token(b, p, to);
        if (e == p || e == to) {
            return false;
        }
        // backend/server
        p = e + 1;
        e = token(b, p, to);
        if (e == to || Bytes.indexOf(b, p, e, (byte) '/') < 0) {
            return false;
        }
        // TR/Tw/Tc/Tr/Ta
        p = e + 1;
        e = token(b, p, to);
        if (e == to) {
            return false;
        }
        long tr = LogLine.NONE;
        long total = LogLine.NONE;
        int s = p;
        for (int t = 0; t < 5; t++) {
            int end = t == 4 ? e : Bytes.indexOf(b, s, e, (byte) '/');
            if (end < 0) {
                return false;
            }
            long v = timer(b, s, end);
            if (v == Long.MIN_VALUE) {
                return false;
            }
            if (t == 3) {
                tr = v;
            } else if (t == 4) {
                total = v;
            }
            s = end + 1;
        }
        // status: a code or -1
        p = e + 1;
        e = token(b, p, to);
        if (e == to) {
            return false;
        }
        if (e - p == 2 && b[p] == '-' && b[p + 1] == '1') {
            line.status = LogLine.NONE;
        } else {
            line.status = Bytes.status(b, p, e);
            if (line.status == LogLine.NONE) {
                return false;
            }
        }
        // bytes read, request cookie, response cookie
        for (int skip = 0; skip < 3; skip++) {
            p = e + 1;
            e = token(b, p, to);
            if (e == p || e == to) {
                return false;
            }
        }
        // termination state, four characters
        p = e + 1;
        e = token(b, p, to);
        if (e - p != 4 || e == to) {
            return false;
        }
        state(b[p], b[p + 1], line);
        // actconn/feconn/beconn/srv_conn/retries, srv_queue/backend_queue
        p = e + 1;
        e = token(b, p, to);
        if (e == to || slashes(b, p, e) != 4) {
            return false;
        }
        p = e + 1;
        e = token(b, p, to);
        if (e == to || slashes(b, p, e) != 1) {
            return false;
        }
        // optional {captured request headers} {captured response headers}, then "request"
        p = e + 1;
        while (p < to && b[p] == '{') {
            int close = Bytes.indexOf(b, p, to, (byte) '}');
            if (close < 0 || close + 1 == to || b[close + 1] != ' ') {
                return false;
            }
            p = close + 2;
        }
        if (p >= to || b[p] != '"') {
            return false;
        }
        int close = b[to - 1] == '"' && to - 1 > p ? to - 1 : Bytes.indexOf(b, p + 1, to, (byte) '"');
        if (close < 0) {
            return false;
        }
        RequestLine.split(b, p + 1, close, line);
        line.durationMillis = total >= 0 ? total : LogLine.NONE;
        if (line.status != LogLine.NONE && tr >= 0) {
            line.backendStatus = line.status;
        } else {
            line.backendStatus = 0;
        }
        return true;
    }

    /**
     * Finds {@code [dd/Mon/yyyy:HH:mm:ss.SSS] } and reads it into {@code line.timeMillis};
     * returns the index after its trailing space, or -1.
     */
    private static int acceptDate(byte[] b, int from, int to, LogLine line) {
        for (int i = Bytes.indexOf(b, from, to, (byte) '['); i >= 0;
                i = Bytes.indexOf(b, i + 1, to, (byte) '[')) {
            int d = i + 1;
            if (d + DATE_LENGTH + 1 >= to) {
                return -1;
            }
            if (b[d + DATE_LENGTH] != ']' || b[d + DATE_LENGTH + 1] != ' ') {
                continue;
            }
            long millis = Timestamps.clfLocalMillis(b, d, d + DATE_LENGTH);
            if (millis != LogLine.NO_TIME) {
                line.timeMillis = millis;
                return d + DATE_LENGTH + 2;
            }
        }
        return -1;
    }

    /** The end of the token starting at {@code p}: the next space, or {@code to}. */
    private static int token(byte[] b, int p, int to) {
        int e = Bytes.indexOf(b, p, to, (byte) ' ');
        return e < 0 ? to : e;
    }

    /** The number of {@code /} in a token of digits, {@code +} and {@code /}; -1 for others. */
    private static int slashes(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] == '/') {
                n++;
            } else if (b[i] != '+' && (b[i] < '0' || b[i] > '9')) {
                return -1;
            }
        }
        return n;
    }

    /**
     * A timer in milliseconds: digits with an optional {@code +} ({@code option logasap}), or
     * -1 for "never reached"; {@link Long#MIN_VALUE} for anything else.
     */
    private static long timer(byte[] b, int from, int to) {
        int p = from;
        if (p < to && b[p] == '+') {
            p++;
        }
        if (to - p == 2 && b[p] == '-' && b[p + 1] == '1') {
            return -1;
        }
        if (p == to || to - p > 12) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (int i = p; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Sets the signal and the client-gave-up flag from the state's first two characters. */
    private static void state(byte cause, byte phase, LogLine line) {
        int c = CAUSES.indexOf(cause);
        int ph = PHASES.indexOf(phase);
        if (c < 0 || ph < 0 || cause == '-' && phase == '-') {
            return; // a normal end, or a letter this version does not know
        }
        int i = c * PHASES.length() + ph;
        line.signal = States.NAMES[i];
        line.clientGaveUp = States.CLIENT[i];
    }
}
