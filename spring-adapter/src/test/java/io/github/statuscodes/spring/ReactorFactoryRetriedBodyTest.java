package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import io.netty.util.ResourceLeakDetector;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Without Boot: a RestClient on Spring's Reactor Netty request factory with the interceptor,
 * against a servlet application on Tomcat that answers 503 with a body. Spring's body stream
 * over Reactor Netty subscribes on the event loop after {@code getBody()} returns; the
 * interceptor discards it at once, and every buffer of every retried response is still
 * released (Netty's leak detector at paranoid level, {@link LeakRecorder}).
 */
class ReactorFactoryRetriedBodyTest {
    private static ConfigurableApplicationContext server;

    @BeforeAll
    static void start() {
        server = Apps.start(ServletApp.class, WebApplicationType.SERVLET);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRetriedBodyIsReleased() throws Exception {
        calls(3);
    }

    /** The control: the same calls without retries, each body read to its end by the caller. */
    @Test
    void noBufferIsLeftWithoutRetries() throws Exception {
        calls(1);
    }

    private static void calls(int attempts) throws Exception {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(attempts)
                .backoffBase(Duration.ofMillis(1)).build();
        RestClient client = RestClient.builder()
                .requestFactory(new ReactorClientHttpRequestFactory())
                .requestInterceptor(StatusCodeRetryInterceptor.create(policy)).build();
        String base = "http://127.0.0.1:" + Apps.port(server);
        LeakRecorder.LEAKS.clear();
        for (int i = 0; i < 10; i++) {
            String id = Hits.newId();
            int status = client.get().uri(base + "/status/503?id=" + id).exchange((req, res) -> {
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
