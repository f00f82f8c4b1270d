package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.StatusCode;
import java.net.URI;
import java.time.Duration;

/** Retry listeners that feed {@link RetryMeters} for one client. */
final class MeteredListeners {
    private MeteredListeners() {
    }

    /** Core's listener, for adapters on core's {@code RetryCall}. */
    static io.github.statuscodes.RetryListener core(RetryMeters meters, String client) {
        return new io.github.statuscodes.RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                meters.retry(RetryMeters.client(client, e.uri()), e.code());
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                meters.giveUp(RetryMeters.client(client, e.uri()), e.code(), e.stopReason());
            }

            @Override
            public String toString() {
                return "statuscodes retry meters";
            }
        };
    }

    /** The Spring adapter's listener. */
    static io.github.statuscodes.spring.RetryListener spring(RetryMeters meters, String client) {
        return new io.github.statuscodes.spring.RetryListener() {
            @Override
            public void onRetry(String method, URI uri, StatusCode code, int attempt,
                    Duration delay) {
                meters.retry(RetryMeters.client(client, uri), code);
            }

            @Override
            public void onGiveUp(String method, URI uri, StatusCode code, int attempts,
                    RetryDecision.StopReason reason) {
                meters.giveUp(RetryMeters.client(client, uri), code, reason);
            }

            @Override
            public String toString() {
                return "statuscodes retry meters";
            }
        };
    }
}
