package io.github.statuscodes.resilience4j;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The future a wrapped retry gave the caller for one asynchronous call: once the caller has
 * completed or cancelled it (a {@code TimeLimiter} that timed out cancels it), the call is
 * abandoned and sends nothing more.
 */
final class CallerFuture {
    private volatile @Nullable Future<?> future;

    /** Watches {@code promise}, the future the caller holds. */
    void watch(CompletionStage<?> promise) {
        future = promise.toCompletableFuture();
    }

    /** {@return whether the caller's future is done, so no further attempt is wanted} */
    boolean ended() {
        Future<?> f = future;
        return f != null && f.isDone();
    }

    /** {@return the failure an attempt that is no longer sent completes with} */
    CancellationException abandoned() {
        return new CancellationException("the caller's future of this Resilience4j call is done"
                + " (completed or cancelled, e.g. by a TimeLimiter): no further attempt is sent");
    }
}
