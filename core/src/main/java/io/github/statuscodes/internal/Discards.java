package io.github.statuscodes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;

/**
 * How every adapter discards a response it retries, so that a slow or endless body never holds a
 * call: read what is already there, or during the wait, up to {@link #LIMIT_BYTES}, for at most
 * {@link #GRACE_NANOS} past the wait, then close. Core knows no client: an adapter whose client
 * drains a body on close passes an {@link Abort}. Not part of the public API.
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
     * ({@link #readAvailable}), then closes it. What the body throws is dropped.
     * @param body a retried response's body
     */
    public static void discard(InputStream body) {
        discard(body, Abort.NONE);
    }

    /**
     * As {@link #discard(InputStream)}, calling {@code abort} before the close: the adapter's
     * hook for a client whose close would read the body to its end.
     * @param body a retried response's body
     * @param abort drops the connection under {@code body}; {@link Abort#NONE} for none
     */
    public static void discard(InputStream body, Abort abort) {
        try {
            readAvailable(body);
            abort.abort(body);
        } catch (IOException | RuntimeException e) {
            // Best effort: closed below in any case.
        }
        try {
            body.close();
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    /** Drops the connection under a retried body, where closing it would drain the body. */
    @FunctionalInterface
    public interface Abort {
        /** Aborts nothing: closing the body is enough. */
        Abort NONE = body -> { };

        /**
         * Aborts the connection under {@code body}, if it is one the adapter knows.
         * @param body a retried response's body
         * @throws IOException as the client throws it
         */
        void abort(InputStream body) throws IOException;
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
