package io.github.statuscodes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.InflaterInputStream;

/**
 * How every adapter discards a response it retries, so that a slow or endless body never holds a
 * call: read what is already there, or during the wait, up to {@link #LIMIT_BYTES}, for at most
 * {@link #GRACE_NANOS} past the wait, then close, never draining what is left. Not part of the
 * public API.
 */
public final class Discards {
    /** The most bytes of a retried response read before it is closed: 64 KiB. */
    public static final long LIMIT_BYTES = 64 * 1024;
    /** The longest a retried body may take past the wait before it is closed: 100 ms. */
    public static final long GRACE_NANOS = 100_000_000L;
    /** Apache HttpClient 5's classic body stream, whose {@code abort()} drops the connection. */
    static final String HTTPCLIENT5_BODY = "org.apache.hc.core5.http.io.EofSensorInputStream";
    /**
     * Spring's body streams fed by a reactive publisher (Reactor Netty's, for one): spring-web's
     * and spring-core's copy of {@code SubscriberInputStream}.
     */
    static final String SPRING_WEB_SUBSCRIBER_BODY = "org.springframework.http.client.SubscriberInputStream";
    static final String SPRING_CORE_SUBSCRIBER_BODY =
            "org.springframework.core.io.buffer.SubscriberInputStream";
    private static final ThreadLocal<Boolean> DISCARDING = new ThreadLocal<>();

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
     * ({@link #readAvailable}), then closes it, {@link #isDiscarding() discarding} on this thread.
     * Apache HttpClient 5's classic body, whose close would read it to its end, is aborted instead
     * (by name: core has no dependency); a stream of its decompression is closed unread. Spring's
     * stream over a reactive body is closed and released even before its publisher has subscribed
     * ({@link #closeSubscribed}).
     * What the body throws is dropped.
     * @param body a retried response's body
     */
    public static void discard(InputStream body) {
        DISCARDING.set(Boolean.TRUE);
        try {
            String type = body.getClass().getName();
            if (type.equals(SPRING_WEB_SUBSCRIBER_BODY) || type.equals(SPRING_CORE_SUBSCRIBER_BODY)) {
                closeSubscribed(body, GRACE_NANOS);
                return;
            }
            try {
                if (type.equals(HTTPCLIENT5_BODY)) {
                    body.getClass().getMethod("abort").invoke(body);
                } else if (!type.startsWith("org.apache.hc.")) {
                    readAvailable(body);
                }
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                // Best effort: closed below in any case.
            }
            try {
                body.close();
            } catch (IOException | RuntimeException e) {
                // as above
            }
        } finally {
            DISCARDING.remove();
        }
    }

    /**
     * Closes a body that a publisher feeds once it has subscribed to it, which it does later, on
     * its own thread (Spring's {@code SubscriberInputStream} on Reactor Netty). Until then the
     * stream's {@code close()} and {@code read(byte[], int, int)} throw
     * {@link IllegalStateException} without cancelling, and the buffers that arrive afterwards
     * would never be released. {@code read()} after a close never waits: it releases what the
     * stream holds and makes it release every buffer that still arrives. The bulk read then
     * cancels the subscription; it is retried until the publisher has subscribed, for at most
     * {@code waitNanos}. What else the body throws is dropped.
     * @param body a retried response's body, never read before
     * @param waitNanos the longest to wait for the subscription
     */
    static void closeSubscribed(InputStream body, long waitNanos) {
        try {
            body.close();
            return;
        } catch (IllegalStateException e) {
            // not subscribed yet: released and cancelled below
        } catch (IOException | RuntimeException e) {
            return;
        }
        try {
            body.read();
        } catch (IOException | RuntimeException e) {
            // the stream is closed; nothing to release
        }
        long start = System.nanoTime();
        byte[] one = new byte[1];
        while (true) {
            try {
                body.read(one, 0, 1);
                return;
            } catch (IllegalStateException e) {
                if (System.nanoTime() - start >= waitNanos) {
                    return;
                }
                LockSupport.parkNanos(100_000L);
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
    }

    /**
     * Whether this thread is closing a retried body in {@link #discard}: a client's stream under a
     * decompressing one then drops its connection instead of reading to the end.
     * @return true while {@link #discard} closes a body on this thread
     */
    public static boolean isDiscarding() {
        return DISCARDING.get() != null;
    }

    /**
     * Whether {@code failure}, or one of its causes, is a connect that failed.
     * @param failure what the client threw
     * @return true for a connect failure
     * @see ConnectFailures#isConnectFailure(Throwable)
     */
    public static boolean isConnectFailure(Throwable failure) {
        return ConnectFailures.isConnectFailure(failure);
    }
}
