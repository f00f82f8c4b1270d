package io.github.statuscodes.okhttp;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Listeners;
import io.github.statuscodes.okhttp.RetryListener.GiveUpReason;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;

/**
 * The user's {@link RetryListener} as {@link StatusCodeInterceptor} calls it: a listener that
 * throws is reported ({@link Listeners#reportFailure}) and never changes the outcome of the call.
 */
final class GuardedListener {
    private final RetryListener listener;

    GuardedListener(RetryListener listener) {
        this.listener = listener;
    }

    void onRetry(Request request, StatusCode code, int attempt, Duration delay) {
        try {
            listener.onRetry(request, code, attempt, delay);
        } catch (RuntimeException e) {
            Listeners.reportFailure(listener, "onRetry", e);
        }
    }

    void onConnectFailureRetry(Request request, IOException failure, int attempt,
            Duration delay) {
        try {
            listener.onConnectFailureRetry(request, failure, attempt, delay);
        } catch (RuntimeException e) {
            Listeners.reportFailure(listener, "onConnectFailureRetry", e);
        }
    }

    void onGiveUp(Request request, StatusCode code, int attempts, RetryDecision.StopReason r) {
        try {
            listener.onGiveUp(request, code, attempts, giveUpReason(r));
        } catch (RuntimeException e) {
            Listeners.reportFailure(listener, "onGiveUp", e);
        }
    }

    /** The listener's name for a give-up: the policy's, but {@code DEADLINE} is CALL_TIMEOUT. */
    static GiveUpReason giveUpReason(RetryDecision.StopReason r) {
        return r == RetryDecision.StopReason.DEADLINE ? GiveUpReason.CALL_TIMEOUT
                : GiveUpReason.valueOf(r.name());
    }
}
