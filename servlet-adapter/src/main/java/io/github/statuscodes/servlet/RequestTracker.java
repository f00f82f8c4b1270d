package io.github.statuscodes.servlet;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Listeners;
import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The state {@link ClientDisconnectFilter} keeps for one request: the first I/O failure seen on
 * the client's streams, the bytes written, and whether the disconnect has been recorded. Also the
 * {@link AsyncListener} for requests that go asynchronous. Thread-safe: an asynchronous request
 * may be written on one thread and completed on another.
 */
final class RequestTracker implements AsyncListener {

    private final ClientDisconnectFilter.Settings settings;
    private final HttpServletRequest request;
    private final String method;
    private final String requestUri;
    private final String protocol;
    private final HttpServletResponse response;
    private final long startNanos;
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicBoolean recorded = new AtomicBoolean();
    private volatile Throwable readFailure;
    private volatile Throwable writeFailure;
    private volatile Throwable containerFailure;
    private volatile Phase containerFailurePhase;
    private volatile boolean statusSet;
    private volatile boolean badRequest;

    RequestTracker(ClientDisconnectFilter.Settings settings, HttpServletRequest request,
            HttpServletResponse response, long startNanos) {
        this.settings = settings;
        this.request = request;
        // Copied now, on the request's own thread: a listener may keep the event after the
        // container recycled the request, whose getters then throw (Tomcat).
        this.method = String.valueOf(request.getMethod());
        this.requestUri = String.valueOf(request.getRequestURI());
        this.protocol = String.valueOf(request.getProtocol());
        this.response = response;
        this.startNanos = startNanos;
    }

    void wrote(long bytes) {
        bytesWritten.addAndGet(bytes);
    }

    /** Notes that the application set the status itself (setStatus, sendError, sendRedirect). */
    void statusSet(boolean set) {
        this.statusSet = set;
    }

    /**
     * Notes an exception thrown by one of the container's request or response streams, if
     * {@link ClientDisconnects} classifies it as a disconnect. Left out: a timeout (the client was
     * slow, not gone), a malformed request (Tomcat's {@code BadRequestException} and multipart
     * errors, Jetty's {@code BadMessageException}, Undertow's {@code UT000020}, {@code UT000036}
     * and {@code UT000042}) and every other I/O error, such as a full disk under a multipart
     * upload.
     */
    void ioFailure(Throwable t, Phase phase) {
        if (phase == Phase.READING_REQUEST && ClientDisconnects.isBadRequest(t)) {
            // The container rejected the request and may close the connection itself: what
            // fails afterwards is its doing, not the client's.
            badRequest = true;
            return;
        }
        if (!ClientDisconnects.isDisconnect(t)) {
            return;
        }
        if (phase == Phase.READING_REQUEST) {
            if (readFailure == null) {
                readFailure = t;
            }
        } else if (writeFailure == null) {
            writeFailure = t;
        }
    }

    /**
     * Notes a failure the container reported outside the streams, on a container thread while
     * the application may still be working (Jetty's failure listeners: an HTTP/2 stream reset),
     * or left in the request (Tomcat's reset, read when the chain ends), and records it at once, so that the listener hears of it before the application ends.
     * Left out, as everywhere: timeouts and whatever {@link ClientDisconnects} does not classify
     * as a disconnect. The status is set, if at all, when the chain returns, on the request's
     * own thread.
     */
    void containerFailure(Throwable t) {
        if (!ClientDisconnects.isDisconnect(t) || containerFailure != null) {
            return;
        }
        containerFailurePhase = bytesWritten.get() > 0 ? Phase.WRITING_RESPONSE
                : Phase.PROCESSING;
        containerFailure = t;
        record(t, containerFailurePhase, false);
    }

    /**
     * Notes a stream reset the container recorded in the request without telling anyone
     * (Tomcat, see {@link ContainerSignals#streamReset}); read when the chain ends, as Tomcat
     * gives no call while the application works.
     */
    private void checkStreamReset() {
        if (containerFailure == null && protocol.startsWith("HTTP/2")) {
            Throwable t = ContainerSignals.streamReset(request);
            if (t != null) {
                containerFailure(t);
            }
        }
    }

    /**
     * Whether the application answered the request itself: it set a status or wrote a byte. A
     * read failure it answered is a request it rejected, not a client that went away.
     */
    private boolean answered() {
        return statusSet || bytesWritten.get() > 0;
    }

    /**
     * The failure that shows the client went away, or null: a failed write; or a failed read that
     * the application did not answer. Jetty reports a body cut short and a malformed chunked body
     * with the same {@code "Early EOF"}, and a write to a connection the client half-closed
     * usually succeeds, so neither the exception nor a later write can tell them apart; an
     * application that answers after a failed read has decided the client is there. None after
     * a read the container rejected as malformed: it closes the connection itself (Undertow
     * does after {@code UT000042}), so a later failed write is not the client's doing.
     */
    private @Nullable Throwable evidence() {
        if (badRequest) {
            return null;
        }
        Throwable w = writeFailure;
        if (w != null) {
            return w;
        }
        Throwable c = containerFailure;
        if (c != null) {
            return c;
        }
        Throwable r = readFailure;
        return r != null && !answered() ? r : null;
    }

    private Phase phaseOf(Throwable evidence) {
        return evidence == writeFailure ? Phase.WRITING_RESPONSE
                : evidence == containerFailure ? containerFailurePhase : Phase.READING_REQUEST;
    }

    /**
     * Decides what to do with an exception the filter chain threw: records the disconnect if the
     * client went away, and returns true if the filter should swallow the exception.
     */
    boolean chainFailed(Throwable thrown) {
        checkStreamReset();
        Throwable seen = evidence();
        Throwable fromStream = ClientDisconnects.contains(thrown, writeFailure) ? writeFailure
                : seen != null && ClientDisconnects.contains(thrown, seen) ? seen : null;
        boolean disconnect = fromStream != null
                || ClientDisconnects.hasServerAbortType(thrown)
                || seen != null && ClientDisconnects.isDisconnect(thrown);
        boolean swallow = disconnect && !settings.rethrow;
        if (disconnect) {
            Phase phase = fromStream != null ? phaseOf(fromStream)
                    : seen != null ? phaseOf(seen) : guessPhase(thrown);
            record(thrown, phase, swallow);
            if (swallow) {
                setStatus(); // in case a container thread recorded first and left the status
            }
        } else if (seen != null) {
            // The client went away, but what the application threw is another matter: keep it.
            record(seen, phaseOf(seen), false);
        }
        return swallow;
    }

    /** Called when the chain returned normally and the request did not go asynchronous. */
    void chainReturned() {
        checkStreamReset();
        Throwable seen = evidence();
        if (seen != null) {
            record(seen, phaseOf(seen), true);
            setStatus(); // in case a container thread recorded first (Jetty) and left the status
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
        ClientDisconnect event = new ClientDisconnect(request, method, requestUri, protocol,
                status, elapsed, bytesWritten.get(), phase, cause);
        request.setAttribute(settings.attribute, status.code());
        request.setAttribute(ClientDisconnectFilter.DISCONNECT_ATTRIBUTE, event);
        if (setStatus) {
            setStatus();
        }
        try {
            settings.listener.onClientDisconnect(event);
        } catch (RuntimeException e) {
            Listeners.reportFailure(settings.listener, "onClientDisconnect", e);
        }
    }

    /**
     * Sets the recorded code as the response status if the response is not committed and its
     * status is still the container's default 200. Nothing reaches a client that is gone, but the
     * container's access log reads this status. A status the application or the container set is
     * never overwritten.
     */
    private void setStatus() {
        int code = settings.status.code();
        if (code <= 599 && !statusSet && !response.isCommitted()
                && response.getStatus() == HttpServletResponse.SC_OK) {
            try {
                response.setStatus(code);
            } catch (RuntimeException e) {
                // A container may refuse the status; the request attribute still says it.
            }
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        checkStreamReset();
        Throwable seen = evidence();
        if (seen != null) {
            record(seen, phaseOf(seen), false);
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        Throwable t = event.getThrowable();
        Throwable seen = evidence();
        if (ClientDisconnects.contains(t, seen) || ClientDisconnects.isDisconnect(t)) {
            Phase phase = seen != null ? phaseOf(seen) : guessPhase(t);
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
