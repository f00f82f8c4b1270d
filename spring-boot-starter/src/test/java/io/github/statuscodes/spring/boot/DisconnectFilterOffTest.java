package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code statuscodes.client-disconnect.enabled=false} no disconnect filter is registered
 * and nothing records a 499 (no timer, not the access log): the conventions, still on, must
 * not invent the filter's status for a request whose client hung up. docs/spring-boot.md: "One
 * status per request ... the status the disconnect filter records ... as the disconnect timer
 * and the access log do".
 */
class DisconnectFilterOffTest {

    @Test
    void withoutTheDisconnectFilterHttpServerRequestsKeepsTheResponsesStatus() throws Exception {
        ConfigurableApplicationContext app = Apps.start(ServletApp.class,
                WebApplicationType.SERVLET, "statuscodes.client-disconnect.enabled=false");
        try {
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            RawHttp.getAndHangUp(Apps.port(app), "/big", 256 * 1024);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (registry.find("http.server.requests").tag("uri", "/big").timer() == null
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Timer request = registry.find("http.server.requests").tag("uri", "/big").timer();
            assertThat(request).isNotNull();
            assertThat(registry.find("http.server.disconnects.noticed").timer()).isNull();
            assertThat(request.getId().getTag("status"))
                    .as("no filter records 499 with statuscodes.client-disconnect.enabled=false")
                    .isNotEqualTo("499");
            // The request still ended with the exception of a disconnect, which the convention
            // sees without the filter.
            assertThat(request.getId().getTag("client.disconnected")).isEqualTo("true");
        } finally {
            app.close();
        }
    }
}
