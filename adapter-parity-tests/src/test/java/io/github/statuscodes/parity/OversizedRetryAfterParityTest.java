package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import java.net.ProtocolException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code 503} whose {@code Retry-After} is all digits but too large for an {@code int} (or a
 * {@code long}) is a reply a remote party controls: every client gives the 503 back after one
 * request, with a give-up for a {@code Retry-After} beyond the policy's cap, and none throws.
 *
 * <p>Except where OkHttp sends (the OkHttp interceptor, Feign on OkHttp): OkHttp's own
 * {@code RetryAndFollowUpInterceptor}, below every application interceptor and in 4.12 as in
 * 5.x, reads an all-digit {@code Retry-After} of a 503 with {@code Integer.valueOf} and throws
 * {@code NumberFormatException}, so the 503 never reaches our code and cannot be returned. What
 * is asserted there instead: one request, and a {@code ProtocolException} (an
 * {@code IOException}, as for any failed call) naming the header value, the URL and OkHttp,
 * instead of the raw {@code NumberFormatException} (docs/okhttp.md, docs/feign.md).
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
                boolean okHttpBelow = kind == Client.Kind.OKHTTP
                        || kind == Client.Kind.FEIGN_OKHTTP;
                try (Client c = kind.open(RetryPolicy.defaults(), listener)) {
                    int status = c.send("GET", server.uri());
                    if (okHttpBelow || status != 503 || server.requests() != 1) {
                        failures.add(kind + ": status " + status + ", requests "
                                + server.requests());
                    }
                } catch (Exception e) {
                    if (!okHttpBelow || !saysOkHttpCannotRead(e, retryAfter, server.uri())
                            || server.requests() != 1) {
                        failures.add(kind + ": threw " + e + ", requests " + server.requests());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** A ProtocolException, itself or a cause (Feign wraps it), naming value, URL and OkHttp. */
    private static boolean saysOkHttpCannotRead(Throwable thrown, String retryAfter, URI uri) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProtocolException) {
                String message = t.getMessage();
                return message.contains("OkHttp cannot read the Retry-After \"" + retryAfter
                        + "\"") && message.contains(uri.toString());
            }
        }
        return false;
    }
}
