package io.github.statuscodes.resilience4j;

import io.github.statuscodes.internal.Discards;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Releases what a retried response still holds, as core's {@link Discards} does for the client
 * adapters: a stream body is read only as far as it is already there (at most 64 KiB), its
 * connection aborted where a close would drain it, then closed; a body already read is left to
 * the garbage collector. What the client throws is dropped.
 */
final class Releases {
    private Releases() {
    }

    /** Releases a body of any type: a stream, something to close, a JDK body publisher. */
    @SuppressWarnings("unchecked")
    static void body(@Nullable Object body) {
        try {
            if (body instanceof InputStream) {
                Discards.discard((InputStream) body);
            } else if (body instanceof AutoCloseable) {
                ((AutoCloseable) body).close();
            } else if (body instanceof Flow.Publisher) {
                ((Flow.Publisher<List<ByteBuffer>>) body).subscribe(new Cancel());
            }
        } catch (Exception | LinkageError e) {
            // Best effort: the response is dropped in any case.
        }
    }

    /** Closes {@code closeable}, dropping what it throws. */
    static void close(@Nullable AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // as above
        }
    }

    /** Cancels a JDK body publisher's subscription at once, which releases its connection. */
    private static final class Cancel implements Flow.Subscriber<List<ByteBuffer>> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
