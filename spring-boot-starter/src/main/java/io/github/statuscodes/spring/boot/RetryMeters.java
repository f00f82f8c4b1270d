package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The retry meters, per client: {@value #ATTEMPTS} (every request sent, first attempts and
 * retries), {@value #RETRIES} by the {@code status} that was retried and {@value #GIVE_UPS} by
 * {@code reason} and {@code status}. Low cardinality: {@code client.name} is a configured
 * client's name or, as in Boot's {@code http.client.requests}, the request's host; {@code status}
 * is a three-digit code, {@code CONNECT_FAILURE} (no response) or {@code OTHER} (a code outside
 * 100..999); {@code reason} one of the {@link RetryDecision.StopReason} names a give-up has
 * (every one but {@code NOT_RETRYABLE}, which ends a call without giving up). No URI, no header
 * value.
 */
final class RetryMeters {
    static final String ATTEMPTS = "statuscodes.client.attempts";
    static final String RETRIES = "statuscodes.client.retries";
    static final String GIVE_UPS = "statuscodes.client.giveups";
    static final String CLIENT = "client.name";

    private final MeterRegistry registry;

    RetryMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    static String client(@Nullable String name, @Nullable URI uri) {
        if (name != null) {
            return name;
        }
        String host = uri == null ? null : BaseUrl.host(uri);
        return host == null ? "none" : host;
    }

    static String status(@Nullable StatusCode code) {
        if (code == null) {
            return "CONNECT_FAILURE";
        }
        int c = code.code();
        return c >= 100 && c <= 999 ? Integer.toString(c) : "OTHER";
    }

    void attempt(String client) {
        Counter.builder(ATTEMPTS).description("Requests sent by the client, retries included")
                .tag(CLIENT, client).register(registry).increment();
    }

    void retry(String client, @Nullable StatusCode code) {
        Counter.builder(RETRIES).description("Requests the retry policy sent again, by the status "
                + "(or connect failure) retried").tag(CLIENT, client).tag("status", status(code))
                .register(registry).increment();
        attempt(client);
    }

    void giveUp(String client, @Nullable StatusCode code, RetryDecision.StopReason reason) {
        Counter.builder(GIVE_UPS).description("Calls that ended on a retryable outcome without "
                + "a further attempt, by the policy's reason").tag(CLIENT, client)
                .tag("reason", reason.name()).tag("status", status(code))
                .register(registry).increment();
    }
}
