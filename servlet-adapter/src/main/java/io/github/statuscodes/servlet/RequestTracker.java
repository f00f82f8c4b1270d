package io.github.statuscodes.servlet;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state {@link ClientDisconnectFilter} keeps for one request: the first I/O failure seen on
 * the client's streams, the bytes written, and whether the disconnect has been recorded. Also the
 * {@link AsyncListener} for requests that go asynchronous. Thread-safe: an asynchronous request
 * may be written on one thread and completed on another.
 */
final class RequestTracker implements AsyncListener {

    private final ClientDisconnectFilter.Settings settings;
    private final ServletContext context;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final long startNanos;
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicBoolean recorded = new AtomicBoolean();
    private volatile Throwable failure;
    private volatile Phase failurePhase = Phase.UNKNOWN;
    private volatile TrackingWriter writer;

    RequestTracker(ClientDisconnectFilter.Settings settings, ServletContext context,
            HttpServletRequest request, HttpServletResponse response, long startNanos) {
        this.settings = settings;
        this.context = context;
        this.request = request;
        this.response = response;
        this.startNanos = startNanos;
    }

    void wrote(long bytes) {
        bytesWritten.addAndGet(bytes);
    }

    void writerCreated(TrackingWriter w) {
        this.writer = w;
    }

    /**
     * Notes an exception thrown by one of the container's request or response streams. A timeout
     * is left out: the client was slow, not gone.
     */
    void ioFailure(Throwable t, Phase phase) {
        if (failure == null && !ClientDisconnects.isTimeout(t)) {
            failurePhase = phase;
            failure = t;
        }
    }

    /** Notes that the container's PrintWriter reported a failed write (it keeps no exception). */
    void writerFailure() {
        if (failure == null) {
            failurePhase = Phase.WRITING_RESPONSE;
        }
    }

    /**
     * Decides what to do with an exception the filter chain threw: records the disconnect if the
     * client went away, and returns true if the filter should swallow the exception.
     */
    boolean chainFailed(Throwable thrown) {
        Throwable seen = failure;
        boolean disconnect = ClientDisconnects.contains(thrown, seen)
                || ClientDisconnects.hasAbortType(thrown)
                || seen != null && ClientDisconnects.isDisconnect(thrown);
        boolean swallow = disconnect && !settings.rethrow;
        if (disconnect) {
            Phase phase = seen != null ? failurePhase : guessPhase(thrown);
            record(thrown, phase, swallow);
        } else if (seen != null) {
            // The client went away, but what the application threw is another matter: keep it.
            record(seen, failurePhase, false);
        }
        return swallow;
    }

    /** Called when the chain returned normally and the request did not go asynchronous. */
    void chainReturned() {
        Throwable seen = failure;
        if (seen != null) {
            record(seen, failurePhase, true);
            return;
        }
        TrackingWriter w = writer;
        // Only a committed response has sent bytes, so only then can a write have failed; the
        // flush that checkError() does is then harmless, as the container is about to do it.
        if (w != null && response.isCommitted() && w.delegateHasError()) {
            record(null, Phase.WRITING_RESPONSE, false);
        }
    }

    /**
     * The phase when no stream of ours saw the failure (e.g. Tomcat's AsyncListener.onError can
     * come before the writing thread's own exception): a read-side exception says so; otherwise a
     * response that has sent or buffered bytes was being written.
     */
    private Phase guessPhase(Throwable t) {
        Phase phase = ClientDisconnects.phaseOf(ClientDisconnects.find(t).orElse(null));
        if (phase == Phase.UNKNOWN && (bytesWritten.get() > 0 || response.isCommitted())) {
            return Phase.WRITING_RESPONSE;
        }
        return phase;
    }

    private void record(Throwable cause, Phase phase, boolean setStatus) {
        if (!recorded.compareAndSet(false, true)) {
            return;
        }
        StatusCode status = settings.status;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        ClientDisconnect event = new ClientDisconnect(request, status, elapsed,
                bytesWritten.get(), phase, cause);
        request.setAttribute(settings.attribute, status.code());
        request.setAttribute(ClientDisconnectFilter.DISCONNECT_ATTRIBUTE, event);
        if (setStatus && status.code() <= 599 && !response.isCommitted()) {
            // Nothing reaches the client, but the container's access log reads this status.
            try {
                response.setStatus(status.code());
            } catch (RuntimeException e) {
                // A container may refuse the status; the request attribute still says it.
            }
        }
        try {
            settings.listener.onClientDisconnect(event);
        } catch (RuntimeException e) {
            context.log("ClientDisconnectListener " + settings.listener.getClass().getName()
                    + " failed on " + event, e);
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        Throwable seen = failure;
        if (seen != null) {
            record(seen, failurePhase, false);
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        Throwable t = event.getThrowable();
        Throwable seen = failure;
        if (ClientDisconnects.contains(t, seen) || ClientDisconnects.isDisconnect(t)) {
            Phase phase = seen != null ? failurePhase : guessPhase(t);
            record(t, phase, false);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        // A timeout is not a disconnect; onComplete follows and checks what was seen.
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // startAsync() again (after a dispatch) clears the listeners: stay registered.
        event.getAsyncContext().addListener(this);
    }
}
