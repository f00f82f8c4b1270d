package io.github.statuscodes.servlet;

import io.github.statuscodes.StatusCode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * One request whose client closed the connection before the response was complete, as
 * {@link ClientDisconnectFilter} recorded it. Immutable; the request it refers to is not, and is
 * only valid until the container recycles it (read it inside the listener, not later).
 *
 * <pre>{@code
 * public void onClientDisconnect(ClientDisconnect event) {
 *     log.debug("{} {} -> {} after {} ms, {} bytes, while {}",
 *             event.request().getMethod(), event.request().getRequestURI(),
 *             event.status().code(), event.elapsed().toMillis(), event.bytesWritten(),
 *             event.phase());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClientDisconnect {

    /**
     * What the server was doing when it noticed that the client had gone.
     *
     * @since 0.1.0
     */
    public enum Phase {
        /** Reading the request body: an upload was cut short. */
        READING_REQUEST,
        /** Writing the response: a download was cut short. */
        WRITING_RESPONSE,
        /** Not known, e.g. only an exception's class or message showed it. */
        UNKNOWN
    }

    private final HttpServletRequest request;
    private final StatusCode status;
    private final Duration elapsed;
    private final long bytesWritten;
    private final Phase phase;
    private final Throwable cause;

    ClientDisconnect(HttpServletRequest request, StatusCode status, Duration elapsed,
            long bytesWritten, Phase phase, Throwable cause) {
        this.request = request;
        this.status = status;
        this.elapsed = elapsed;
        this.bytesWritten = bytesWritten;
        this.phase = phase;
        this.cause = cause;
    }

    /**
     * Returns the request the client abandoned.
     *
     * @return the request, valid until the container recycles it
     */
    public HttpServletRequest request() {
        return request;
    }

    /**
     * Returns the code recorded for the request: nginx's 499 unless the filter was configured
     * otherwise.
     *
     * @return the status code
     */
    public StatusCode status() {
        return status;
    }

    /**
     * Returns the time from the filter's start on the request to the moment the disconnect was
     * recorded.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Returns how many response body bytes the application handed to the container before the
     * disconnect was recorded: through {@code getOutputStream()}, or the characters written
     * through {@code getWriter()} counted in the response's character encoding. Bytes the
     * container buffered but never sent are included; headers are not.
     *
     * @return the byte count, zero or more
     */
    public long bytesWritten() {
        return bytesWritten;
    }

    /**
     * Returns what the server was doing when it noticed.
     *
     * @return the phase
     */
    public Phase phase() {
        return phase;
    }

    /**
     * Returns the exception that showed the disconnect, if there was one: a container's
     * {@code PrintWriter} reports a failed write only as a flag.
     *
     * @return the exception, or empty
     */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    /**
     * Returns a summary for logs, e.g.
     * {@code "ClientDisconnect[499 GET /files/big, WRITING_RESPONSE after PT0.25S, 65536 bytes]"}.
     * The query string and headers are left out, since they may carry credentials.
     */
    @Override
    public String toString() {
        return "ClientDisconnect[" + status.code() + " " + request.getMethod() + " "
                + request.getRequestURI() + ", " + phase + " after " + elapsed + ", "
                + bytesWritten + " bytes]";
    }
}
