package io.github.statuscodes.okhttp;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryEvent;
import java.io.IOException;
import okhttp3.Request;

/**
 * The bridge from core's events to the 0.1.0 {@link RetryListener} of one call, which takes the
 * OkHttp request. A give-up after a connect failure has no 0.1.0 callback and is not passed on.
 */
@SuppressWarnings("deprecation")
final class LegacyListener implements io.github.statuscodes.RetryListener {
    private final RetryListener listener;
    private final Request request;

    LegacyListener(RetryListener listener, Request request) {
        this.listener = listener;
        this.request = request;
    }

    /** {@code listener}, and the 0.1.0 one after it for this request unless that is NONE. */
    static io.github.statuscodes.RetryListener with(io.github.statuscodes.RetryListener listener,
            RetryListener legacy, Request request) {
        return legacy == RetryListener.NONE ? listener : io.github.statuscodes.RetryListener.all(
                java.util.List.of(listener, new LegacyListener(legacy, request)));
    }

    @Override
    public void onRetry(RetryEvent e) {
        if (e.failure() instanceof IOException) {
            listener.onConnectFailureRetry(request, (IOException) e.failure(), e.attempt(),
                    e.delay());
        } else if (e.code() != null) {
            listener.onRetry(request, e.code(), e.attempt(), e.delay());
        }
    }

    @Override
    public void onGiveUp(RetryEvent e) {
        if (e.code() != null) {
            listener.onGiveUp(request, e.code(), e.attempt(), giveUpReason(e.stopReason()));
        }
    }

    /** The 0.1.0 name for a give-up: the policy's, but {@code DEADLINE} is CALL_TIMEOUT. */
    static RetryListener.GiveUpReason giveUpReason(RetryDecision.StopReason r) {
        return r == RetryDecision.StopReason.DEADLINE ? RetryListener.GiveUpReason.CALL_TIMEOUT
                : RetryListener.GiveUpReason.valueOf(r.name());
    }

    @Override
    public String toString() {
        return listener.toString();
    }
}
