package io.github.statuscodes.spring;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Listeners;
import java.net.URI;
import java.time.Duration;

/** Calls a {@link RetryListener} so that a listener that throws changes nothing. */
final class Notify {
    private Notify() {
    }

    static void retry(RetryListener listener, String method, URI uri, StatusCode code,
            int attempt, long delayNanos) {
        if (listener == RetryListener.NONE) {
            return;
        }
        try {
            listener.onRetry(method, uri, code, attempt, Duration.ofNanos(delayNanos));
        } catch (RuntimeException | LinkageError e) {
            Listeners.reportFailure(listener, "onRetry", e);
        }
    }

    static void giveUp(RetryListener listener, String method, URI uri, StatusCode code,
            int attempts, RetryDecision.StopReason reason) {
        if (listener == RetryListener.NONE) {
            return;
        }
        try {
            listener.onGiveUp(method, uri, code, attempts, reason);
        } catch (RuntimeException | LinkageError e) {
            Listeners.reportFailure(listener, "onGiveUp", e);
        }
    }
}
