package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import io.github.statuscodes.testing.SlowBodyServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A Boot application's RestClient on the Apache HttpClient 5 that Boot builds (decompression on,
 * its default), with no code from the user: a retried {@code 503 Retry-After: 0} whose gzip body
 * arrives one byte every 50 ms, with a 2 s call timeout, gives the last 503 back within about the
 * budget after the policy's 3 attempts.
 */
class ApacheGzipRetriedBodyTest {

    @Test
    void bootsHttpClient5AbortsASlowGzipRetriedBody() throws Exception {
        try (SlowBodyServer server = SlowBodyServer.gzip();
                ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ClientApp.class)
                        .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off",
                                "statuscodes.retry.call-timeout=2s").run()) {
            RestClient client = ctx.getBean(RestClient.Builder.class).build();
            String uri = "http://127.0.0.1:" + server.port() + "/";
            long t0 = System.nanoTime();
            long[] elapsed = new long[1];
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                    client.get().uri(uri).exchange((req, res) -> {
                        elapsed[0] = System.nanoTime() - t0;
                        return res.getStatusCode().value();   // the last body is not read
                    }, false));

            assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(server.requests()).isEqualTo(3);
        }
    }
}
