package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code 503} whose {@code Retry-After} is all digits but too large for an {@code int} (or a
 * {@code long}) is a reply a remote party controls: every client gives the 503 back after one
 * request, with a give-up for a {@code Retry-After} beyond the policy's cap, and none throws.
 */
class OversizedRetryAfterParityTest {

    @ParameterizedTest(name = "Retry-After: {0}")
    @ValueSource(strings = {"99999999999", "99999999999999999999"})
    void everyClientReturnsThe503OnceWithoutThrowing(String retryAfter) throws Exception {
        List<String> failures = new ArrayList<>();
        try (ScriptedServer server = new ScriptedServer()) {
            for (Client.Kind kind : Client.Kind.values()) {
                List<RetryEvent> events = new CopyOnWriteArrayList<>();
                RetryListener listener = new RetryListener() {
                    @Override
                    public void onRetry(RetryEvent event) {
                        events.add(event);
                    }

                    @Override
                    public void onGiveUp(RetryEvent event) {
                        events.add(event);
                    }
                };
                server.play(List.of(new Reply(503, "Retry-After", retryAfter)));
                try (Client c = kind.open(RetryPolicy.defaults(), listener)) {
                    int status = c.send("GET", server.uri());
                    if (status != 503 || server.requests() != 1) {
                        failures.add(kind + ": status " + status + ", requests "
                                + server.requests());
                    }
                } catch (Exception e) {
                    failures.add(kind + ": threw " + e);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
