package io.github.statuscodes.spring.boot;

import io.github.statuscodes.servlet.ClientDisconnect;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Records, for each request whose client went away, the time from the request's start until the
 * server noticed it, as the timer {@value #NAME} tagged with the recorded {@code status}, the
 * {@code method} and the {@code phase}. That is not when the client left: a server notices only
 * at its next read or write after the close (a slow handler is noticed when it writes), so a
 * client timeout shows here only when the handler was streaming at that time.
 *
 * <p>A servlet request listener: it reads the disconnect that any {@code ClientDisconnectFilter}
 * left in the request ({@link ClientDisconnectFilter#DISCONNECT_ATTRIBUTE}) when the request
 * ends, so that the starter's registration of the filter and an application's own are timed
 * alike.
 */
final class DisconnectMetrics implements ServletRequestListener {
    static final String NAME = "http.server.disconnects.noticed";

    private final ObjectProvider<MeterRegistry> registry;

    DisconnectMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Object d = event.getServletRequest().getAttribute(
                ClientDisconnectFilter.DISCONNECT_ATTRIBUTE);
        if (d instanceof ClientDisconnect) {
            record((ClientDisconnect) d);
        }
    }

    void record(ClientDisconnect event) {
        MeterRegistry r = registry.getIfAvailable();
        if (r == null) {
            return;
        }
        String method = event.request().getMethod();
        Timer.builder(NAME)
                .description("Time from the start of a request until the server noticed its client had "
                        + "gone; not when the client left")
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
