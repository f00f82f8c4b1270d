package io.github.statuscodes.servlet;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Records each disconnect by the request's X-Test-Id header. Public with a no-arg constructor, so
 * that the {@code listener} init-param can name it.
 */
public class RecordingListener implements ClientDisconnectListener {

    /** What the listener saw, copied on the request thread while the request is valid. */
    static final class Seen {
        final int code;
        final Object attribute;
        final Object disconnectAttribute;
        final ClientDisconnect.Phase phase;
        final long bytesWritten;
        final long elapsedNanos;
        final String cause;
        final String uri;
        final ClientDisconnect event;

        Seen(ClientDisconnect e) {
            this.event = e;
            this.code = e.status().code();
            this.attribute = e.request().getAttribute(ClientDisconnectFilter.STATUS_ATTRIBUTE);
            this.disconnectAttribute = e.request().getAttribute(
                    ClientDisconnectFilter.DISCONNECT_ATTRIBUTE);
            this.phase = e.phase();
            this.bytesWritten = e.bytesWritten();
            this.elapsedNanos = e.elapsed().toNanos();
            this.cause = e.cause().map(t -> t.getClass().getName() + ": " + t.getMessage())
                    .orElse("(none)");
            this.uri = e.request().getRequestURI();
        }

        @Override
        public String toString() {
            return code + " " + uri + " " + phase + " " + bytesWritten + " bytes, cause " + cause;
        }
    }

    private static final ConcurrentMap<String, CompletableFuture<Seen>> SEEN =
            new ConcurrentHashMap<>();

    private static CompletableFuture<Seen> future(String id) {
        return SEEN.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    static Seen await(String id) throws Exception {
        return future(id).get(10, TimeUnit.SECONDS);
    }

    /** What was recorded within {@code wait}, or empty. */
    static Optional<Seen> await(String id, java.time.Duration wait) throws Exception {
        try {
            return Optional.of(future(id).get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        }
    }

    /** What was recorded so far; call after the access log line arrived, which comes later. */
    static Optional<Seen> now(String id) {
        CompletableFuture<Seen> f = SEEN.get(id);
        return f == null || !f.isDone() ? Optional.empty() : Optional.of(f.join());
    }

    @Override
    public void onClientDisconnect(ClientDisconnect event) {
        String id = event.request().getHeader("X-Test-Id");
        if (id != null && !future(id).complete(new Seen(event))) {
            throw new AssertionError("recorded twice: " + id);
        }
    }
}
