package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Exactly the policy's attempts whatever client Boot picks: a Boot application's RestClient on
 * each request factory Boot can build here, and its WebClient on each connector, send a
 * {@code 503 Retry-After: 1} exactly 3 times (the policy's attempts) to a real Boot server, with
 * no code from the user. Apache HttpClient 5 is on the test class path, so it is what Boot picks
 * when no factory is named; its own retries would otherwise make 6 requests. Jetty's client is on
 * it too, for {@code JettyClientHttpRequestFactory} and {@code JettyClientHttpConnector}.
 */
class ExactAttemptsPerFactoryTest {
    static ConfigurableApplicationContext server;
    static String base;

    @BeforeAll
    static void start() {
        server = Apps.start(ServletApp.class, WebApplicationType.SERVLET);
        base = "http://127.0.0.1:" + Apps.port(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ConfigurableApplicationContext client(String... properties) {
        return new SpringApplicationBuilder(ClientApp.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").properties(properties).run();
    }

    private static void assertThreeRequests(RestClient client) {
        String id = Hits.newId();
        int status = client.get().uri(base + "/status/503?retryAfter=1&id=" + id)
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(503);
        assertThat(Hits.count(id)).as("requests at the server").isEqualTo(3);
    }

    @Test
    void restClientOnTheFactoryBootDetectsApacheHttpClient5() {
        try (ConfigurableApplicationContext ctx = client()) {
            // Boot picked HttpClient 5, whose DefaultHttpRequestRetryStrategy retries 503s.
            assertThat(ctx.getBean(ClientHttpRequestFactoryBuilder.class))
                    .isInstanceOf(HttpComponentsClientHttpRequestFactoryBuilder.class);
            assertThreeRequests(ctx.getBean(RestClient.Builder.class).build());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http-components", "jetty", "jdk", "simple", "reactor"})
    void restClientOnEachNamedFactory(String factory) {
        // Boot 3.5's property name, and Boot 4's (spring-boot4-tests runs this class too).
        try (ConfigurableApplicationContext ctx = client("spring.http.client.factory=" + factory,
                "spring.http.clients.imperative.factory=" + factory)) {
            assertThat(ctx.getBean(ClientHttpRequestFactoryBuilder.class).getClass()
                    .getSimpleName()).as("the factory Boot builds")
                    .isEqualTo(builderPrefix(factory) + "ClientHttpRequestFactoryBuilder");
            assertThreeRequests(ctx.getBean(RestClient.Builder.class).build());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reactor", "jetty", "jdk"})
    void webClientOnEachConnector(String connector) {
        try (ConfigurableApplicationContext ctx = client(
                "spring.http.reactiveclient.connector=" + connector,
                "spring.http.clients.reactive.connector=" + connector)) {
            assertThat(ctx.getBean(ClientHttpConnectorBuilder.class).getClass().getSimpleName())
                    .as("the connector Boot builds")
                    .isEqualTo(builderPrefix(connector) + "ClientHttpConnectorBuilder");
            WebClient client = ctx.getBean(WebClient.Builder.class).build();
            String id = Hits.newId();
            Integer status = client.get().uri(base + "/status/503?retryAfter=1&id=" + id)
                    .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
                    .block(Duration.ofSeconds(30));
            assertThat(status).isEqualTo(503);
            assertThat(Hits.count(id)).as("requests at the server").isEqualTo(3);
        }
    }

    /** The class-name prefix of Boot's builder for a factory or connector property value. */
    private static String builderPrefix(String value) {
        switch (value) {
            case "http-components":
                return "HttpComponents";
            case "jetty":
                return "Jetty";
            case "jdk":
                return "Jdk";
            case "simple":
                return "Simple";
            case "reactor":
                return "Reactor";
            default:
                throw new IllegalArgumentException(value);
        }
    }
}
