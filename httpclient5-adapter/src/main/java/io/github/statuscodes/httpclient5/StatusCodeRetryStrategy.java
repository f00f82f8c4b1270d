package io.github.statuscodes.httpclient5;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Attempts;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.ConnectFailures;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;
import org.jspecify.annotations.Nullable;

/**
 * An Apache HttpClient 5 {@link HttpRequestRetryStrategy} that retries by a {@link RetryPolicy},
 * classic and async; install it with {@code applyTo(builder)}. Immutable and thread-safe; each
 * call's state lives in its {@link HttpContext}. A null argument throws
 * {@link NullPointerException}, an {@code execCount} below 1 {@link IllegalArgumentException}.
 * Timeouts, discarded responses, cancellation:
 * <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/httpclient5.md">docs/httpclient5.md</a>.
 *
 * @since 0.2.0
 */
public final class StatusCodeRetryStrategy implements HttpRequestRetryStrategy {

    /** The name of the step {@code applyTo} adds to a client's exec chain. */
    static final String DISCARD_STEP = "statuscodes-discard";
    /** The name of the step {@code applyTo} puts first in a classic client's exec chain. */
    static final String CALL_STEP = "statuscodes-call";
    private static final long STOP = -1;
    private static final StatusCodeRetryStrategy DEFAULTS =
            new StatusCodeRetryStrategy(RetryPolicy.defaults(), RetryListener.NONE);

    private final RetryPolicy policy;
    private final RetryListener listener;

    private StatusCodeRetryStrategy(RetryPolicy policy, RetryListener listener) {
        this.policy = policy;
        this.listener = listener;
    }

    /** {@return the shared strategy of {@link RetryPolicy#defaults()}, with no listener} */
    public static StatusCodeRetryStrategy create() {
        return DEFAULTS;
    }

    /**
     * {@return a strategy that retries by {@code policy}, with no listener}
     * @param policy the retry rules
     */
    public static StatusCodeRetryStrategy create(RetryPolicy policy) {
        return create(policy, RetryListener.NONE);
    }

    /**
     * {@return a strategy that retries by {@code policy} and tells {@code listener} of each retry
     * and give-up}
     * @param policy the retry rules
     * @param listener a thread-safe, non-blocking listener; {@link RetryListener#NONE} for none
     * @since 0.3.0
     */
    public static StatusCodeRetryStrategy create(RetryPolicy policy, RetryListener listener) {
        return new StatusCodeRetryStrategy(Checks.notNull(policy, "policy"),
                Checks.notNull(listener, "listener"));
    }

    /** {@return the policy this strategy retries by} */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * {@return {@code builder} with this strategy and the step that drops a retried response's
     * connection instead of reading its body to the end, decompressed or not, and the step that
     * keeps one deadline over a call's redirects and puts the context's request config back when
     * the call ends}
     * @param builder the classic client's builder
     * @since 0.3.0
     */
    public HttpClientBuilder applyTo(HttpClientBuilder builder) {
        Checks.notNull(builder, "builder");
        return builder.setRetryStrategy(this).addExecInterceptorBefore(
                ChainElement.PROTOCOL.name(), DISCARD_STEP, new DiscardStep())
                .addExecInterceptorFirst(CALL_STEP, new CallStep(this));
    }

    /**
     * {@return {@code builder} for a client that a statuscodes retry loop above it drives
     * (Spring's interceptor, Feign's capability, Resilience4j): HttpClient's own retries off, and
     * the step that lets the loop drop a retried response's connection, decompressed or not}
     * @param builder the classic client's builder
     * @since 0.3.0
     */
    public static HttpClientBuilder forOuterRetries(HttpClientBuilder builder) {
        return Checks.notNull(builder, "builder").disableAutomaticRetries()
                .addExecInterceptorBefore(ChainElement.PROTOCOL.name(), DISCARD_STEP,
                        new DiscardStep());
    }

    /**
     * {@return {@code builder} with this strategy and the step that discards a retried response's
     * connection instead of reading its body to the end}
     * @param builder the async client's builder
     * @since 0.3.0
     */
    public HttpAsyncClientBuilder applyTo(HttpAsyncClientBuilder builder) {
        Checks.notNull(builder, "builder");
        return builder.setRetryStrategy(this).addExecInterceptorAfter(ChainElement.RETRY.name(),
                DISCARD_STEP, new DiscardStep()).addExecInterceptorFirst(CALL_STEP, new CallStep(this));
    }

    /** Decides by the policy whether to send the request again after {@code response}. */
    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        Checks.notNull(response, "response");
        Checks.notNull(context, "context");
        CallState state = state(context, execCount);
        boolean retry = keep(context, state, response, decide(context, response, state));
        if (retry) {
            state.retried = response;
            CallState.discard(response);
        }
        return retry;
    }

    /** {@return the delay decided for {@code response}; zero when it is not retried} */
    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        Checks.notNull(response, "response");
        Checks.notNull(context, "context");
        return intervalAfter(context, execCount, response, s -> decide(context, response, s));
    }

    /** A failed connect is retried by the policy for any method; any other failure ends it. */
    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount,
            HttpContext context) {
        Checks.notNull(request, "request");
        Checks.notNull(exception, "exception");
        Checks.notNull(context, "context");
        CallState state = state(context, execCount, request);
        return keep(context, state, exception, decide(context, request, exception, state));
    }

    /** {@return the delay decided for this failure; zero when it is not retried} */
    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount,
            HttpContext context) {
        Checks.notNull(request, "request");
        Checks.notNull(exception, "exception");
        Checks.notNull(context, "context");
        return intervalAfter(context, execCount, exception, s -> decide(context, request, exception, s));
    }

    /** Keeps the delay decided for {@code cause} and bounds the next attempt's timeout. */
    private static boolean keep(HttpContext context, CallState state, Object cause, long delay) {
        state.cause = cause;
        state.delayNanos = delay;
        state.bound(HttpClientContext.castOrCreate(context), delay == STOP ? -1 : delay);
        return delay != STOP;
    }

    /** The delay kept for {@code cause}; if {@code retryRequest} was not asked first, decides. */
    private TimeValue intervalAfter(HttpContext context, int execCount, Object cause,
            Function<CallState, Long> decide) {
        Object o = context.getAttribute(CallState.ATTRIBUTE);
        if (execCount >= 1 && o instanceof CallState && ((CallState) o).cause == cause) {
            CallState s = (CallState) o;
            s.cause = null;
            return interval(s.delayNanos);
        }
        return interval(decide.apply(state(context, execCount)));
    }

    private static long decide(HttpContext context, HttpResponse response, CallState state) {
        RetryDecision d = state.call.onResponse(response.getCode(), name -> header(response, name),
                state.nanosLeft());
        return d.isRetry() ? d.delayNanos() : STOP;
    }

    private static long decide(HttpContext context, HttpRequest request, IOException exception,
            CallState state) {
        if (request instanceof CancellableDependency
                && ((CancellableDependency) request).isCancelled()
                || !ConnectFailures.isConnectFailure(exception)) {
            return STOP;   // any other failure ends the call, as on every other client
        }
        RetryDecision d = state.call.onConnectFailure(exception,
                state.nanosLeft());
        return d.isRetry() ? d.delayNanos() : STOP;
    }

    private CallState state(HttpContext context, int execCount) {
        return state(context, execCount, null);
    }

    /** The call's state; {@code failed} names the call where the context has no request yet. */
    private CallState state(HttpContext context, int execCount, @Nullable HttpRequest failed) {
        if (execCount < 1) {
            throw new IllegalArgumentException("execCount is " + execCount
                    + "; HttpClient counts the attempts sent so far from 1");
        }
        HttpRequest known = HttpCoreContext.cast(context).getRequest();
        HttpRequest request = known != null ? known : failed;
        return CallState.of(context, execCount, () -> CallState.newCall(policy, request, listener));
    }

    /** Starts the retry state of a call of {@code request}, before its first attempt. */
    void begin(HttpContext context, HttpRequest request) {
        context.setAttribute(CallState.ATTRIBUTE,
                CallState.of(context, 1, () -> CallState.newCall(policy, request, listener)));
    }

    /** Whether the strategy retried {@code response}, in the call of {@code context}. */
    static boolean retries(HttpContext context, HttpResponse response) {
        Object o = context.getAttribute(CallState.ATTRIBUTE);
        return o instanceof CallState && ((CallState) o).retried == response;
    }

    /** All lines of a header joined with ", " (RFC 9110 §5.3); null when absent. */
    static @Nullable String header(HttpResponse response, String name) {
        return Attempts.join(Arrays.stream(response.getHeaders(name))
                .map(h -> h.getValue() == null ? "" : h.getValue()).collect(Collectors.toList()));
    }

    /** Whole milliseconds where exact, so that HttpClient's log reads well; else nanoseconds. */
    static TimeValue interval(long delayNanos) {
        if (delayNanos <= 0) {
            return TimeValue.ZERO_MILLISECONDS;
        }
        return delayNanos % 1_000_000 == 0 ? TimeValue.ofMilliseconds(delayNanos / 1_000_000)
                : TimeValue.of(delayNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "StatusCodeRetryStrategy{" + policy + ", " + listener + "}";
    }
}
