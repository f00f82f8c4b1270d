package io.github.statuscodes.spring.boot;

import io.github.statuscodes.CallStartEvent;
import io.github.statuscodes.RetryEvent;
import org.jspecify.annotations.Nullable;

/**
 * The core retry listener that feeds {@link RetryMeters} for one client: the attempts are the
 * call starts plus the retries, so a call counts whoever sends it.
 */
final class MeteredListeners {
    private MeteredListeners() {
    }

    static io.github.statuscodes.RetryListener of(RetryMeters meters, @Nullable String client) {
        return new io.github.statuscodes.RetryListener() {
            @Override
            public void onCallStart(CallStartEvent e) {
                meters.attempt(RetryMeters.client(client, e.uri()));
            }

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
}
