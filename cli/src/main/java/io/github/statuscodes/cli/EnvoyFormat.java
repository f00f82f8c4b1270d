package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Envoy's default text access-log format, and Istio's, which adds three fields after the response
 * flags. Immutable and thread-safe.
 *
 * <p>Envoy: {@code [%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%"
 * %RESPONSE_CODE% %RESPONSE_FLAGS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION%
 * %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% "%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%"
 * "%REQ(X-REQUEST-ID)%" "%REQ(:AUTHORITY)%" "%UPSTREAM_HOST%"}. Istio (1.9 and later) puts
 * {@code %RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS%
 * "%UPSTREAM_TRANSPORT_FAILURE_REASON%"} after the flags and more fields at the end. Fields after
 * the upstream service time are not read.
 *
 * <p>The client gave up when the flags hold {@code DC} (also after a {@code 200}: the response had
 * started), when the details say {@code downstream_remote_disconnect}, or when the response code
 * is 0 (Envoy: the response never started, which generally means the client disconnected). The
 * backend answered, with the logged code, when the upstream service time is a number and no flag
 * says the upstream failed; otherwise the line says no backend answer (0).
 */
final class EnvoyFormat extends LogFormat {
    private final boolean istio;

    private EnvoyFormat(boolean istio) {
        super(istio ? "istio" : "envoy", Vendor.ENVOY, true, true);
        this.istio = istio;
    }

    static EnvoyFormat envoy() {
        return new EnvoyFormat(false);
    }

    static EnvoyFormat istio() {
        return new EnvoyFormat(true);
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        if (to - from < 30 || b[from] != '[') {
            return false;
        }
        int close = Bytes.indexOf(b, from + 1, to, (byte) ']');
        if (close < 0) {
            return false;
        }
        long micros = Timestamps.isoMicros(b, from + 1, close);
        if (micros == Long.MIN_VALUE || close + 3 > to || b[close + 1] != ' '
                || b[close + 2] != '"') {
            return false;
        }
        line.timeMillis = Math.floorDiv(micros, 1000);
        int p = close + 3;
        int end = closingQuote(b, p, to);
        if (end < 0) {
            return false;
        }
        request(b, p, end, line);
        p = end + 2; // after '" '
        // %RESPONSE_CODE%
        int e = token(b, p, to);
        int code = EnvoyFields.code(b, p, e);
        if (code < 0) {
            return false;
        }
        line.status = code == 0 ? LogLine.NONE : code;
        // %RESPONSE_FLAGS%
        p = next(b, e, to);
        e = token(b, p, to);
        if (p < 0 || e == p || !EnvoyFields.isFlags(b, p, e)) {
            return false;
        }
        int flagsFrom = p;
        int flagsTo = e;
        boolean remoteDisconnect = false;
        if (istio) {
            // %RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% "%UPSTREAM_..._REASON%"
            p = next(b, e, to);
            e = token(b, p, to);
            if (p < 0 || e == p || !EnvoyFields.isDetails(b, p, e)) {
                return false;
            }
            remoteDisconnect = EnvoyFields.isRemoteDisconnect(b, p, e);
            p = next(b, e, to);
            e = token(b, p, to);
            if (p < 0 || e == p) {
                return false;
            }
            p = next(b, e, to);
            if (p < 0 || b[p] != '"') {
                return false;
            }
            e = closingQuote(b, p + 1, to);
            if (e < 0) {
                return false;
            }
            e++;
        }
        // %BYTES_RECEIVED% %BYTES_SENT% %DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)%
        long duration = LogLine.NONE;
        long serviceTime = LogLine.NONE;
        for (int i = 0; i < 4; i++) {
            p = next(b, e, to);
            e = token(b, p, to);
            if (p < 0 || e == p) {
                return false;
            }
            long v = Bytes.wholeNumber(b, p, e);
            if (v == LogLine.NONE && !(e - p == 1 && b[p] == '-')) {
                return false;
            }
            if (i == 2) {
                duration = v;
            } else if (i == 3) {
                serviceTime = v;
            }
        }
        if (e < to && !(e + 1 < to && b[e] == ' ' && b[e + 1] == '"')) {
            return false;
        }
        line.durationMillis = duration;
        EnvoyFields.apply(b, flagsFrom, flagsTo, remoteDisconnect, serviceTime >= 0, line);
        return true;
    }

    /** The index of the '"' that closes a quoted field opened before {@code from}. */
    static int closingQuote(byte[] b, int from, int to) {
        for (int i = Bytes.indexOf(b, from, to, (byte) '"'); i >= 0;
                i = Bytes.indexOf(b, i + 1, to, (byte) '"')) {
            if (i + 1 == to || b[i + 1] == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int token(byte[] b, int p, int to) {
        if (p < 0) {
            return p;
        }
        int e = Bytes.indexOf(b, p, to, (byte) ' ');
        return e < 0 ? to : e;
    }

    /** The start of the next space-separated token after {@code e}, or -1. */
    private static int next(byte[] b, int e, int to) {
        if (e < 0 || e + 1 >= to || b[e] != ' ') {
            return -1;
        }
        return e + 1;
    }

    /** Splits {@code GET /path?q HTTP/1.1} into method and target. */
    static void request(byte[] b, int from, int to, LogLine line) {
        int sp = Bytes.indexOf(b, from, to, (byte) ' ');
        if (sp < 0) {
            return;
        }
        line.methodFrom = from;
        line.methodTo = sp;
        int t = sp + 1;
        int e = to;
        while (e > t && b[e - 1] != ' ') {
            e--;
        }
        line.targetFrom = t;
        line.targetTo = e > t ? e - 1 : to;
    }
}
