package io.github.statuscodes.okhttp;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Call;

/**
 * How {@link StatusCodeInterceptor} waits between attempts: on the call's thread, in slices of at
 * most {@link #CANCEL_CHECK_NANOS}, checking {@link Call#isCanceled()} before each.
 */
@SuppressWarnings("deprecation")   // the 0.1.0 Sleeper
final class CancellableWait {
    /** The longest sleep between two checks of {@link Call#isCanceled()}: 10 ms. */
    static final long CANCEL_CHECK_NANOS = 10_000_000L;

    /** The default sleeper: {@link Thread#sleep(long, int)}. */
    static final StatusCodeInterceptor.Sleeper THREAD_SLEEP =
            d -> Thread.sleep(d.toMillis(), d.getNano() % 1_000_000);

    private CancellableWait() {
    }

    /**
     * Waits {@code nanos} with {@code sleeper}, or throws OkHttp's {@code IOException("Canceled")}
     * once the call is canceled (also by its timeout), or an {@link InterruptedIOException} naming
     * {@code cause} (the code retried, or a failed connect) if the thread is interrupted,
     * keeping its interrupt status.
     */
    static void await(Call call, long nanos, StatusCodeInterceptor.Sleeper sleeper,
            Object cause) throws IOException {
        for (long remaining = nanos; ; remaining -= CANCEL_CHECK_NANOS) {
            if (call.isCanceled()) {
                throw new IOException("Canceled");   // what OkHttp throws between attempts
            }
            if (remaining <= 0) {
                return;
            }
            try {
                sleeper.sleep(Duration.ofNanos(Math.min(remaining, CANCEL_CHECK_NANOS)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException ie = new InterruptedIOException("interrupted while waiting "
                        + Duration.ofNanos(nanos) + " to retry after " + cause);
                ie.initCause(e);
                throw ie;
            }
        }
    }
}
