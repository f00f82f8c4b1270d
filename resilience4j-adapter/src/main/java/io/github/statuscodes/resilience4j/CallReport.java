package io.github.statuscodes.resilience4j;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Listeners;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The retry state of one Resilience4j call: a core {@link RetryCall} fed with each outcome, so
 * that the decisions and the listener's events are those of every other adapter. Resilience4j
 * runs the call without telling what it sends, so the call's method and URI come from the first
 * response; before one, a connect failure is reported with an unknown method (treated as a POST)
 * and an empty URI, and the call is made again, with its attempts, once a response names them;
 * the listener hears of the start once, from the first call made. An outcome that is neither a
 * response nor a connect failure (a read timeout, a null result) makes the call too, so its start
 * is reported. The clock runs from the start of the call. One attempt at a time, as Resilience4j
 * runs them.
 */
final class CallReport<T> {
    static final URI UNKNOWN_URI = URI.create("");
    private static final String UNKNOWN_METHOD = "POST";

    private final RetryPolicy policy;
    private final ResponseAccess<T> access;
    private final RetryListener listener;
    private final long startNanos = System.nanoTime();
    private @Nullable RetryCall call;
    private boolean named;

    CallReport(RetryPolicy policy, ResponseAccess<T> access, RetryListener listener) {
        this.policy = policy;
        this.access = access;
        this.listener = listener;
    }

    /** Counts an attempt that got {@code response} and decides. */
    RetryDecision onResponse(T response) {
        RetryCall c = call;
        if (c == null || !named) {
            String method = access.method(response);
            URI uri = access.uri(response);
            // A call made again after a connect failure has had its start reported.
            RetryCall fresh = policy.newCall(method == null || method.isEmpty()
                    ? UNKNOWN_METHOD : method, uri == null ? UNKNOWN_URI : uri, true,
                    c == null ? listener : new WithoutStart(listener));
            if (c != null) {
                fresh.countClientResends(c.attempts());
            }
            call = c = fresh;
            named = true;
        }
        return c.onResponse(access.status(response), name -> access.header(response, name),
                nanosLeft());
    }

    /** Counts an attempt whose connection could not be made and decides. */
    RetryDecision onConnectFailure(Throwable failure) {
        RetryCall c = call;
        if (c == null) {
            call = c = policy.newCall(UNKNOWN_METHOD, UNKNOWN_URI, true, listener);
        }
        return c.onConnectFailure(failure, nanosLeft());
    }

    /** Makes the call, if no outcome made it yet, for an outcome the policy does not decide on. */
    void onOtherOutcome() {
        if (call == null) {
            call = policy.newCall(UNKNOWN_METHOD, UNKNOWN_URI, true, listener);
        }
    }

    private long nanosLeft() {
        return policy.remainingNanos(System.nanoTime() - startNanos);
    }

    /** Forwards every event but the start. */
    private static final class WithoutStart implements RetryListener {
        private final RetryListener listener;

        WithoutStart(RetryListener listener) {
            this.listener = listener;
        }

        @Override
        public void onRetry(RetryEvent event) {
            Listeners.notify(listener, event);   // reported with the listener's own name
        }

        @Override
        public void onGiveUp(RetryEvent event) {
            Listeners.notify(listener, event);
        }

        @Override
        public String toString() {
            return listener.toString();
        }
    }
}
