package io.github.statuscodes.servlet;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether an exception means that the HTTP client closed its connection: the situation
 * nginx logs as {@code 499} and AWS ELB as {@code 460}. Matches by class name and message, so it
 * needs no container on the class path. Stateless and thread-safe.
 *
 * <p>An exception is a client disconnect when it, or anything in its cause chain or among its
 * suppressed exceptions (searched recursively, cycles and all), is
 * <ul>
 *   <li>a container's client-abort type, by the simple name of its class or any superclass:
 *       Tomcat's {@code ClientAbortException} (every read or write failure on the client
 *       connection) and {@code CloseNowException} (HTTP/2 stream reset), Jetty's
 *       {@code EofException} (write side) and its subclass
 *       {@code HttpConnection$HttpEofException} ({@code "Early EOF"}, an upload cut short), and
 *       Spring's {@code AsyncRequestNotUsableException}; or</li>
 *   <li>an {@link IOException} whose message contains, ignoring case, {@code "broken pipe"},
 *       {@code "connection reset"} (with or without {@code "by peer"}), {@code "early eof"},
 *       Undertow's {@code "UT000128"} or {@code "remote peer closed connection"} (an upload cut
 *       short), {@code "stream was reset"} (HTTP/2, Undertow), {@code "client reset the
 *       stream"} (HTTP/2, Tomcat; also its French and Japanese forms), or Windows'
 *       {@code "connection was aborted"} and {@code "forcibly closed by the remote host"}.</li>
 * </ul>
 * Spring's {@code RestClientException} and {@code WebClientException} and their causes are not
 * searched: they report an outbound call to another server, never the client of this one. A
 * timeout is not a disconnect either, even wrapped in a client-abort type: if the graph holds a
 * {@code SocketTimeoutException}, {@code TimeoutException} or {@code InterruptedByTimeoutException},
 * the client was slow or idle but still there (nginx logs 408 or 504 for that, not 499). Nor is a
 * malformed request, which a container may report with an exception that also looks like a cut
 * connection: if the graph holds Tomcat's {@code BadRequestException}, a
 * {@code FileUploadException} or {@code MalformedStreamException} (multipart), Jetty's
 * {@code BadMessageException}, or an {@code IOException} with Undertow's {@code UT000020},
 * {@code UT000036} or {@code UT000042}, the client sent a bad request and is waiting for the
 * answer.
 *
 * <p>A bare {@link java.io.EOFException} is <em>not</em> a disconnect by itself: a truncated file
 * or stream of the application's own throws it too. Tomcat wraps the read-side one in
 * {@code ClientAbortException}, which is matched. Nor does a message alone prove where an
 * exception came from: an application that calls another server can see its own
 * {@code "Connection reset"}. {@link ClientDisconnectFilter} therefore also watches the request and
 * response streams and swallows an exception only with that evidence; use this class alone where
 * no such evidence exists, e.g. in {@link jakarta.servlet.AsyncListener#onError}.
 *
 * <pre>{@code
 * asyncContext.addListener(new AsyncListener() {
 *     public void onError(AsyncEvent event) {
 *         if (ClientDisconnects.isDisconnect(event.getThrowable())) {
 *             metrics.counter("http.client.closed").increment();
 *         }
 *     }
 *     // onComplete, onTimeout, onStartAsync ...
 * });
 * }</pre>
 *
 * @see <a href="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h">nginx
 *     NGX_HTTP_CLIENT_CLOSED_REQUEST (499)</a>
 * @since 0.1.0
 */
public final class ClientDisconnects {

    /** Most exceptions searched in one graph; deeper or wider graphs are cut off there. */
    static final int MAX_SEARCHED = 64;

    private static final Set<String> ABORT_TYPES = Set.of(
            "ClientAbortException",            // Tomcat (org.apache.catalina.connector), GlassFish
            "CloseNowException",               // Tomcat (org.apache.coyote), HTTP/2 stream reset
            "EofException",                    // Jetty (org.eclipse.jetty.io), HttpEofException too
            "AsyncRequestNotUsableException"); // Spring Framework 6.1+

    /**
     * The abort types that only a servlet container throws, for its own client connection: evidence
     * on their own. Jetty's {@code EofException} is not among them, as Jetty's HttpClient throws it
     * too, for a call to another server.
     */
    private static final Set<String> SERVER_ABORT_TYPES = Set.of(
            "ClientAbortException",
            "CloseNowException",
            "AsyncRequestNotUsableException");

    private static final Set<String> BAD_REQUEST_TYPES = Set.of(
            "BadRequestException",             // Tomcat (org.apache.coyote): e.g. bad chunk header
            "FileUploadException",             // Tomcat's and Commons FileUpload, IOFileUpload...
            "MalformedStreamException",        // FileUpload: no closing boundary
            "BadMessageException");            // Jetty (org.eclipse.jetty.http): e.g. bad multipart

    private static final String[] BAD_REQUEST_MESSAGES = {
        "ut000020",                            // Undertow: request larger than max-entity-size
        "ut000036",                            // Undertow: malformed multipart data
        "ut000042"                             // Undertow: malformed chunked body or trailers
    };

    private static final Set<String> OUTBOUND_TYPES = Set.of(
            "RestClientException",             // Spring RestTemplate / RestClient
            "WebClientException");             // Spring WebClient

    private static final Set<String> TIMEOUT_TYPES = Set.of(
            "SocketTimeoutException",          // java.net: blocking read or write timed out
            "TimeoutException",                // java.util.concurrent: Jetty's idle timeout
            "InterruptedByTimeoutException");  // java.nio.channels: NIO.2 read or write timeout

    private static final String[] MESSAGES = {
        "broken pipe",                         // EPIPE, Linux and macOS
        "connection reset",                    // ECONNRESET: "Connection reset [by peer]"
        "early eof",                           // Jetty, request body cut short
        "ut000128",                            // Undertow, request body cut short
        "remote peer closed connection",       // Undertow, the same without the id
        "stream was reset",                    // HTTP/2 RST_STREAM (Undertow UT000103)
        "client reset the stream",             // HTTP/2 RST_STREAM (Tomcat), and its fr, ja:
        "a réinitialisé la stream",
        "クライアントがストリームをリセットしました",
        "connection was aborted",              // Windows WSAECONNABORTED
        "forcibly closed by the remote host"   // Windows WSAECONNRESET
    };

    private ClientDisconnects() {
    }

    /**
     * Returns whether an exception means the client closed its connection.
     *
     * @param throwable the exception, e.g. one a servlet threw or
     *     {@link jakarta.servlet.AsyncEvent#getThrowable()}; null gives false
     * @return true if the exception or one of its causes or suppressed exceptions is a client
     *     disconnect
     */
    public static boolean isDisconnect(@Nullable Throwable throwable) {
        return find(throwable).isPresent();
    }

    /**
     * Finds the exception that shows the client closed its connection: the first match met in a
     * depth-first search of the cause chain and suppressed exceptions.
     *
     * @param throwable the exception to search; null gives an empty result
     * @return the matching exception, or empty if none matches
     */
    public static Optional<Throwable> find(@Nullable Throwable throwable) {
        if (isTimeoutOrBadRequest(throwable)) {
            return Optional.empty();
        }
        return search(throwable, ABORT_TYPES, false);
    }

    /**
     * Returns whether the graph holds a timeout or a malformed request, which are never read as
     * a disconnect: the client is still there.
     */
    static boolean isTimeoutOrBadRequest(Throwable throwable) {
        return graphHas(throwable, t -> hasTypeIn(t, TIMEOUT_TYPES) || isBadRequestItself(t));
    }

    /** Returns whether the graph holds a malformed request, as the container reported it. */
    static boolean isBadRequest(Throwable throwable) {
        return graphHas(throwable, ClientDisconnects::isBadRequestItself);
    }

    private static boolean isBadRequestItself(Throwable t) {
        // Tomcat's ClientAbortException extends its connector's BadRequestException: an abort
        // type is never a bad request.
        return hasTypeIn(t, BAD_REQUEST_TYPES) && !hasTypeIn(t, ABORT_TYPES)
                || t instanceof IOException && messageHas(t, BAD_REQUEST_MESSAGES);
    }

    private static boolean graphHas(Throwable throwable, Predicate<Throwable> test) {
        return first(throwable, test, false).isPresent();
    }

    /** Guesses the phase from the exception alone: only the read-side forms are distinctive. */
    static ClientDisconnect.Phase phaseOf(Throwable match) {
        if (match == null) {
            return ClientDisconnect.Phase.UNKNOWN;
        }
        String name = match.getClass().getName();
        String message = String.valueOf(match.getMessage()).toLowerCase(Locale.ROOT);
        Throwable cause = match.getCause();
        if (name.endsWith("HttpEofException") || message.contains("early eof")
                || message.contains("ut000128") || message.contains("remote peer closed connection")
                || cause instanceof java.io.EOFException && hasTypeIn(match, ABORT_TYPES)) {
            return ClientDisconnect.Phase.READING_REQUEST;
        }
        return ClientDisconnect.Phase.UNKNOWN;
    }

    /**
     * Returns whether the graph holds one of the abort types that only a servlet container
     * throws, for its client connection (Tomcat's {@code ClientAbortException} and
     * {@code CloseNowException}, Spring's {@code AsyncRequestNotUsableException}); these are
     * evidence on their own. Jetty's {@code EofException} is not: Jetty's HttpClient throws it
     * for a call to another server.
     */
    static boolean hasServerAbortType(Throwable throwable) {
        return !isTimeoutOrBadRequest(throwable)
                && search(throwable, SERVER_ABORT_TYPES, true).isPresent();
    }

    /** Returns whether {@code target} is {@code throwable} or in its graph, by identity. */
    static boolean contains(Throwable throwable, Throwable target) {
        return target != null && graphHas(throwable, t -> t == target);
    }

    private static Optional<Throwable> search(Throwable throwable, Set<String> abortTypes,
            boolean typesOnly) {
        return first(throwable,
                t -> hasTypeIn(t, abortTypes) || !typesOnly && hasDisconnectMessage(t), true);
    }

    /**
     * The one walk of an exception graph: depth-first, the cause before the suppressed
     * exceptions, each exception once (cycles are cut), at most {@link #MAX_SEARCHED} of them.
     *
     * @param skipOutbound whether to leave out an outbound client's exception and all below it
     * @return the first exception that matches, or empty
     */
    private static Optional<Throwable> first(Throwable throwable, Predicate<Throwable> match,
            boolean skipOutbound) {
        if (throwable == null) {
            return Optional.empty();
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.push(throwable);
        while (!todo.isEmpty() && seen.size() < MAX_SEARCHED) {
            Throwable t = todo.pop();
            if (!seen.add(t) || skipOutbound && hasTypeIn(t, OUTBOUND_TYPES)) {
                continue;
            }
            if (match.test(t)) {
                return Optional.of(t);
            }
            pushChildren(t, todo);
        }
        return Optional.empty();
    }

    private static void pushChildren(Throwable t, Deque<Throwable> todo) {
        Throwable[] suppressed = t.getSuppressed();
        for (int i = suppressed.length - 1; i >= 0; i--) {
            todo.push(suppressed[i]);
        }
        Throwable cause = t.getCause();
        if (cause != null) {
            todo.push(cause); // searched first: the cause chain is the usual place
        }
    }

    private static boolean hasTypeIn(Throwable t, Set<String> simpleNames) {
        for (Class<?> c = t.getClass(); c != null && c != Throwable.class; c = c.getSuperclass()) {
            if (simpleNames.contains(simpleName(c))) {
                return true;
            }
        }
        return false;
    }

    /** The simple name, also for nested classes such as {@code HttpConnection$HttpEofException}. */
    private static String simpleName(Class<?> c) {
        String name = c.getName();
        int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return name.substring(cut + 1);
    }

    private static boolean hasDisconnectMessage(Throwable t) {
        return t instanceof IOException && messageHas(t, MESSAGES);
    }

    private static boolean messageHas(Throwable t, String[] needles) {
        String message = t.getMessage();
        if (message == null || message.isEmpty()) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String m : needles) {
            if (lower.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
