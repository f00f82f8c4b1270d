package io.github.statuscodes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.zip.InflaterInputStream;

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
    /** HttpClient 5's classic body stream, whose close reads the body to its end. */
    private static final String HC5_BODY = "org.apache.hc.core5.http.io.EofSensorInputStream";

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
     * An {@link InflaterInputStream} (a decompressing body) is not read: its {@code available()}
     * says 1 until the end, whether or not a byte has arrived.
     * @param body a retried response's body
     * @throws IOException as {@code body} throws it
     */
    public static void readAvailable(InputStream body) throws IOException {
        if (body instanceof InflaterInputStream) {
            return;
        }
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
     * Discards a retried response's body without draining it: reads what is already there
     * ({@link #readAvailable}), aborts the connection under it where it is Apache HttpClient 5's
     * {@code EofSensorInputStream} (whose close would read the body to its end), then closes it.
     * HttpClient 5 is named, not linked: core depends on no client. What the body throws is
     * dropped, since the response is thrown away.
     * @param body a retried response's body
     */
    public static void discard(InputStream body) {
        try {
            readAvailable(body);
            abortHc5(body);
        } catch (IOException | RuntimeException e) {
            // Best effort: closed below in any case.
        }
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    /** Calls {@code abort()} on {@code body} when it is HttpClient 5's classic body stream. */
    private static void abortHc5(InputStream body) throws IOException {
        for (Class<?> k = body.getClass(); k != null; k = k.getSuperclass()) {
            if (k.getName().equals(HC5_BODY)) {
                try {
                    k.getMethod("abort").invoke(body);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof IOException) {
                        throw (IOException) e.getCause();
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not the HttpClient 5 this was written for: closed as any other
                }
                return;
            }
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
