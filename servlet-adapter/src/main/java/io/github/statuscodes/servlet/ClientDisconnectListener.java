package io.github.statuscodes.servlet;

/**
 * Receives the requests whose client went away, as {@link ClientDisconnectFilter} records them:
 * for metrics, tracing or a log line of your own.
 *
 * <p>Called on the thread that noticed the disconnect (the request thread; a container thread for
 * asynchronous requests; on Jetty 12, for an HTTP/2 stream reset, a Jetty thread while the
 * application's own thread may still work on the request), at most once per request, after the
 * request attribute is set. An
 * implementation must be thread-safe and quick, and should not throw: an exception it throws is
 * logged as a warning on the {@code io.github.statuscodes} {@link System.Logger} and otherwise
 * ignored. The event stays usable after the request ended, except its
 * {@link ClientDisconnect#request()}.
 * The default methods do nothing, so new callbacks can be added later without breaking you.
 *
 * <pre>{@code
 * ClientDisconnectListener metrics = new ClientDisconnectListener() {
 *     @Override
 *     public void onClientDisconnect(ClientDisconnect event) {
 *         registry.counter("http.server.requests",
 *                 "status", Integer.toString(event.status().code()),   // "499"
 *                 "phase", event.phase().name())
 *             .increment();
 *     }
 * };
 * }</pre>
 *
 * <p>From {@code web.xml}, name a public class with a public no-argument constructor in the
 * filter's {@code listener} init-param.
 *
 * @since 0.1.0
 */
public interface ClientDisconnectListener {

    /**
     * Called once for a request whose client closed the connection before the response was
     * complete.
     *
     * @param event what was recorded: the request, the status code, the elapsed time, the bytes
     *     written and the exception seen
     */
    default void onClientDisconnect(ClientDisconnect event) {
    }
}
