package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import feign.FeignException;
import io.github.statuscodes.spring.boot.apps.feign.FeignApp;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/spring-boot.md: a request belongs to the client whose {@code base-url} is the longest
 * prefix of its URI, else to the client named like its host, else to the default. A Spring Cloud
 * OpenFeign client is a client too: its calls follow {@code statuscodes.retry.clients.<name>}
 * whose base URL they are under, else the one with the Feign client's name. The server answers
 * every request {@code 503} (or {@code 502}) with {@code Retry-After: 0} and counts them.
 */
class FeignPerClientPolicyTest {
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    volatile int status = 503;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFeignClientUnderAClientsBaseUrlGetsThatClientsAttempts() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FeignApp.class)
                .web(WebApplicationType.NONE)
                .run("--backend.url=" + url, "--spring.main.banner-mode=off",
                        "--statuscodes.retry.clients.backend.base-url=" + url,
                        "--statuscodes.retry.clients.backend.max-attempts=2")) {
            assertThat(app.getBean(RetryClients.class).select(java.net.URI.create(url + "/busy"))
                    .policy().maxAttempts()).isEqualTo(2);
            FeignApp.Backend backend = app.getBean(FeignApp.Backend.class);
            assertThatThrownBy(backend::busy).isInstanceOf(FeignException.class);
            assertThat(requests).as("requests to the backend client's URL").hasValue(2);
        }
    }

    @Test
    void aFeignClientNamedLikeAClientGetsThatClientsAttempts() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        // No base URL, and the host (127.0.0.1) is not the client's name: only the Feign name.
        try (ConfigurableApplicationContext app = start(url,
                "--statuscodes.retry.clients.backend.max-attempts=4")) {
            assertThat(app.getBean(RetryClients.class).select(java.net.URI.create(url + "/busy")))
                    .isSameAs(app.getBean(RetryClients.class).defaults());
            assertThatThrownBy(app.getBean(FeignApp.Backend.class)::busy)
                    .isInstanceOf(FeignException.class);
            assertThat(requests).as("requests of the Feign client named backend").hasValue(4);
        }
    }

    @Test
    void anotherClientsNameOrBaseUrlLeavesAFeignClientWithTheDefaultPolicy() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ConfigurableApplicationContext app = start(url,
                "--statuscodes.retry.clients.other.max-attempts=5",
                "--statuscodes.retry.clients.elsewhere.base-url=" + url + "/elsewhere",
                "--statuscodes.retry.clients.elsewhere.max-attempts=5")) {
            assertThatThrownBy(app.getBean(FeignApp.Backend.class)::busy)
                    .isInstanceOf(FeignException.class);
            assertThat(requests).as("the default policy's attempts").hasValue(3);
        }
    }

    @Test
    void aFeignPostIsRetriedOnlyWhereItsClientAllowsNonIdempotentRetries() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        status = 502;   // a POST may have been processed: resent only where allowed
        try (ConfigurableApplicationContext app = start(url)) {
            assertThatThrownBy(() -> app.getBean(FeignApp.Backend.class).order("one"))
                    .isInstanceOf(FeignException.class);
            assertThat(requests).as("a POST under the default policy").hasValue(1);
        }
        requests.set(0);
        try (ConfigurableApplicationContext app = start(url,
                "--statuscodes.retry.clients.backend.retry-non-idempotent=POST")) {
            assertThatThrownBy(() -> app.getBean(FeignApp.Backend.class).order("one"))
                    .isInstanceOf(FeignException.class);
            assertThat(requests).as("a POST of the client that allows it").hasValue(3);
        }
    }

    private static ConfigurableApplicationContext start(String url, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--backend.url=" + url;
        args[1] = "--spring.main.banner-mode=off";
        System.arraycopy(more, 0, args, 2, more.length);
        return new SpringApplicationBuilder(FeignApp.class).web(WebApplicationType.NONE)
                .run(args);
    }
}
