package io.github.statuscodes.spring;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Checks;
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
 * <p>Each discarded response is closed before the wait. The wait blocks the calling thread; an
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
        return new StatusCodeRetryInterceptor(Checks.notNull(policy, "policy"), RetryListener.NONE);
    }

    /**
     * Returns a copy of this interceptor that reports to {@code listener}.
     *
     * @param listener sees each retry and give-up
     * @return a new interceptor
     * @throws NullPointerException if {@code listener} is null
     */
    public StatusCodeRetryInterceptor withListener(RetryListener listener) {
        return new StatusCodeRetryInterceptor(policy, Checks.notNull(listener, "listener"));
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
     * @throws IOException as the chain throws it for any attempt, or an
     *     {@link InterruptedIOException} if the thread is interrupted during a wait
     */
    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
            ClientHttpRequestExecution execution) throws IOException {
        long start = System.nanoTime();
        String method = request.getMethod().name();
        for (int attempt = 1; ; attempt++) {
            ClientHttpResponse response = execution.execute(request, body);
            int status = statusOf(response);
            HeaderAccess headers = new HeaderAccess(response.getHeaders());
            StatusCode code = policy.resolve(status, headers);
            RetryDecision decision = policy.decide(attempt, method, true, code, headers,
                    policy.remainingNanos(System.nanoTime() - start));
            if (!decision.isRetry()) {
                if (decision.isGiveUp()) {
                    Notify.giveUp(listener, method, request.getURI(), code, attempt,
                            decision.stopReason());
                }
                return response;
            }
            response.close();
            Notify.retry(listener, method, request.getURI(), code, attempt, decision.delayNanos());
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
