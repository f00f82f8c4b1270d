package io.github.statuscodes.spring;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.ConnectFailures;
import io.github.statuscodes.internal.Discards;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@link ClientHttpRequestInterceptor} for {@code RestClient} and {@code RestTemplate} that
 * sends a request again when core's {@link RetryPolicy} says so: by the response's vendor-aware
 * status code, its {@code Retry-After}, the method's idempotency and the policy's attempt and
 * time budget. Immutable and thread-safe: one instance serves every call.
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *     .requestInterceptor(StatusCodeRetryInterceptor.create())
 *     .build();
 * }</pre>
 *
 * <p>A refused or timed-out connect is retried for any method, as core's {@link RetryCall}
 * decides. Of each discarded response, what is already there is read (at most 64 KiB) and the
 * response is closed before the wait, never drained. The wait blocks the calling thread; an
 * interrupt ends it with an {@link InterruptedIOException} and keeps the interrupt status. Spring
 * hands an interceptor the request body as a byte array it has already buffered, so the body can
 * always be sent again.
 *
 * <p><b>Install it last</b>, closest to the request factory. Spring 6's interceptor chain is an
 * iterator: when an interceptor executes the rest of the chain a second time, the interceptors
 * after it are skipped and the request goes straight to the request factory (Spring 7 composes
 * the chain so that it can run again). Installed last, on both lines, the
 * interceptors before it run once per call and what they set on the request (an
 * {@code Authorization} header) is sent with every attempt. More: <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/spring.md#without-boot">docs/spring.md#without-boot</a>.
 *
 * @since 0.2.0
 */
public final class StatusCodeRetryInterceptor implements ClientHttpRequestInterceptor {

    private static final StatusCodeRetryInterceptor DEFAULT =
            new StatusCodeRetryInterceptor(RetryPolicy.defaults(), RetryListener.NONE);

    private final RetryPolicy policy;
    private final RetryListener listener;

    private StatusCodeRetryInterceptor(RetryPolicy policy, RetryListener listener) {
        this.policy = policy;
        this.listener = listener;
    }

    /**
     * Returns an interceptor with {@link RetryPolicy#defaults()} and no listener.
     *
     * @return the shared default interceptor
     */
    public static StatusCodeRetryInterceptor create() {
        return DEFAULT;
    }

    /**
     * Returns an interceptor that follows {@code policy}.
     *
     * @param policy the retry policy; its call timeout bounds each call, waits included
     * @return a new interceptor without a listener
     * @throws NullPointerException if {@code policy} is null
     */
    public static StatusCodeRetryInterceptor create(RetryPolicy policy) {
        return create(policy, RetryListener.NONE);
    }

    /**
     * Returns an interceptor that follows {@code policy} and reports to {@code listener}.
     *
     * @param policy the retry policy; its call timeout bounds each call, waits included
     * @param listener sees each retry and give-up; {@link RetryListener#NONE} for none
     * @return a new interceptor
     * @throws NullPointerException if an argument is null
     * @since 0.3.0
     */
    public static StatusCodeRetryInterceptor create(RetryPolicy policy, RetryListener listener) {
        return new StatusCodeRetryInterceptor(Checks.notNull(policy, "policy"),
                Checks.notNull(listener, "listener"));
    }

    /**
     * Returns the policy this interceptor follows.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Sends the request, and again as long as the policy decides to retry; returns the last
     * response.
     *
     * @param request the request
     * @param body the buffered request body, sent unchanged with each attempt
     * @param execution the rest of the chain
     * @return the last response, not closed
     * @throws IOException as the chain throws it for any attempt (a connect failure after the
     *     policy's retries), or an {@link InterruptedIOException} if the thread is interrupted
     *     during a wait
     */
    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
            ClientHttpRequestExecution execution) throws IOException {
        RetryCall call = policy.newCall(request.getMethod().name(), request.getURI(), true,
                listener);
        while (true) {
            ClientHttpResponse response;
            try {
                response = execution.execute(request, body);
            } catch (IOException e) {
                if (!ConnectFailures.isConnectFailure(e)) {
                    throw e;
                }
                RetryDecision d = call.onConnectFailure(e);
                if (!d.isRetry()) {
                    throw e;
                }
                sleep(d.delayNanos());
                continue;
            }
            RetryDecision decision = call.onResponse(statusOf(response),
                    new HeaderAccess(response.getHeaders()));
            if (!decision.isRetry()) {
                return response;
            }
            discard(response);
            sleep(decision.delayNanos());
        }
    }

    /** The response's status number, or -1 when the client cannot give one (never retried). */
    static int statusOf(ClientHttpResponse response) {
        try {
            return response.getStatusCode().value();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Discards the body as core's {@code Discards} does (what is already there, at most 64 KiB,
     * is read; HttpClient 5's connection is aborted rather than drained), then closes the
     * response. The body is closed first: {@code SimpleClientHttpResponse.close()} would drain
     * it whole.
     */
    static void discard(ClientHttpResponse response) {
        try {
            Discards.discard(response.getBody());
        } catch (IOException | RuntimeException e) {
            // Best effort: the response is closed below in any case.
        }
        try {
            response.close();
        } catch (RuntimeException e) {
            // as above
        }
    }

    private static void sleep(long nanos) throws InterruptedIOException {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException ioe = new InterruptedIOException(
                    "interrupted while waiting to retry; no further attempt is sent");
            ioe.initCause(e);
            throw ioe;
        }
    }

    @Override
    public String toString() {
        return "StatusCodeRetryInterceptor{" + policy + "}";
    }
}
