package io.github.statuscodes.okhttp;

import io.github.statuscodes.StatusCode;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;

/**
 * The 0.1.0 listener of a {@link StatusCodeInterceptor}: each retry and give-up, with OkHttp's
 * request. Every method has a no-op default; called on the call's thread, so thread-safe and
 * quick; what it throws is logged and changes nothing.
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
     * Called before each retry's wait, after the discarded response was closed.
     * @param request the request that is sent again
     * @param code the resolved status code of the response being retried
     * @param attempt the requests sent so far, OkHttp's own resends included
     * @param delay the wait before the next attempt
     */
    default void onRetry(Request request, StatusCode code, int attempt, Duration delay) {
    }

    /**
     * Called before the wait of a retry after a refused connect, whatever the method.
     * @param request the request that is sent again
     * @param failure OkHttp's {@code ConnectException}
     * @param attempt the requests sent so far, OkHttp's own resends included
     * @param delay the backoff before the next attempt
     * @since 0.2.0
     */
    default void onConnectFailureRetry(Request request, IOException failure, int attempt,
            Duration delay) {
    }

    /**
     * Called when a retryable response is returned instead of retried (a 200 or 404 is not).
     * @param request the request of the response that is returned
     * @param code its resolved status code
     * @param attempts the requests the call sent, OkHttp's own resends included
     * @param reason why the interceptor stopped
     */
    default void onGiveUp(Request request, StatusCode code, int attempts, GiveUpReason reason) {
    }

    /**
     * Why a retryable response was returned instead of retried.
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
        /** The response's {@code Retry-After} asks for a longer wait than the maximum. */
        RETRY_AFTER_TOO_LONG,
        /**
         * The wait would outlast what is left of the call's timeout or deadline, or of the
         * policy's {@link io.github.statuscodes.RetryPolicy#callTimeout()}.
         */
        CALL_TIMEOUT
    }
}
