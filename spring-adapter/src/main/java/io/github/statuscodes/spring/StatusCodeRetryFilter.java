package io.github.statuscodes.spring;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.Discards;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An {@link ExchangeFilterFunction} for {@code WebClient} that sends a request again when core's
 * {@link RetryPolicy} says so. It waits with Reactor's timer ({@link Mono#delay(Duration)}) and
 * never blocks a thread, and stops when the subscriber cancels. A connect failure is retried for
 * any method. Of a discarded response, the body is read during the wait (at most 64 KiB, and
 * 100 ms past the wait) and then cancelled, never drained without bound. The attempts run in
 * a loop, each on a fresh stack, so any number of attempts completes. Immutable and thread-safe.
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

    private static final long STOP = -1;

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
        return create(policy, RetryListener.NONE);
    }

    /**
     * Returns a filter that follows {@code policy} and reports to {@code listener}.
     *
     * @param policy the retry policy; its call timeout bounds each call, waits included
     * @param listener sees each retry and give-up; {@link RetryListener#NONE} for none
     * @return a new filter
     * @throws NullPointerException if an argument is null
     * @since 0.3.0
     */
    public static StatusCodeRetryFilter create(RetryPolicy policy, RetryListener listener) {
        return new StatusCodeRetryFilter(Checks.notNull(policy, "policy"),
                Checks.notNull(listener, "listener"));
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
     * @return the last response; every earlier one was discarded
     */
    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return Mono.defer(() -> {
            boolean repeatable = !Boolean.TRUE.equals(
                    request.attributes().get(ONE_SHOT_BODY_ATTRIBUTE));
            RetryCall call = policy.newCall(request.method().name(), request.url(), repeatable,
                    listener);
            Mono<Step> attempt = Mono.defer(() -> attempt(call, request, next));
            // A loop, not a chain nested per attempt: expand subscribes to each attempt from its
            // own drain loop, and the wait (Mono.delay, even of zero) starts every attempt on a
            // fresh stack, so thousands of attempts never deepen the stack. Only the last
            // step's response goes downstream.
            return attempt.expand(step -> step.isRetry() ? step.waitThen(attempt) : Mono.empty())
                    .last()
                    .flatMap(Step::outcome);
        });
    }

    private static Mono<Step> attempt(RetryCall call, ClientRequest request,
            ExchangeFunction next) {
        Mono<ClientResponse> exchange = next.exchange(request);
        long left = call.nanosLeft();
        if (left != Long.MAX_VALUE) {
            // What is left of the call timeout bounds the attempt: a TimeoutException after it.
            exchange = exchange.timeout(Duration.ofNanos(Math.max(1_000_000, left)));
        }
        return exchange
                .map(response -> {
                    RetryDecision d = call.onResponse(statusOf(response),
                            new HeaderAccess(response.headers().asHttpHeaders()));
                    return d.isRetry() ? new Step(response, null, d.delayNanos(),
                            Discards.readNanos(d.delayNanos(), call.nanosLeft()))
                            : new Step(response, null, STOP, 0);
                })
                .onErrorResume(Discards::isConnectFailure, e -> {
                    RetryDecision d = call.onConnectFailure(e);
                    return Mono.just(new Step(null, e, d.isRetry() ? d.delayNanos() : STOP, 0));
                });
    }

    /** One attempt's outcome: a response or a connect failure, and the wait when retried. */
    private static final class Step {
        final ClientResponse response;
        final Throwable failure;
        final long delayNanos;
        final long readNanos;

        Step(ClientResponse response, Throwable failure, long delayNanos, long readNanos) {
            this.response = response;
            this.failure = failure;
            this.delayNanos = delayNanos;
            this.readNanos = readNanos;
        }

        boolean isRetry() {
            return delayNanos != STOP;
        }

        /**
         * Discards the response during the wait, then runs {@code next} on Reactor's parallel
         * scheduler, the timer's: the discard can end after the wait, on the connection's thread.
         */
        Mono<Step> waitThen(Mono<Step> next) {
            Mono<Long> wait = Mono.delay(Duration.ofNanos(delayNanos));
            return (response == null ? wait.then() : Mono.when(discard(response, readNanos), wait))
                    .publishOn(Schedulers.parallel())
                    .then(next);
        }

        Mono<ClientResponse> outcome() {
            return failure != null ? Mono.error(failure) : Mono.just(response);
        }
    }

    /** Reads the body for at most {@code nanos} and 64 KiB, releasing each buffer, then cancels. */
    private static Mono<Void> discard(ClientResponse response, long nanos) {
        AtomicLong read = new AtomicLong();
        return response.bodyToFlux(DataBuffer.class)
                .takeWhile(b -> {
                    long n = read.addAndGet(b.readableByteCount());
                    DataBufferUtils.release(b);
                    return n <= Discards.LIMIT_BYTES;
                })
                .take(Duration.ofNanos(nanos))
                .onErrorResume(e -> Mono.empty())
                .then();
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
