package io.github.statuscodes.okhttp;

import io.github.statuscodes.StatusCode;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;

/**
 * Sees what a {@link StatusCodeInterceptor} does with retryable responses: each retry and each
 * give-up, for logging and metrics. Every method has a no-op default, so implement only what you
 * need.
 *
 * <p>The interceptor calls the listener on the thread that runs the call (for
 * {@code Call.enqueue}, an OkHttp dispatcher thread), so a listener must be thread-safe and quick:
 * count, log, return. It must not block. A listener observes and never changes the outcome: an
 * exception it throws is logged as a warning on the {@code io.github.statuscodes}
 * {@link System.Logger} and the call goes on as if the listener had returned.
 *
 * <pre>{@code
 * RetryListener metrics = new RetryListener() {
 *     @Override
 *     public void onRetry(Request request, StatusCode code, int attempt, Duration delay) {
 *         registry.counter("http.client.retries", "code", String.valueOf(code.code())).increment();
 *     }
 *
 *     @Override
 *     public void onGiveUp(Request request, StatusCode code, int attempts, GiveUpReason reason) {
 *         registry.counter("http.client.retry.giveups", "reason", reason.name()).increment();
 *     }
 * };
 * StatusCodeInterceptor interceptor = StatusCodeInterceptor.builder().listener(metrics).build();
 * }</pre>
 *
 * @since 0.1.0
 * @deprecated use core's {@link io.github.statuscodes.RetryListener} with
 *     {@link StatusCodeInterceptor#create(io.github.statuscodes.RetryPolicy,
 *     io.github.statuscodes.RetryListener)}: one listener type for every client adapter.
 */
@Deprecated
public interface RetryListener {

    /** A listener that does nothing; the default of {@link StatusCodeInterceptor.Builder}. */
    RetryListener NONE = new RetryListener() {
    };

    /**
     * Called before each retry, after the discarded response was closed and before the backoff
     * sleep.
     *
     * @param request the request that is sent again, as the interceptor received it
     * @param code the resolved status code of the response being retried
     * @param attempt how many requests the call has sent so far, counting OkHttp's own retries
     *     (see {@link StatusCodeInterceptor}); 1 for the first retry unless OkHttp retried too
     * @param delay how long the interceptor waits before the next attempt: the
     *     {@code Retry-After} delay when the response gave a valid one, else the backoff
     */
    default void onRetry(Request request, StatusCode code, int attempt, Duration delay) {
    }

    /**
     * Called before the wait that precedes a retry after a refused connect: the request never
     * reached the server, so the policy retries it whatever its method.
     *
     * @param request the request that is sent again, as the interceptor received it
     * @param failure OkHttp's {@code ConnectException}
     * @param attempt how many requests the call has sent so far, counting OkHttp's own retries
     * @param delay how long the interceptor waits before the next attempt: the backoff
     * @since 0.2.0
     */
    default void onConnectFailureRetry(Request request, IOException failure, int attempt,
            Duration delay) {
    }

    /**
     * Called when a response the interceptor would otherwise retry is returned to the caller
     * instead. A response whose code is not retryable at all (a 200, a 404) is not a give-up and is
     * not reported.
     *
     * @param request the request of the response that is returned
     * @param code the resolved status code of the response that is returned
     * @param attempts how many requests the call has sent, counting OkHttp's own retries
     * @param reason why the interceptor stopped
     */
    default void onGiveUp(Request request, StatusCode code, int attempts, GiveUpReason reason) {
    }

    /**
     * Why a {@link StatusCodeInterceptor} returned a retryable response instead of retrying it.
     *
     * @since 0.1.0
     */
    enum GiveUpReason {
        /** The call has sent {@code maxAttempts} requests. */
        ATTEMPTS_EXHAUSTED,
        /**
         * The code is retryable only for idempotent methods ({@code IDEMPOTENT_ONLY}) and the
         * request's method is not idempotent, nor opted in with
         * {@link StatusCodeInterceptor.Builder#retryNonIdempotent(String...)}.
         */
        NOT_IDEMPOTENT,
        /** The request body is one-shot or duplex, so it cannot be sent a second time. */
        ONE_SHOT_BODY,
        /** The response's {@code Retry-After} asks for a longer wait than the configured maximum. */
        RETRY_AFTER_TOO_LONG,
        /**
         * The wait would outlast what is left of the call's timeout or deadline, or of the
         * policy's {@link io.github.statuscodes.RetryPolicy#callTimeout()}.
         */
        CALL_TIMEOUT
    }
}
