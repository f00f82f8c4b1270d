package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.owndisconnectfirst.OwnDisconnectFilterFirstApp;
import io.github.statuscodes.spring.boot.apps.userbeans.UserBeansApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter backs off on the application's own {@code ClientDisconnectFilter} registration
 * (docs: "the timer still times the disconnects your registration records"). The docs promise
 * one status per request: {@code http.server.requests} carries "the status the disconnect
 * filter records". When that filter is the application's, recording 460, the request in
 * {@code http.server.requests} must say 460 as the disconnect timer does.
 */
class OwnDisconnectFilterStatusTest {

    @Test
    void httpServerRequestsCarriesTheStatusTheApplicationsOwnDisconnectFilterRecords()
            throws Exception {
        // Held: the application's filter at its default order runs inside Boot's observation
        // filter and records 460 before the observation stops.
        assertOneStatus(UserBeansApp.class);
    }

    @Test
    void httpServerRequestsCarriesTheStatusOfTheApplicationsOwnDisconnectFilterRegisteredFirst()
            throws Exception {
        // Registered as the starter registers its own (first in the chain): the observation
        // stops before the filter records, and the convention falls back to
        // statuscodes.client-disconnect.status (499), which the application never set.
        assertOneStatus(OwnDisconnectFilterFirstApp.class);
    }

    static void assertOneStatus(Class<?> application) throws Exception {
        ConfigurableApplicationContext app = Apps.start(application,
                WebApplicationType.SERVLET);
        try {
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            RawHttp.getAndHangUp(Apps.port(app), "/big", 256 * 1024);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((registry.find("http.server.disconnects.noticed").timer() == null
                    || registry.find("http.server.requests").tag("uri", "/big").timer() == null)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Timer noticed = registry.find("http.server.disconnects.noticed").timer();
            assertThat(noticed).isNotNull();
            assertThat(noticed.getId().getTag("status")).isEqualTo("460");
            Timer request = registry.find("http.server.requests").tag("uri", "/big").timer();
            assertThat(request).isNotNull();
            assertThat(request.getId().getTag("client.disconnected")).isEqualTo("true");
            assertThat(request.getId().getTag("status"))
                    .as("http.server.requests vs the disconnect timer for the same request")
                    .isEqualTo("460");
        } finally {
            app.close();
        }
    }
}
