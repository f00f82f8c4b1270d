package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Listeners;
import io.github.statuscodes.spring.RetryListener;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Calls every {@link RetryListener} bean; one that throws does not keep the others from it. */
final class CompositeRetryListener implements RetryListener {
    private final List<RetryListener> listeners;

    CompositeRetryListener(List<RetryListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onRetry(String method, URI uri, StatusCode code, int attempt, Duration delay) {
        for (RetryListener l : listeners) {
            try {
                l.onRetry(method, uri, code, attempt, delay);
            } catch (RuntimeException e) {
                Listeners.reportFailure(l, "onRetry", e);
            }
        }
    }

    @Override
    public void onGiveUp(String method, URI uri, StatusCode code, int attempts,
            RetryDecision.StopReason reason) {
        for (RetryListener l : listeners) {
            try {
                l.onGiveUp(method, uri, code, attempts, reason);
            } catch (RuntimeException e) {
                Listeners.reportFailure(l, "onGiveUp", e);
            }
        }
    }
}
