package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Traefik's access log in its {@code json} format: {@code DownstreamStatus} (sent to the
 * client), {@code OriginStatus} (the server's; 0 when no server answered), {@code Duration} in
 * nanoseconds, {@code RequestMethod}, {@code RequestPath} and {@code StartUTC} (or
 * {@code time}). Immutable and thread-safe.
 *
 * <p>The client gave up when {@code DownstreamStatus} is 499, or 0 (no status: reported under
 * the signal {@code 0}). An {@code OriginStatus} of 499 is Traefik's own proxy recording the
 * cancelled request, not a server's answer, so it counts as no answer.
 */
final class TraefikJsonFormat extends LogFormat {
    TraefikJsonFormat() {
        super("traefik-json", Vendor.TRAEFIK, true, true);
    }

    private static final JsonKeys KEYS = JsonKeys.of("DownstreamStatus", "Duration",
            "OriginStatus", "RequestMethod", "RequestPath", "StartUTC", "time");
    private static final int DOWNSTREAM_STATUS = 0;
    private static final int DURATION = 1;
    private static final int ORIGIN_STATUS = 2;
    private static final int METHOD = 3;
    private static final int PATH = 4;
    private static final int START_UTC = 5;
    private static final int TIME = 6;

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        JsonLine j = line.json;
        if (!j.scan(b, from, to, KEYS) || !j.has(DOWNSTREAM_STATUS) || !j.has(DURATION)
                || j.isString(DOWNSTREAM_STATUS)) {
            return false;
        }
        if (isZero(j, b, DOWNSTREAM_STATUS)) {
            line.signal = TraefikClfFormat.SIGNAL_ZERO;
            line.clientGaveUp = true;
        } else {
            line.status = j.status(DOWNSTREAM_STATUS);
            if (line.status == LogLine.NONE) {
                return false;
            }
            line.clientGaveUp = line.status == 499;
        }
        line.durationMillis = j.isString(DURATION) ? LogLine.NONE : j.decimal(DURATION, -6);
        if (j.has(ORIGIN_STATUS)) {
            int origin = isZero(j, b, ORIGIN_STATUS) ? 0 : j.status(ORIGIN_STATUS);
            line.backendStatus = origin == 499 ? 0 : origin;
        }
        if (j.isString(METHOD) && j.isString(PATH)) {
            line.methodFrom = j.from(METHOD);
            line.methodTo = j.to(METHOD);
            j.target(PATH, line);
        }
        if (line.wantsTime) {
            line.timeMillis = j.has(START_UTC) ? j.isoMillis(START_UTC) : j.isoMillis(TIME);
        }
        return true;
    }

    static boolean isZero(JsonLine j, byte[] b, int k) {
        return j.to(k) - j.from(k) == 1 && b[j.from(k)] == '0';
    }
}
