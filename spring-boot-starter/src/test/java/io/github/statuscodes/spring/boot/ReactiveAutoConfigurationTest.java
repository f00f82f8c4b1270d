package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.apps.reactive.ReactiveApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;

/** The auto-configuration in a real WebFlux application on Reactor Netty, over real HTTP. */
class ReactiveAutoConfigurationTest {
    static ConfigurableApplicationContext app;
    static String base;

    @BeforeAll
    static void start() {
        app = Apps.start(ReactiveApp.class, WebApplicationType.REACTIVE,
                "statuscodes.retry.backoff-base=1ms");
        base = "http://127.0.0.1:" + Apps.port(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static int get(WebClient client, String path) {
        return client.get().uri(path).exchangeToMono(
                r -> r.releaseBody().thenReturn(r.statusCode().value())).block();
    }

    @Test
    void theBootWebClientBuilderRetriesAndItsMetricsCarryOutcomeAndVendor() throws Exception {
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        WebClient boot = app.getBean(WebClient.Builder.class).baseUrl(base).build();
        String id = Hits.newId();
        assertThat(get(boot, "/status/520?server=cloudflare&id=" + id)).isEqualTo(520);
        assertThat(Hits.count(id)).isEqualTo(3);
        awaitTimer(registry, 1, "http.client.requests", "status", "520");
        assertThat(count(registry, "http.client.requests", "status", "520",
                "outcome", "SERVER_ERROR", "vendor", "cloudflare")).isEqualTo(1);
        // The WebFlux server on Netty: 499 is a client error, each attempt observed.
        get(boot, "/status/499");
        awaitTimer(registry, 3, "http.server.requests", "status", "520");
        awaitTimer(registry, 1, "http.server.requests", "status", "499");
        assertThat(count(registry, "http.server.requests", "status", "520",
                "outcome", "SERVER_ERROR", "client.disconnected", "false")).isEqualTo(3);
        assertThat(count(registry, "http.server.requests", "status", "499",
                "outcome", "CLIENT_ERROR")).isEqualTo(1);
    }

    static double count(MeterRegistry registry, String name, String... tags) {
        return registry.find(name).tags(tags).timers().stream().mapToLong(Timer::count).sum();
    }

    static void awaitTimer(MeterRegistry registry, double atLeast, String name, String... tags)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (count(registry, name, tags) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
