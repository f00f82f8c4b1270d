package io.github.statuscodes.httpclient5;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * An Apache HttpClient 5 {@link HttpRequestRetryStrategy} that retries by a {@link RetryPolicy}:
 * the vendor-aware retryability of each status code, bounded attempts, full-jitter backoff,
 * Retry-After honoured up to a cap, and the policy's call timeout; for the classic and the async
 * client alike.
 *
 * <p>Immutable and thread-safe: one instance serves every call of a client. What one call needs
 * between HttpClient's calls into the strategy (when the retries started, the delay decided for
 * the last response) lives in that call's {@link HttpContext}, so that
 * {@link #getRetryInterval(HttpResponse, int, HttpContext)} returns exactly the delay the policy
 * decided in {@link #retryRequest(HttpResponse, int, HttpContext)}.
 *
 * <pre>{@code
 * CloseableHttpClient client = HttpClients.custom()
 *     .setRetryStrategy(StatusCodeRetryStrategy.create())
 *     .build();
 * CloseableHttpAsyncClient async = HttpAsyncClients.custom()
 *     .setRetryStrategy(StatusCodeRetryStrategy.create(RetryPolicy.builder().maxAttempts(4).build()))
 *     .build();
 * }</pre>
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

    private static final StatusCodeRetryStrategy DEFAULTS =
            new StatusCodeRetryStrategy(RetryPolicy.defaults());

    /** HttpClient's own rules for I/O failures other than a failed connect. */
    private static final HttpRequestRetryStrategy HTTP_CLIENT_RULES =
            DefaultHttpRequestRetryStrategy.INSTANCE;

    private final RetryPolicy policy;

    private StatusCodeRetryStrategy(RetryPolicy policy) {
        this.policy = policy;
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
        return new StatusCodeRetryStrategy(Checks.notNull(policy, "policy"));
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
        return retry(context, execCount, response,
                nanosLeft -> decide(response, execCount, context, nanosLeft));
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
        return intervalAfter(context, execCount, response,
                nanosLeft -> decide(response, execCount, context, nanosLeft));
    }

    /**
     * Decides whether to send the request again after an I/O failure. A failed connect (refused,
     * timed out, no route to the host) never reached the server, so the policy decides it for
     * every method ({@link RetryPolicy#decideOnConnectFailure}). Any other failure is retried,
     * at once, only when HttpClient's own {@link DefaultHttpRequestRetryStrategy} would retry it
     * (an idempotent method, an exception it deems recoverable) and the policy's attempts and
     * call timeout are not spent.
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
        return retry(context, execCount, exception,
                nanosLeft -> decide(request, exception, execCount, context, nanosLeft));
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
        return intervalAfter(context, execCount, exception,
                nanosLeft -> decide(request, exception, execCount, context, nanosLeft));
    }

    /**
     * Decides, given the nanoseconds left of the call, whether to retry after {@code cause} (a
     * response or a failure), and keeps the delay in the call's state for
     * {@link #intervalAfter}.
     */
    private boolean retry(HttpContext context, int execCount, Object cause,
            LongUnaryOperator decide) {
        checkExecCount(execCount);
        long now = System.nanoTime();
        CallState state = state(context, execCount);
        return remember(context, state, now, cause, decide.applyAsLong(nanosLeft(state, now)));
    }

    /** The delay {@link #retry} kept for {@code cause}; if it was not asked first, decides now. */
    private TimeValue intervalAfter(HttpContext context, int execCount, Object cause,
            LongUnaryOperator decide) {
        checkExecCount(execCount);
        Long remembered = recall(context, cause);
        if (remembered != null) {
            return interval(remembered);
        }
        CallState state = state(context, execCount);
        return interval(decide.applyAsLong(nanosLeft(state, System.nanoTime())));
    }

    private long decide(HttpResponse response, int execCount, HttpContext context,
            long nanosLeft) {
        HttpRequest request = HttpCoreContext.cast(context).getRequest();
        String method = request == null ? UNKNOWN_METHOD : request.getMethod();
        RetryDecision d = policy.decide(execCount, method, isRepeatable(request),
                response.getCode(), name -> header(response, name), nanosLeft);
        return d.isRetry() ? d.delayNanos() : STOP;
    }

    private long decide(HttpRequest request, IOException exception, int execCount,
            HttpContext context, long nanosLeft) {
        if (request instanceof CancellableDependency
                && ((CancellableDependency) request).isCancelled()) {
            return STOP;
        }
        if (isConnectFailure(exception)) {
            RetryDecision d = policy.decideOnConnectFailure(execCount, isRepeatable(request),
                    nanosLeft);
            return d.isRetry() ? d.delayNanos() : STOP;
        }
        // Which other failures are safe to repeat is HttpClient's call (execCount 1 asks its rule
        // alone, not its budget of one retry); how many attempts and how long stay the policy's.
        if (!HTTP_CLIENT_RULES.retryRequest(request, exception, 1, context)
                || execCount >= policy.maxAttempts() || nanosLeft <= 0) {
            return STOP;
        }
        return 0;
    }

    /**
     * A connect that failed: refused ({@link ConnectException}, HttpClient's
     * {@code HttpHostConnectException}), timed out ({@link ConnectTimeoutException}) or without a
     * route. The request never reached the server. An unknown host is not one: HttpClient does
     * not retry it, and a repeated lookup soon after fails the same way.
     */
    static boolean isConnectFailure(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof NoRouteToHostException;
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
    static String header(HttpResponse response, String name) {
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

    private long nanosLeft(CallState state, long now) {
        // The clock starts when the strategy first sees the call, at the end of its first attempt.
        return policy.remainingNanos(state == null ? 0 : now - state.startNanos);
    }

    /** The state of the call, or null when execCount 1 starts a new call (a context may be reused). */
    private static CallState state(HttpContext context, int execCount) {
        if (execCount == 1) {
            return null;
        }
        Object o = context.getAttribute(STATE);
        return o instanceof CallState ? (CallState) o : null;
    }

    private static boolean remember(HttpContext context, CallState state, long now, Object cause,
            long delay) {
        if (delay == STOP) {
            return false;
        }
        CallState s = state;
        if (s == null) {
            s = new CallState(now);
            context.setAttribute(STATE, s);
        }
        s.cause = cause;
        s.delayNanos = delay;
        return true;
    }

    private static Long recall(HttpContext context, Object cause) {
        Object o = context.getAttribute(STATE);
        if (o instanceof CallState && ((CallState) o).cause == cause) {
            CallState s = (CallState) o;
            s.cause = null;
            return s.delayNanos;
        }
        return null;
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
        return "StatusCodeRetryStrategy{" + policy + "}";
    }

    /** One call's retry state, kept in its context; HttpClient runs one call's steps in turn. */
    static final class CallState {
        final long startNanos;
        Object cause;
        long delayNanos;

        CallState(long startNanos) {
            this.startNanos = startNanos;
        }
    }
}
