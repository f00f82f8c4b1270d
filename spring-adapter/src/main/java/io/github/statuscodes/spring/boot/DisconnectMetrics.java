package io.github.statuscodes.spring.boot;

import io.github.statuscodes.servlet.ClientDisconnect;
import io.github.statuscodes.servlet.ClientDisconnectListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records how long each client that went away had waited, as the timer {@value #NAME} tagged
 * with the recorded {@code status}, the {@code method} and the {@code phase}: the client-timeout
 * cluster (many requests cut at the same few seconds) shows as a spike in its histogram.
 */
final class DisconnectMetrics implements ClientDisconnectListener {
    static final String NAME = "http.server.client.disconnects";

    private final ObjectProvider<MeterRegistry> registry;

    DisconnectMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void onClientDisconnect(ClientDisconnect event) {
        MeterRegistry r = registry.getIfAvailable();
        if (r == null) {
            return;
        }
        String method = event.request().getMethod();
        Timer.builder(NAME)
                .description("Time clients waited before they closed the connection")
                .tag("status", Integer.toString(event.status().code()))
                .tag("method", method == null ? "UNKNOWN" : Methods.lowCardinality(method))
                .tag("phase", event.phase().name())
                .publishPercentileHistogram()
                .register(r)
                .record(event.elapsed());
    }

    /** Keeps the method tag low-cardinality: a made-up method becomes {@code OTHER}. */
    static final class Methods {
        private static final java.util.Set<String> KNOWN = java.util.Set.of("GET", "HEAD",
                "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

        private Methods() {
        }

        static String lowCardinality(String method) {
            return KNOWN.contains(method) ? method : "OTHER";
        }
    }
}
