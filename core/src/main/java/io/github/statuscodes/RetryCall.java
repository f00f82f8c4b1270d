package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.Listeners;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The retry state of one call, which every client adapter drives: when the call started, how many
 * attempts it sent, its deadline, the last decision, and the listener. Made by
 * {@link RetryPolicy#newCall(String, URI, boolean, RetryListener)} before the first attempt.
 *
 * <pre>{@code
 * RetryCall call = policy.newCall("GET", uri, true, listener);
 * while (true) {
 *     Response r = send();
 *     RetryDecision d = call.onResponse(r.status(), r::header);
 *     if (!d.isRetry()) {
 *         return r;
 *     }
 *     discard(r);
 *     waitNanos(d.delayNanos());
 * }
 * }</pre>
 *
 * <p>After each attempt the adapter reports what came back ({@link #onResponse} or
 * {@link #onConnectFailure}) and gets the decision; the call counts the attempt, applies the
 * deadline (the policy's {@link RetryPolicy#callTimeout()} and any the client has) and tells the
 * listener of the call's start (once, when the call is made, so that a first attempt that ends in
 * any exception is counted too), of each retry and of each give-up. A listener that throws is
 * logged once on the {@code io.github.statuscodes} {@link System.Logger} and changes nothing. Once a decision
 * stops the call, it takes no further attempt.
 *
 * <p>Not thread-safe: one attempt at a time, each handing over to the next with a
 * happens-before edge (the same thread, a future, a Reactor signal).
 *
 * @since 0.3.0
 */
public final class RetryCall {
    private final RetryPolicy policy;
    private final String method;
    private final URI uri;
    private final boolean bodyRepeatable;
    private final RetryListener listener;
    private final LongSupplier ticker;
    private final long startNanos;
    private int attempts;
    private @Nullable StatusCode code;
    private @Nullable RetryDecision last;

    RetryCall(RetryPolicy policy, String method, URI uri, boolean bodyRepeatable,
            RetryListener listener, LongSupplier ticker) {
        this.policy = policy;
        this.method = Checks.notEmpty(method, "method");
        this.uri = Checks.notNull(uri, "uri");
        this.bodyRepeatable = bodyRepeatable;
        this.listener = Checks.notNull(listener, "listener");
        this.ticker = ticker;
        this.startNanos = ticker.getAsLong();
        if (listener != RetryListener.NONE) {
            Listeners.notifyStart(listener,
                    new CallStartEvent(this.method, this.uri, bodyRepeatable));
        }
    }

    /**
     * Counts an attempt that got a response and decides, with the policy's deadline alone.
     *
     * @param status the response's status number, any int (outside 100..999 is never retried)
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @return retry after a delay, or stop with the reason
     * @throws NullPointerException if {@code headers} is null
     * @throws IllegalStateException if an earlier decision stopped the call
     */
    public RetryDecision onResponse(int status, Function<String, @Nullable String> headers) {
        return onResponse(status, headers, Long.MAX_VALUE);
    }

    /**
     * Counts an attempt that got a response and decides, with the least of the policy's deadline
     * and the client's.
     *
     * @param status the response's status number, any int (outside 100..999 is never retried)
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @param clientNanosLeft nanoseconds left of the client's own deadline; {@link Long#MAX_VALUE}
     *     for none
     * @return retry after a delay, or stop with the reason
     * @throws NullPointerException if {@code headers} is null
     * @throws IllegalStateException if an earlier decision stopped the call
     */
    public RetryDecision onResponse(int status, Function<String, @Nullable String> headers,
            long clientNanosLeft) {
        Checks.notNull(headers, "headers");
        int n = nextAttempt();
        StatusCode c = policy.resolve(status, headers);
        code = c;
        RetryDecision d = policy.decide(n, method, bodyRepeatable, c, headers,
                nanosLeft(clientNanosLeft));
        last = d;
        if (d.isRetry() || d.isGiveUp()) {
            report(c, null, d);
        }
        return d;
    }

    /**
     * Counts an attempt whose connection could not be made and decides, with the policy's
     * deadline alone; a stop is a give-up, and the adapter then throws {@code failure}.
     *
     * @param failure the client's connect failure, e.g. a {@code ConnectException}
     * @return retry after a backoff delay, or stop with the reason
     * @throws NullPointerException if {@code failure} is null
     * @throws IllegalStateException if an earlier decision stopped the call
     */
    public RetryDecision onConnectFailure(Throwable failure) {
        return onConnectFailure(failure, Long.MAX_VALUE);
    }

    /**
     * Counts an attempt whose connection could not be made and decides, with the least of the
     * policy's deadline and the client's; a stop is a give-up.
     *
     * @param failure the client's connect failure, e.g. a {@code ConnectException}
     * @param clientNanosLeft nanoseconds left of the client's own deadline; {@link Long#MAX_VALUE}
     *     for none
     * @return retry after a backoff delay, or stop with the reason
     * @throws NullPointerException if {@code failure} is null
     * @throws IllegalStateException if an earlier decision stopped the call
     */
    public RetryDecision onConnectFailure(Throwable failure, long clientNanosLeft) {
        Checks.notNull(failure, "failure");
        int n = nextAttempt();
        code = null;
        RetryDecision d = policy.decideOnConnectFailure(n, bodyRepeatable,
                nanosLeft(clientNanosLeft));
        last = d;
        report(null, failure, d);
        return d;
    }

    /**
     * Counts requests the client sent again on its own within the attempt that is reported next
     * (OkHttp resends a 408 and a {@code 503} with {@code Retry-After: 0}), so that they use up
     * the policy's attempts.
     *
     * @param resends zero or more
     * @throws IllegalArgumentException if {@code resends} is negative
     */
    public void countClientResends(int resends) {
        if (resends < 0) {
            throw new IllegalArgumentException("resends is " + resends + "; it must be 0 or more");
        }
        attempts = (int) Math.min(Integer.MAX_VALUE - 1L, (long) attempts + resends);
    }

    /**
     * Counts a request the client sent again on its own, within the attempt that is reported
     * next (OkHttp resends a 408 and a {@code 503} with {@code Retry-After: 0}), and reports it
     * as the retry it was, so that the listener sees the same events as on a client that leaves
     * every retry to the policy. The event's decision is a retry without delay, since the client
     * resent at once. Where the policy would not have retried that response (its attempts were
     * used up, a predicate refuses the code), the client resent it regardless: the attempt counts
     * and nothing is reported, and the call goes on to the response the client returned.
     *
     * @param status the status of the response the client resent after
     * @param headers that response's headers by case-insensitive name; null for an absent header
     * @return the attempts sent so far, this one included
     * @throws NullPointerException if {@code headers} is null
     * @throws IllegalStateException if an earlier decision stopped the call
     */
    public int onClientResend(int status, Function<String, @Nullable String> headers) {
        Checks.notNull(headers, "headers");
        int n = nextAttempt();
        StatusCode c = policy.resolve(status, headers);
        code = c;
        RetryDecision d = policy.decide(n, method, bodyRepeatable, c, headers,
                nanosLeft(Long.MAX_VALUE));
        if (d.isRetry()) {
            report(c, null, RetryDecision.retryAfter(0));
        }
        return n;
    }

    private int nextAttempt() {
        if (last != null && !last.isRetry()) {
            throw new IllegalStateException("the call stopped after attempt " + attempts + " ("
                    + last.stopReason() + "); it sends no further attempt");
        }
        return ++attempts;
    }

    private long nanosLeft(long clientNanosLeft) {
        return Math.min(policy.remainingNanos(elapsedNanos()), clientNanosLeft);
    }

    private void report(@Nullable StatusCode c, @Nullable Throwable failure, RetryDecision d) {
        if (listener == RetryListener.NONE) {
            return;
        }
        Listeners.notify(listener,
                new RetryEvent(method, uri, attempts, c, failure, d, elapsedNanos()));
    }

    /** {@return the attempts sent so far, those the client resent on its own included} */
    public int attempts() {
        return attempts;
    }

    /** {@return the resolved code of the last attempt's response; null before one, or after a connect failure} */
    public @Nullable StatusCode code() {
        return code;
    }

    /** {@return the last decision; null before the first attempt is reported} */
    public @Nullable RetryDecision lastDecision() {
        return last;
    }

    /** {@return true once a decision stopped the call} */
    public boolean isStopped() {
        return last != null && !last.isRetry();
    }

    /** {@return nanoseconds since the call was made} */
    public long elapsedNanos() {
        return ticker.getAsLong() - startNanos;
    }

    /** {@return the time since the call was made} */
    public Duration elapsed() {
        return Duration.ofNanos(elapsedNanos());
    }

    /**
     * {@return what is left of the policy's call timeout, below zero once passed;
     * {@link Long#MAX_VALUE} without one}
     */
    public long nanosLeft() {
        return policy.remainingNanos(elapsedNanos());
    }

    /** {@return the policy that decides} */
    public RetryPolicy policy() {
        return policy;
    }

    /** {@return the request method} */
    public String method() {
        return method;
    }

    /** {@return the request URI} */
    public URI uri() {
        return uri;
    }

    /** {@return false when the request body can be sent only once} */
    public boolean isBodyRepeatable() {
        return bodyRepeatable;
    }

    @Override
    public String toString() {
        return "RetryCall{" + method + " " + uri + ", attempts=" + attempts + ", last=" + last
                + "}";
    }
}
