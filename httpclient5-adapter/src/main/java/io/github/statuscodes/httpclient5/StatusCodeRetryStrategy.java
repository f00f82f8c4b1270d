package io.github.statuscodes.httpclient5;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.Discards;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * An Apache HttpClient 5 {@link HttpRequestRetryStrategy} that retries by a {@link RetryPolicy}:
 * the vendor-aware retryability of each status code, bounded attempts, full-jitter backoff,
 * Retry-After honoured up to a cap, and the policy's call timeout; for the classic and the async
 * client alike.
 *
 * <p>Immutable and thread-safe: one instance serves every call of a client. Each call's
 * {@link RetryCall} (made when the strategy first sees the call, at the end of its first attempt)
 * and the delay decided for the last response live in that call's {@link HttpContext}, so that
 * {@link #getRetryInterval(HttpResponse, int, HttpContext)} returns exactly the delay the policy
 * decided in {@link #retryRequest(HttpResponse, int, HttpContext)}. The listener gets the same
 * events as with every other adapter.
 *
 * <pre>{@code
 * CloseableHttpClient client = HttpClients.custom()
 *     .setRetryStrategy(StatusCodeRetryStrategy.create())
 *     .build();
 * CloseableHttpAsyncClient async = StatusCodeRetryStrategy
 *     .create(RetryPolicy.builder().maxAttempts(4).build())
 *     .applyTo(HttpAsyncClients.custom())
 *     .build();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class StatusCodeRetryStrategy implements HttpRequestRetryStrategy {

    /** The context attribute holding the {@link CallState} of a call that is being retried. */
    static final String STATE = "io.github.statuscodes.httpclient5.retry-state";

    /**
     * Stands for the method of a request the context does not hold (HttpClient's exec chains always
     * set it); no policy treats it as idempotent unless told to.
     */
    static final String UNKNOWN_METHOD = "UNKNOWN";

    private static final long STOP = -1;

    /** The name of {@link AsyncDiscard} in an async client's exec chain. */
    static final String DISCARD_STEP = "statuscodes-discard";

    /** Stands for the URI of a request the context does not hold, in the listener's events. */
    static final URI UNKNOWN_URI = URI.create("unknown:request");

    private static final StatusCodeRetryStrategy DEFAULTS =
            new StatusCodeRetryStrategy(RetryPolicy.defaults(), RetryListener.NONE);

    private final RetryPolicy policy;
    private final RetryListener listener;

    private StatusCodeRetryStrategy(RetryPolicy policy, RetryListener listener) {
        this.policy = policy;
        this.listener = listener;
    }

    /**
     * Returns the strategy with {@link RetryPolicy#defaults()}: 3 attempts, full-jitter backoff
     * from 100 ms capped at 20 s, Retry-After honoured up to 20 s.
     *
     * @return the shared default strategy
     */
    public static StatusCodeRetryStrategy create() {
        return DEFAULTS;
    }

    /**
     * Returns a strategy that retries by {@code policy}.
     *
     * @param policy the retry rules; its {@link RetryPolicy#callTimeout()} bounds the retries of
     *     each call
     * @return a new strategy
     * @throws NullPointerException if {@code policy} is null
     */
    public static StatusCodeRetryStrategy create(RetryPolicy policy) {
        return create(policy, RetryListener.NONE);
    }

    /**
     * Returns a strategy that retries by {@code policy} and tells {@code listener} of each retry
     * and give-up.
     *
     * @param policy the retry rules; its {@link RetryPolicy#callTimeout()} bounds the retries of
     *     each call
     * @param listener a thread-safe, non-blocking listener; {@link RetryListener#NONE} for none
     * @return a new strategy
     * @throws NullPointerException if {@code policy} or {@code listener} is null
     * @since 0.3.0
     */
    public static StatusCodeRetryStrategy create(RetryPolicy policy, RetryListener listener) {
        return new StatusCodeRetryStrategy(Checks.notNull(policy, "policy"),
                Checks.notNull(listener, "listener"));
    }

    /**
     * Returns the policy this strategy retries by.
     *
     * @return the policy
     */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Decides whether to send the request again after {@code response}, by the policy. The request
     * method and body come from the context's request, which HttpClient sets for each attempt
     * (without one the method is {@code "UNKNOWN"}, which is not idempotent).
     *
     * @param response the response of attempt {@code execCount}; any status number, even one
     *     outside 100..999, which is never retried
     * @param execCount the attempts sent so far, this one included (1 or more)
     * @param context the call's context, where the decision is kept for
     *     {@link #getRetryInterval(HttpResponse, int, HttpContext)}
     * @return true to retry
     * @throws NullPointerException if {@code response} or {@code context} is null
     * @throws IllegalArgumentException if {@code execCount} is below 1
     */
    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        Checks.notNull(response, "response");
        Checks.notNull(context, "context");
        boolean retry = retry(context, execCount, response, requestOf(context),
                call -> decide(response, call));
        if (retry) {
            ((CallState) context.getAttribute(STATE)).retried = response;
            discard(response);
        }
        return retry;
    }

    /**
     * Returns the delay the policy decided in {@link #retryRequest(HttpResponse, int, HttpContext)}
     * for this response; if that was not asked first, decides now.
     *
     * @param response the response that is retried
     * @param execCount the attempts sent so far (1 or more)
     * @param context the call's context
     * @return the wait before the next attempt; zero when the response is not to be retried
     * @throws NullPointerException if {@code response} or {@code context} is null
     * @throws IllegalArgumentException if {@code execCount} is below 1
     */
    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        Checks.notNull(response, "response");
        Checks.notNull(context, "context");
        return intervalAfter(context, execCount, response, requestOf(context),
                call -> decide(response, call));
    }

    /**
     * Decides whether to send the request again after an I/O failure. A failed connect (refused,
     * timed out, no route to the host) never reached the server, so the policy decides it for
     * every method ({@link RetryCall#onConnectFailure}). Any other failure (no response, a
     * malformed one, a timeout) ends the call with that failure, as on every other client.
     *
     * @param request the request that failed
     * @param exception the failure
     * @param execCount the attempts sent so far, this one included (1 or more)
     * @param context the call's context
     * @return true to retry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code execCount} is below 1
     */
    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount,
            HttpContext context) {
        Checks.notNull(request, "request");
        Checks.notNull(exception, "exception");
        Checks.notNull(context, "context");
        return retry(context, execCount, exception, request,
                call -> decide(request, exception, context, call));
    }

    /**
     * Returns the delay decided in
     * {@link #retryRequest(HttpRequest, IOException, int, HttpContext)} for this failure; if that
     * was not asked first, decides now.
     *
     * @param request the request that failed
     * @param exception the failure
     * @param execCount the attempts sent so far (1 or more)
     * @param context the call's context
     * @return the wait before the next attempt; zero when the request is not to be retried
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code execCount} is below 1
     */
    @Override
    public TimeValue getRetryInterval(HttpRequest request, IOException exception, int execCount,
            HttpContext context) {
        Checks.notNull(request, "request");
        Checks.notNull(exception, "exception");
        Checks.notNull(context, "context");
        return intervalAfter(context, execCount, exception, request,
                call -> decide(request, exception, context, call));
    }

    /**
     * Decides with the call's {@link RetryCall} whether to retry after {@code cause} (a response or
     * a failure), and keeps the delay for {@link #intervalAfter}.
     */
    private boolean retry(HttpContext context, int execCount, Object cause, HttpRequest request,
            Function<CallState, Long> decide) {
        checkExecCount(execCount);
        CallState state = state(context, execCount, request);
        long delay = decide.apply(state);
        state.cause = cause;
        state.delayNanos = delay;
        bound(HttpClientContext.castOrCreate(context), state, delay);
        return delay != STOP;
    }

    /**
     * Gives the next attempt what is left of the policy's call timeout, after the wait, as its
     * response timeout (where the user's is longer or unset), but never less than the wait; puts
     * the user's back once the call stops.
     */
    private static void bound(HttpClientContext context, CallState state, long delay) {
        if (delay == STOP) {
            if (state.userConfig != null) {
                context.setRequestConfig(state.userConfig);
                state.userConfig = null;
            }
            return;
        }
        long left = state.call.nanosLeft();
        if (left == Long.MAX_VALUE) {
            return;
        }
        if (state.userConfig == null) {
            state.userConfig = context.getRequestConfigOrDefault();
        }
        // Never shorter than the wait: HttpClient 5.4 ends the call, returning the response,
        // when the retry interval is longer than the response timeout.
        long millis = Math.max(Math.max(1, (left - delay) / 1_000_000),
                (delay + 999_999) / 1_000_000);
        Timeout user = state.userConfig.getResponseTimeout();
        if (user != null && !user.isDisabled() && user.toMilliseconds() <= millis) {
            context.setRequestConfig(state.userConfig);
            return;
        }
        context.setRequestConfig(RequestConfig.copy(state.userConfig)
                .setResponseTimeout(Timeout.ofMilliseconds(millis)).build());
    }

    /** Whether the strategy decided to retry {@code response}, in the call of {@code context}. */
    static boolean retries(HttpContext context, HttpResponse response) {
        Object o = context.getAttribute(STATE);
        return o instanceof CallState && ((CallState) o).retried == response;
    }

    /**
     * Installs this strategy in an async client's builder, with the step that discards a retried
     * response's connection instead of reading its body to the end: a slow body then cannot hold
     * the call. ({@code setRetryStrategy} alone retries the same, but the client reads each
     * retried body to its end.)
     *
     * @param builder the async client's builder
     * @return {@code builder}
     * @throws NullPointerException if {@code builder} is null
     * @since 0.3.0
     */
    public HttpAsyncClientBuilder applyTo(HttpAsyncClientBuilder builder) {
        Checks.notNull(builder, "builder");
        return builder.setRetryStrategy(this).addExecInterceptorAfter(ChainElement.RETRY.name(),
                DISCARD_STEP, new AsyncDiscard());
    }

    /**
     * Aborts the connection of a retried classic response whose body is still streaming: closing
     * it would read the body to its end, however slow. The async client discards the body itself.
     */
    private static void discard(HttpResponse response) {
        if (!(response instanceof ClassicHttpResponse)) {
            return;
        }
        ClassicHttpResponse r = (ClassicHttpResponse) response;
        HttpEntity entity = r.getEntity();
        if (entity == null) {
            return;
        }
        try {
            InputStream in = entity.getContent();
            if (in instanceof EofSensorInputStream) {
                ((EofSensorInputStream) in).abort();
                r.setEntity(null);   // nothing left for HttpClient's close to drain
            }
        } catch (IOException | RuntimeException e) {
            // HttpClient closes the response in any case
        }
    }

    /** The delay {@link #retry} kept for {@code cause}; if it was not asked first, decides now. */
    private TimeValue intervalAfter(HttpContext context, int execCount, Object cause,
            HttpRequest request, Function<CallState, Long> decide) {
        checkExecCount(execCount);
        Object o = context.getAttribute(STATE);
        if (o instanceof CallState && ((CallState) o).cause == cause) {
            CallState s = (CallState) o;
            s.cause = null;
            return interval(s.delayNanos);
        }
        return interval(decide.apply(state(context, execCount, request)));
    }

    private long decide(HttpResponse response, CallState state) {
        RetryDecision d = state.call.onResponse(response.getCode(), name -> header(response, name));
        return d.isRetry() ? d.delayNanos() : STOP;
    }

    private long decide(HttpRequest request, IOException exception, HttpContext context,
            CallState state) {
        if (request instanceof CancellableDependency
                && ((CancellableDependency) request).isCancelled()) {
            return STOP;
        }
        RetryCall call = state.call;
        if (Discards.isConnectFailure(exception)) {
            RetryDecision d = call.onConnectFailure(exception);
            return d.isRetry() ? d.delayNanos() : STOP;
        }
        // Any other failure ends the call, as on every other client: no event, no attempt.
        return STOP;
    }

    /**
     * The call's state in the context, made when execCount 1 starts a call (a context may be
     * reused) or none fits; its attempts are brought to {@code execCount - 1}, so that the attempt
     * now reported is {@code execCount} (HttpClient's own retries of other I/O failures included).
     */
    private CallState state(HttpContext context, int execCount, HttpRequest request) {
        Object o = context.getAttribute(STATE);
        CallState s = o instanceof CallState ? (CallState) o : null;
        if (execCount == 1 || s == null || s.call.isStopped()
                || s.call.attempts() >= execCount) {
            s = new CallState(policy.newCall(methodOf(request), uriOf(request),
                    isRepeatable(request), listener));
            context.setAttribute(STATE, s);
        }
        s.call.countClientResends(execCount - 1 - s.call.attempts());
        return s;
    }

    /** The context's request; HttpClient's exec chains set it for each attempt. */
    private static HttpRequest requestOf(HttpContext context) {
        return HttpCoreContext.cast(context).getRequest();
    }

    private static String methodOf(HttpRequest request) {
        String m = request == null ? null : request.getMethod();
        return m == null || m.isEmpty() ? UNKNOWN_METHOD : m;
    }

    private static URI uriOf(HttpRequest request) {
        if (request != null) {
            try {
                return request.getUri();
            } catch (URISyntaxException | RuntimeException e) {
                // the event then names no URI; the call goes on
            }
        }
        return UNKNOWN_URI;
    }

    private static boolean isRepeatable(HttpRequest request) {
        // The classic client's request carries its entity; the async client's does not, and its
        // exec chain never asks the strategy about a request whose producer is not repeatable.
        if (request instanceof ClassicHttpRequest) {
            HttpEntity entity = ((ClassicHttpRequest) request).getEntity();
            return entity == null || entity.isRepeatable();
        }
        return true;
    }

    /** All lines of a header joined with ", " (RFC 9110 §5.3); null when absent. */
    static @Nullable String header(HttpResponse response, String name) {
        int n = response.countHeaders(name);
        if (n == 0) {
            return null;
        }
        if (n == 1) {
            return valueOf(response.getFirstHeader(name));
        }
        StringBuilder sb = new StringBuilder();
        for (Header h : response.getHeaders(name)) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(valueOf(h));
        }
        return sb.toString();
    }

    private static String valueOf(Header h) {
        String v = h == null ? null : h.getValue();
        return v == null ? "" : v;
    }

    /** Whole milliseconds where exact, so that HttpClient's log reads well; else nanoseconds. */
    static TimeValue interval(long delayNanos) {
        if (delayNanos <= 0) {
            return TimeValue.ZERO_MILLISECONDS;
        }
        return delayNanos % 1_000_000 == 0 ? TimeValue.ofMilliseconds(delayNanos / 1_000_000)
                : TimeValue.of(delayNanos, TimeUnit.NANOSECONDS);
    }

    private static void checkExecCount(int execCount) {
        if (execCount < 1) {
            throw new IllegalArgumentException("execCount is " + execCount
                    + "; HttpClient counts the attempts sent so far from 1");
        }
    }

    @Override
    public String toString() {
        return "StatusCodeRetryStrategy{" + policy + ", " + listener + "}";
    }

    /** One call's retry state, kept in its context; HttpClient runs one call's steps in turn. */
    static final class CallState {
        final RetryCall call;
        Object cause;
        long delayNanos;
        /** The last response the strategy retried; HttpClient's async retry step reads it. */
        Object retried;
        /** The request config before the call bounded its retries; null while none is. */
        RequestConfig userConfig;

        CallState(RetryCall call) {
            this.call = call;
        }
    }
}
