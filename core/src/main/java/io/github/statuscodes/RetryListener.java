package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.Listeners;
import java.util.ArrayList;
import java.util.List;

/**
 * Sees what a {@link RetryCall} does: its start, each retry and each give-up, for logs and
 * metrics. One listener type serves every client adapter; every method has a no-op default.
 *
 * <p>Called on the thread that made the decision (the caller's, or the client's I/O or timer
 * thread for asynchronous clients), so it must be thread-safe, quick and non-blocking. A listener
 * observes and never changes the outcome: whatever it throws is logged once as a warning on the
 * {@code io.github.statuscodes} {@link System.Logger} and the call goes on as if it had returned.
 *
 * <pre>{@code
 * RetryListener metrics = new RetryListener() {
 *     @Override
 *     public void onRetry(RetryEvent e) {
 *         registry.counter("http.client.retries", "code", e.code() == null ? "connect"
 *                 : Integer.toString(e.code().code())).increment();
 *     }
 * };
 * }</pre>
 *
 * @since 0.3.0
 */
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = new RetryListener() {
        @Override
        public String toString() {
            return "RetryListener.NONE";
        }
    };

    /**
     * Returns a listener that calls each of {@code listeners} in order; one that throws is logged
     * and does not keep the others from the event.
     *
     * @param listeners the listeners, e.g. every listener bean of an application
     * @return {@link #NONE} for none, the listener itself for one, else a composite
     * @throws NullPointerException if {@code listeners} or one of them is null
     */
    static RetryListener all(List<? extends RetryListener> listeners) {
        Checks.notNull(listeners, "listeners");
        List<RetryListener> copy = new ArrayList<>(listeners.size());
        for (RetryListener l : listeners) {
            if (l != NONE) {
                copy.add(Checks.notNull(l, "listeners element"));
            }
        }
        if (copy.isEmpty()) {
            return NONE;
        }
        if (copy.size() == 1) {
            return copy.get(0);
        }
        RetryListener[] each = copy.toArray(new RetryListener[0]);
        return new RetryListener() {
            @Override
            public void onCallStart(CallStartEvent event) {
                for (RetryListener l : each) {
                    Listeners.notifyStart(l, event);
                }
            }

            @Override
            public void onRetry(RetryEvent event) {
                for (RetryListener l : each) {
                    Listeners.notify(l, event);
                }
            }

            @Override
            public void onGiveUp(RetryEvent event) {
                for (RetryListener l : each) {
                    Listeners.notify(l, event);
                }
            }

            @Override
            public String toString() {
                return "RetryListener.all" + List.of(each);
            }
        };
    }

    /**
     * Called once per call, when the adapter makes it, before the first attempt is sent: calls
     * plus retries are the attempts, whatever ends them (a read timeout included).
     *
     * @param event the call's method and URI
     * @since 0.3.0
     */
    default void onCallStart(CallStartEvent event) {
    }

    /**
     * Called when the policy decided to send the request again, before the wait.
     *
     * @param event the attempt that is retried; {@link RetryEvent#delay()} is the wait
     */
    default void onRetry(RetryEvent event) {
    }

    /**
     * Called when the call stops although the attempt's outcome was retryable: every stop after a
     * connect failure, and every stop after a response but a final one (a 200, a 404; see
     * {@link RetryDecision#isGiveUp()}).
     *
     * @param event the last attempt; {@link RetryEvent#stopReason()} says why
     */
    default void onGiveUp(RetryEvent event) {
    }
}
