package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * {@code statuscodes.retry.retry-non-idempotent} written in lower case, as YAML lists and
 * environment variables often are: either POST is retried, or the application does not start
 * (the starter's rule: a retry setting silently ignored is found only in production). A real Boot
 * application, POST over real HTTP to a loopback server that answers 502
 * (retried for a POST only when the POST is declared).
 */
class RetryNonIdempotentPropertyTest {

    @Test
    void aLowerCaseMethodIsRetriedOrRefusedNeverSilentlyIgnored() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", x -> {
            hits.incrementAndGet();
            x.sendResponseHeaders(502, -1);
            x.close();
        });
        upstream.start();
        String url = "http://127.0.0.1:" + upstream.getAddress().getPort();
        try {
            ConfigurableApplicationContext app;
            try {
                app = Apps.start(ClientApp.class, WebApplicationType.NONE,
                        "statuscodes.retry.backoff-base=1ms",
                        "statuscodes.retry.retry-non-idempotent=post");
            } catch (RuntimeException refused) {
                assertThat(refused).hasStackTraceContaining("retry-non-idempotent");
                return;
            }
            try {
                RestClient client = app.getBean(RestClient.Builder.class).build();
                Throwable t = catchThrowable(() -> client.post().uri(url + "/charge")
                        .retrieve().toBodilessEntity());
                assertThat(t).isNotNull();
                // 3 attempts (the default) for a POST the property names, not 1.
                assertThat(hits.get()).isEqualTo(3);
            } finally {
                app.close();
            }
        } finally {
            upstream.stop(0);
        }
    }
}
