package io.github.statuscodes.spring;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import java.net.URI;
import java.time.Duration;

/**
 * Sees what {@link StatusCodeRetryInterceptor} and {@link StatusCodeRetryFilter} do with
 * retryable responses: each retry and each give-up, for logs and metrics. It uses no Spring type,
 * so one listener serves both clients.
 *
 * <p>Called on the thread that runs the call (for the filter, a Reactor thread), so it must be
 * thread-safe, quick and non-blocking. One that throws is reported through the
 * {@code io.github.statuscodes} logger and changes nothing.
 *
 * <pre>{@code
 * RetryListener metrics = new RetryListener() {
 *     @Override
 *     public void onRetry(String method, URI uri, StatusCode code, int attempt, Duration delay) {
 *         registry.counter("http.client.retries", "code", Integer.toString(code.code())).increment();
 *     }
 * };
 * }</pre>
 *
 * @since 0.2.0
 */
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = new RetryListener() {
    };

    /**
     * Called before each wait, after the discarded response was closed.
     *
     * @param method the request method
     * @param uri the request URI
     * @param code the resolved status code of the response being retried
     * @param attempt how many attempts the call has sent so far (1 before the first retry)
     * @param delay how long the client waits before the next attempt
     */
    default void onRetry(String method, URI uri, StatusCode code, int attempt, Duration delay) {
    }

    /**
     * Called when a response the policy would otherwise retry is returned to the caller instead
     * (see {@link RetryDecision#isGiveUp()}); a final response (a 200, a 404) is not reported.
     *
     * @param method the request method
     * @param uri the request URI
     * @param code the resolved status code of the response that is returned
     * @param attempts how many attempts the call has sent
     * @param reason why the policy stopped
     */
    default void onGiveUp(String method, URI uri, StatusCode code, int attempts,
            RetryDecision.StopReason reason) {
    }
}
