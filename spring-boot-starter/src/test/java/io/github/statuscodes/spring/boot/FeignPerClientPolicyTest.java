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
 * OpenFeign client is a client too: its calls follow {@code statuscodes.retry.clients.<name>}.
 */
class FeignPerClientPolicyTest {
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(503, -1);
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
}
