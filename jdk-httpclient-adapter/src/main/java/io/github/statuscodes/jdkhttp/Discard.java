package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.internal.Discards;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body subscriber of a retried response: done at once, so the attempt ends with the status
 * line; the body is then read and dropped up to {@link Discards#LIMIT_BYTES} until
 * {@link #close()} cancels the rest after the wait.
 */
final class Discard<T> implements BodySubscriber<T> {

    /** Completes when the body is read to its end, failed, or was cancelled. */
    final CompletableFuture<Void> finished = new CompletableFuture<>();

    private Flow.Subscription subscription;
    private long read;
    private boolean done;

    @Override
    public CompletionStage<T> getBody() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (done) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        for (ByteBuffer b : item) {
            read += b.remaining();
        }
        if (read > Discards.LIMIT_BYTES) {
            close();
        }
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        done = true;
        finished.complete(null);
    }

    @Override
    public synchronized void onComplete() {
        done = true;
        finished.complete(null);
    }

    /** Cancels what is not read yet; nothing once the body is complete. */
    synchronized void close() {
        if (!done) {
            done = true;
            if (subscription != null) {
                subscription.cancel();
            }
        }
        finished.complete(null);
    }
}
