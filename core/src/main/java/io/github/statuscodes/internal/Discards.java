package io.github.statuscodes.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * How every adapter discards a response it retries, so that a slow or endless body never holds a
 * call: read what is already there, or during the wait, up to {@link #LIMIT_BYTES}, for at most
 * {@link #GRACE_NANOS} past the wait, then close. Not part of the public API.
 */
public final class Discards {
    /** The most bytes of a retried response read before it is closed: 64 KiB. */
    public static final long LIMIT_BYTES = 64 * 1024;
    /** The longest a retried body may take past the wait before it is closed: 100 ms. */
    public static final long GRACE_NANOS = 100_000_000L;

    private Discards() {
    }

    /**
     * {@return how long the body of a retried response may be read: the wait plus the grace,
     * bounded by {@code nanosLeft} of the call when that is longer than the wait}
     * @param delayNanos the wait before the next attempt
     * @param nanosLeft what is left of the call's deadline; {@link Long#MAX_VALUE} for none
     */
    public static long readNanos(long delayNanos, long nanosLeft) {
        long grace = Math.max(0, Math.min(GRACE_NANOS, nanosLeft - delayNanos));
        return delayNanos > Long.MAX_VALUE - grace ? Long.MAX_VALUE : delayNanos + grace;
    }

    /**
     * Reads and drops what {@code body} already holds, at most {@link #LIMIT_BYTES}, without
     * waiting for more; the caller then closes it, or aborts its connection where a close would
     * drain the rest.
     * @param body a retried response's body
     * @throws IOException as {@code body} throws it
     */
    public static void readAvailable(InputStream body) throws IOException {
        long left = LIMIT_BYTES;
        byte[] buffer = new byte[8192];
        for (int n = body.available(); n > 0 && left > 0; n = body.available()) {
            int read = body.read(buffer, 0, (int) Math.min(Math.min(n, buffer.length), left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }

    /**
     * Whether {@code failure}, or one of its causes, is a connect that failed (refused, timed out,
     * no route): the request never reached the server. Named by class, as core depends on no
     * client.
     * @param failure what the client threw
     * @return true for a connect failure
     */
    public static boolean isConnectFailure(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
            switch (t.getClass().getName()) {
                case "java.net.http.HttpConnectTimeoutException":
                case "org.apache.hc.client5.http.ConnectTimeoutException":
                case "io.netty.channel.ConnectTimeoutException":
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
