package io.github.statuscodes.servlet;

import io.github.statuscodes.StatusCode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * One request whose client closed the connection before the response was complete, as
 * {@link ClientDisconnectFilter} recorded it. Immutable and thread-safe: the method, URI and
 * protocol are copied when the filter starts on the request, so every accessor but
 * {@link #request()}, and {@link #toString()}, keep working after the container has recycled
 * the request (a listener may queue or log the event later).
 *
 * <pre>{@code
 * public void onClientDisconnect(ClientDisconnect event) {
 *     log.debug("{} {} -> {} after {} ms, {} bytes, while {}",
 *             event.method(), event.requestUri(), event.status().code(),
 *             event.elapsed().toMillis(), event.bytesWritten(), event.phase());
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
        /**
         * Neither: the application was still working on the response when the container
         * reported the client gone (Jetty 12, when an HTTP/2 client resets its stream).
         */
        PROCESSING,
        /** Not known, e.g. only an exception's class or message showed it. */
        UNKNOWN
    }

    private final HttpServletRequest request;
    private final String method;
    private final String requestUri;
    private final String protocol;
    private final StatusCode status;
    private final Duration elapsed;
    private final long bytesWritten;
    private final Phase phase;
    private final Throwable cause;

    ClientDisconnect(HttpServletRequest request, String method, String requestUri,
            String protocol, StatusCode status, Duration elapsed, long bytesWritten, Phase phase,
            Throwable cause) {
        this.request = request;
        this.method = method;
        this.requestUri = requestUri;
        this.protocol = protocol;
        this.status = status;
        this.elapsed = elapsed;
        this.bytesWritten = bytesWritten;
        this.phase = phase;
        this.cause = cause;
    }

    /**
     * Returns the request the client abandoned. It is valid only while the listener runs, and
     * then possibly in use by the application's thread too (Jetty's HTTP/2 reset): read it, do
     * not change it. Once the container has recycled it, its methods throw or answer for
     * another request (Tomcat throws {@code IllegalStateException}). Read what you need there,
     * or use {@link #method()}, {@link #requestUri()} and {@link #protocol()}, which are copies.
     *
     * @return the request, valid until the container recycles it
     */
    public HttpServletRequest request() {
        return request;
    }

    /**
     * Returns the request's method, copied when the filter started on it.
     *
     * @return e.g. {@code "GET"}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the request's URI path, without the query string (which may carry credentials),
     * copied when the filter started on it.
     *
     * @return e.g. {@code "/files/big"}, as {@link HttpServletRequest#getRequestURI()} gave it
     */
    public String requestUri() {
        return requestUri;
    }

    /**
     * Returns the request's protocol, copied when the filter started on it.
     *
     * @return e.g. {@code "HTTP/1.1"} or {@code "HTTP/2.0"}
     */
    public String protocol() {
        return protocol;
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
     * Returns how many response body bytes the container accepted before the disconnect was
     * recorded: bytes whose write into the container's output stream returned without an
     * exception. Through {@code getWriter()} these are the encoded bytes that reached that
     * stream, not the characters handed to the writer (the filter's writer encodes each write at
     * once and stops at the first failure). Accepted is not delivered: the count includes what
     * the container and the kernel buffered but never sent; headers are not counted.
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
     * Returns a summary for logs, e.g. {@code "ClientDisconnect[499 GET /files/big HTTP/1.1,
     * WRITING_RESPONSE after PT0.25S, 65536 bytes]"}. The query string and headers are left out,
     * since they may carry credentials. Works after the request was recycled.
     */
    @Override
    public String toString() {
        return "ClientDisconnect[" + status.code() + " " + method + " " + requestUri + " "
                + protocol + ", " + phase + " after " + elapsed + ", " + bytesWritten
                + " bytes]";
    }
}
