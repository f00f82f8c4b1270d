package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Sees what a {@link RetryingHttpClient} does with retryable outcomes: each retry and each
 * give-up, for logging and metrics. Every method has a no-op default, so implement only what you
 * need.
 *
 * <p>Called on the thread that saw the attempt end: the caller's for {@code send}; for
 * {@code sendAsync}, the thread on which the JDK client completes its futures (its executor, or the
 * common pool when the client has no executor of its own). So a listener must be thread-safe and
 * quick: count, log, return. A listener that throws is reported on the
 * {@code io.github.statuscodes} {@link System.Logger} and never changes the outcome of the call.
 *
 * <pre>{@code
 * RetryListener metrics = new RetryListener() {
 *     @Override
 *     public void onRetry(HttpRequest request, StatusCode code, int attempt, Duration delay) {
 *         registry.counter("http.client.retries", "code", String.valueOf(code.code())).increment();
 *     }
 * };
 * HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient(), RetryPolicy.defaults(),
 *     metrics);
 * }</pre>
 *
 * @since 0.2.0
 */
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = new RetryListener() {
    };

    /**
     * Called before the wait that precedes a retry, after the discarded response's body was
     * drained.
     *
     * @param request the request that is sent again
     * @param code the resolved status code of the response being retried
     * @param attempt how many attempts the call has sent so far; 1 before the first retry
     * @param delay how long the client waits before the next attempt
     */
    default void onRetry(HttpRequest request, StatusCode code, int attempt, Duration delay) {
    }

    /**
     * Called before the wait that precedes a retry after a failed connection: the request never
     * reached the server.
     *
     * @param request the request that is sent again
     * @param failure the {@code ConnectException} or {@code HttpConnectTimeoutException}
     * @param attempt how many attempts the call has sent so far
     * @param delay how long the client waits before the next attempt
     */
    default void onConnectFailureRetry(HttpRequest request, IOException failure, int attempt,
            Duration delay) {
    }

    /**
     * Called when a response that is retryable by its code is returned to the caller instead of
     * retried. A response whose code is not retryable (a 200, a 404) is not a give-up.
     *
     * @param request the request of the response that is returned
     * @param code the resolved status code of the response that is returned
     * @param attempts how many attempts the call has sent
     * @param reason why the policy stopped, never {@code NOT_RETRYABLE}
     */
    default void onGiveUp(HttpRequest request, StatusCode code, int attempts,
            RetryDecision.StopReason reason) {
    }
}
