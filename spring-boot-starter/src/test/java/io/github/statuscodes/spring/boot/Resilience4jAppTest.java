package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.statuscodes.spring.boot.apps.resilience4j.Resilience4jApp;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Boot 3.5 application with resilience4j-spring-boot3 and the starter on its class path and no
 * bean of its own: the Resilience4j retry instances the registry builds from the starter's
 * customizers follow the {@code statuscodes.retry.*} policies against a real loopback server.
 */
class Resilience4jAppTest {
    static HttpServer server;
    static final List<Long> ARRIVALS = new CopyOnWriteArrayList<>();
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/unavailable", exchange -> {
            ARRIVALS.add(System.nanoTime());
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/cloudflare", exchange -> {
            ARRIVALS.add(System.nanoTime());
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Server", "cloudflare");
            exchange.sendResponseHeaders(520, -1);
            exchange.close();
        });
        server.createContext("/busy", exchange -> {
            ARRIVALS.add(System.nanoTime());
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void clear() {
        ARRIVALS.clear();
    }

    static ConfigurableApplicationContext app(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(Resilience4jApp.class)
                .web(WebApplicationType.NONE).run(all);
    }

    static HttpResponse<String> call(Retry retry, String method, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("x")
                        : HttpRequest.BodyPublishers.noBody()).build();
        return retry.executeCallable(() -> CLIENT.send(request,
                HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void theStatuscodesInstanceMakesThreeAttemptsASecondApartOn503RetryAfter1() throws Exception {
        try (ConfigurableApplicationContext app = app()) {
            Retry retry = app.getBean(RetryRegistry.class).retry("statuscodes");
            HttpResponse<String> last = call(retry, "GET", "/unavailable");
            assertThat(last.statusCode()).isEqualTo(503);
            assertThat(ARRIVALS).hasSize(3);
            for (int i = 1; i < ARRIVALS.size(); i++) {
                assertThat(TimeUnit.NANOSECONDS.toMillis(ARRIVALS.get(i) - ARRIVALS.get(i - 1)))
                        .as("wait before attempt %d", i + 1).isBetween(1000L, 3000L);
            }
        }
    }

    @Test
    void aPostOnA520FromCloudflareIsNotRetried() throws Exception {
        try (ConfigurableApplicationContext app = app()) {
            Retry retry = app.getBean(RetryRegistry.class).retry("statuscodes");
            assertThat(call(retry, "POST", "/cloudflare").statusCode()).isEqualTo(520);
            assertThat(ARRIVALS).hasSize(1);
            // The same response for a GET is retried: the method decided, not the status alone.
            ARRIVALS.clear();
            assertThat(call(retry, "GET", "/cloudflare").statusCode()).isEqualTo(520);
            assertThat(ARRIVALS).hasSize(3);
        }
    }

    @Test
    void anInstanceNamedLikeAClientFollowsThatClientsPolicy() throws Exception {
        try (ConfigurableApplicationContext app = app(
                "--statuscodes.retry.backoff-base=1ms", "--statuscodes.retry.backoff-max=1ms",
                "--statuscodes.retry.clients.payments.max-attempts=5",
                "--statuscodes.retry.clients.payments.base-url=http://payments.example")) {
            RetryRegistry registry = app.getBean(RetryRegistry.class);
            assertThat(call(registry.retry("payments"), "GET", "/busy").statusCode())
                    .isEqualTo(503);
            assertThat(ARRIVALS).hasSize(5);
            ARRIVALS.clear();
            call(registry.retry("statuscodes"), "GET", "/busy");
            assertThat(ARRIVALS).hasSize(3);
        }
    }

    @Test
    void anInstanceOfAnotherNameIsResilience4jsOwn() throws Exception {
        try (ConfigurableApplicationContext app = app()) {
            Retry other = app.getBean(RetryRegistry.class).retry("database");
            // Resilience4j's defaults retry no result: the 503 is returned after one attempt.
            assertThat(call(other, "GET", "/busy").statusCode()).isEqualTo(503);
            assertThat(ARRIVALS).hasSize(1);
        }
    }

    @Test
    void noCustomizerWhenRetriesAreOff() {
        try (ConfigurableApplicationContext app = app("--statuscodes.retry.enabled=false")) {
            assertThat(app.getBeansOfType(
                    io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer.class))
                    .isEmpty();
        }
    }
}
