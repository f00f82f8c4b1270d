package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Caddy's access log ({@code log} directive, {@code format json}): {@code status},
 * {@code duration}, {@code ts}, {@code request.method} and {@code request.uri}. A number
 * {@code duration} is in the unit the logger's {@code duration_format} gives, which the line
 * does not say: seconds (Caddy's default) unless this format was made {@link #withUnit} with
 * {@code ms} or {@code ns}; the value never decides the unit. A string is a Go duration
 * ({@code "1.5ms"}, {@code duration_format string}). {@code ts} is seconds since the epoch, or an
 * ISO 8601 string. Immutable and thread-safe.
 *
 * <p>The client gave up when the status is 499 (Caddy since its reverse proxy logs client
 * disconnects so) or 0 (before that: no status, reported under the signal {@code 0}).
 */
final class CaddyJsonFormat extends LogFormat {
    static final String SIGNAL_ZERO = "0";
    private static final JsonKeys KEYS = JsonKeys.of("status", "duration",
            "request.method", "request.uri", "ts");
    private static final int STATUS = 0;
    private static final int DURATION = 1;
    private static final int METHOD = 2;
    private static final int URI = 3;
    private static final int TS = 4;
    /** The units {@link #withUnit} takes, as Caddy's {@code duration_format} names them. */
    static final String UNITS = "s, ms, ns";

    /** The power of ten from a number {@code duration} to milliseconds. */
    private final int shift;
    private final String unit;

    CaddyJsonFormat() {
        this(3, "s");
    }

    private CaddyJsonFormat(int shift, String unit) {
        super("caddy", Vendor.CADDY, true, false);
        this.shift = shift;
        this.unit = unit;
    }

    /**
     * This format with number durations in {@code unit}: {@code s} (seconds, the default),
     * {@code ms} or {@code ns}; null for any other unit.
     */
    static CaddyJsonFormat withUnit(String unit) {
        switch (unit) {
            case "s":
                return new CaddyJsonFormat(3, unit);
            case "ms":
                return new CaddyJsonFormat(0, unit);
            case "ns":
                return new CaddyJsonFormat(-6, unit);
            default:
                return null;
        }
    }

    /** The unit of number durations: s, ms or ns. */
    String unit() {
        return unit;
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        JsonLine j = line.json;
        if (!j.scan(b, from, to, KEYS) || !j.has(STATUS) || j.isString(STATUS)
                || !j.isString(METHOD) || !j.isString(URI)) {
            return false;
        }
        if (TraefikJsonFormat.isZero(j, b, STATUS)) {
            line.signal = SIGNAL_ZERO;
            line.clientGaveUp = true;
        } else {
            line.status = j.status(STATUS);
            if (line.status == LogLine.NONE) {
                return false;
            }
            line.clientGaveUp = line.status == 499;
        }
        line.durationMillis = duration(j, b);
        line.methodFrom = j.from(METHOD);
        line.methodTo = j.to(METHOD);
        j.target(URI, line);
        if (!line.wantsTime) {
            return true;
        }
        if (j.isString(TS)) {
            line.timeMillis = j.isoMillis(TS);
        } else if (j.has(TS)) {
            long ms = j.decimal(TS, 3);
            line.timeMillis = ms == LogLine.NONE ? LogLine.NO_TIME : ms;
        }
        return true;
    }

    private long duration(JsonLine j, byte[] b) {
        if (!j.has(DURATION)) {
            return LogLine.NONE;
        }
        if (j.isString(DURATION)) {
            return goDurationMillis(b, j.from(DURATION), j.to(DURATION));
        }
        return Bytes.decimal(b, j.from(DURATION), j.to(DURATION), shift);
    }

    /**
     * A Go duration ({@code 1h2m3.5s}, {@code 1.5ms}, {@code 250µs}, {@code 0s}) in whole
     * milliseconds, or {@link LogLine#NONE}.
     */
    static long goDurationMillis(byte[] b, int from, int to) {
        if (from >= to) {
            return LogLine.NONE;
        }
        long nanos = 0;
        int i = from;
        while (i < to) {
            int numFrom = i;
            while (i < to && (b[i] >= '0' && b[i] <= '9' || b[i] == '.')) {
                i++;
            }
            int numTo = i;
            int unitFrom = i;
            while (i < to && !(b[i] >= '0' && b[i] <= '9' || b[i] == '.')) {
                i++;
            }
            int shift = unitShift(b, unitFrom, i);
            if (numFrom == numTo || shift == Integer.MIN_VALUE) {
                return LogLine.NONE;
            }
            long part = Bytes.decimal(b, numFrom, numTo, shift);
            long scale = shift == 9 && i - unitFrom == 1 && b[unitFrom] == 'm' ? 60
                    : shift == 9 && b[unitFrom] == 'h' ? 3600 : 1;
            if (part == LogLine.NONE || part > Long.MAX_VALUE / 3600 / scale) {
                return LogLine.NONE;
            }
            nanos += part * scale;
        }
        return nanos / 1_000_000;
    }

    /** The power of ten from a unit to nanoseconds (m and h are 60 and 3600 s), or MIN_VALUE. */
    private static int unitShift(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return b[from] == 's' || b[from] == 'm' || b[from] == 'h' ? 9 : Integer.MIN_VALUE;
        }
        if (n == 2 && b[from + 1] == 's') {
            return b[from] == 'n' ? 0 : b[from] == 'u' ? 3 : b[from] == 'm' ? 6
                    : Integer.MIN_VALUE;
        }
        if (n == 3 && b[from + 2] == 's' && (b[from] == (byte) 0xc2 && b[from + 1] == (byte) 0xb5
                || b[from] == (byte) 0xce && b[from + 1] == (byte) 0xbc)) {
            return 3; // µs, as U+00B5 or U+03BC
        }
        return Integer.MIN_VALUE;
    }
}
