package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Boot's RestClient on Spring's Reactor Netty request factory ({@code spring.http.client.factory=
 * reactor}), with the starter's retries, against a Boot servlet application on Tomcat that answers
 * 503 with a body: every retried response the interceptor discards is released. The starter's
 * tests run with Netty's paranoid leak detector and {@link LeakRecorder} (its pom's argLine) but
 * assert on it nowhere, so the leak only shows as LEAK lines in a green run
 * (ExactAttemptsPerFactoryTest's "reactor" factory).
 */
class ReactorFactoryRetriedBodiesReleasedTest {

    @Test
    void bootsRestClientOnTheReactorFactoryLeavesNoBufferUnreleasedAfterRetries() throws Exception {
        restClientOnTheReactorFactory(3);
    }

    /** The control: the same calls without retries leave nothing unreleased. */
    @Test
    void bootsRestClientOnTheReactorFactoryWithoutRetriesLeavesNoBufferUnreleased() throws Exception {
        restClientOnTheReactorFactory(1);
    }

    /**
     * Boot's RestClient on Spring's Reactor Netty request factory, with the starter's retries:
     * the retried 503s are discarded by the interceptor; the last one is read to its end here.
     */
    private static void restClientOnTheReactorFactory(int attempts) throws Exception {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
        try (ConfigurableApplicationContext server =
                        Apps.start(ServletApp.class, WebApplicationType.SERVLET);
                ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ClientApp.class)
                        .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off",
                                "spring.http.client.factory=reactor",
                                "spring.http.clients.imperative.factory=reactor",
                                "statuscodes.retry.max-attempts=" + attempts)
                        .run()) {
            String base = "http://127.0.0.1:" + Apps.port(server);
            RestClient client = ctx.getBean(RestClient.Builder.class).build();
            LeakRecorder.LEAKS.clear();
            for (int i = 0; i < 5; i++) {
                String id = Hits.newId();
                int status = client.get().uri(base + "/status/503?id=" + id)
                        .exchange((req, res) -> {
                            res.getBody().readAllBytes();
                            return res.getStatusCode().value();
                        });
                assertThat(status).isEqualTo(503);
                assertThat(Hits.count(id)).as("requests at the server").isEqualTo(attempts);
            }
            LeakRecorder.collect(20, () -> client.get().uri(base + "/status/200")
                    .exchange((req, res) -> res.getBody().readAllBytes()));
            assertThat(LeakRecorder.LEAKS).isEmpty();
        }
    }
}
