package io.github.statuscodes.spring;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.time.Duration;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * An {@link ExchangeFilterFunction} for {@code WebClient} that sends a request again when core's
 * {@link RetryPolicy} says so. It waits with Reactor's timer ({@link Mono#delay(Duration)}) and
 * never blocks a thread, releases the body of every discarded response, and stops when the
 * subscriber cancels. Immutable and thread-safe.
 *
 * <pre>{@code
 * WebClient client = WebClient.builder()
 *     .filter(StatusCodeRetryFilter.create())
 *     .build();
 * }</pre>
 *
 * <p>A {@code WebClient} request body is a {@code BodyInserter} that the exchange subscribes to
 * again for each attempt, which works for {@code bodyValue(...)} and for cold publishers. A body
 * that can be read only once (a publisher over an {@code InputStream}, a hot {@code Flux}) must
 * be marked with the request attribute {@link #ONE_SHOT_BODY_ATTRIBUTE} set to {@code true}:
 * such a request is never sent twice. More: <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/spring.md#without-boot">docs/spring.md#without-boot</a>.
 *
 * @since 0.2.0
 */
public final class StatusCodeRetryFilter implements ExchangeFilterFunction {

    /**
     * The request attribute that marks a body that can be sent only once: {@value}. Set it to
     * {@link Boolean#TRUE} with {@code .attribute(ONE_SHOT_BODY_ATTRIBUTE, true)}.
     */
    public static final String ONE_SHOT_BODY_ATTRIBUTE =
            "io.github.statuscodes.spring.oneShotBody";

    private static final StatusCodeRetryFilter DEFAULT =
            new StatusCodeRetryFilter(RetryPolicy.defaults(), RetryListener.NONE);

    private final RetryPolicy policy;
    private final RetryListener listener;

    private StatusCodeRetryFilter(RetryPolicy policy, RetryListener listener) {
        this.policy = policy;
        this.listener = listener;
    }

    /**
     * Returns a filter with {@link RetryPolicy#defaults()} and no listener.
     *
     * @return the shared default filter
     */
    public static StatusCodeRetryFilter create() {
        return DEFAULT;
    }

    /**
     * Returns a filter that follows {@code policy}.
     *
     * @param policy the retry policy; its call timeout bounds each call, waits included
     * @return a new filter without a listener
     * @throws NullPointerException if {@code policy} is null
     */
    public static StatusCodeRetryFilter create(RetryPolicy policy) {
        return new StatusCodeRetryFilter(Checks.notNull(policy, "policy"), RetryListener.NONE);
    }

    /**
     * Returns a copy of this filter that reports to {@code listener}.
     *
     * @param listener sees each retry and give-up
     * @return a new filter
     * @throws NullPointerException if {@code listener} is null
     */
    public StatusCodeRetryFilter withListener(RetryListener listener) {
        return new StatusCodeRetryFilter(policy, Checks.notNull(listener, "listener"));
    }

    /**
     * Returns the policy this filter follows.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Exchanges the request, and again as long as the policy decides to retry.
     *
     * @param request the request
     * @param next the rest of the chain
     * @return the last response; every earlier one has had its body released
     */
    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return Mono.defer(() -> attempt(request, next, 1, System.nanoTime()));
    }

    private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next,
            int attempt, long start) {
        return next.exchange(request).flatMap(response -> {
            String method = request.method().name();
            URI uri = request.url();
            int status = statusOf(response);
            HeaderAccess headers = new HeaderAccess(response.headers().asHttpHeaders());
            boolean repeatable = !Boolean.TRUE.equals(
                    request.attributes().get(ONE_SHOT_BODY_ATTRIBUTE));
            StatusCode code = policy.resolve(status, headers);
            RetryDecision decision = policy.decide(attempt, method, repeatable, code, headers,
                    policy.remainingNanos(System.nanoTime() - start));
            if (!decision.isRetry()) {
                if (decision.isGiveUp()) {
                    Notify.giveUp(listener, method, uri, code, attempt,
                            decision.stopReason());
                }
                return Mono.just(response);
            }
            long delay = decision.delayNanos();
            return response.releaseBody()
                    .then(Mono.fromRunnable(
                            () -> Notify.retry(listener, method, uri, code, attempt, delay)))
                    .then(Mono.delay(Duration.ofNanos(delay)))
                    .then(Mono.defer(() -> attempt(request, next, attempt + 1, start)));
        });
    }

    private static int statusOf(ClientResponse response) {
        try {
            return response.statusCode().value();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return "StatusCodeRetryFilter{" + policy + "}";
    }
}
