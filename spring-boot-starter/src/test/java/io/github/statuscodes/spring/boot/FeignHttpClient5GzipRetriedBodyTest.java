package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Response;
import feign.hc5.ApacheHttp5Client;
import io.github.statuscodes.spring.boot.apps.feignhc5.FeignHc5App;
import io.github.statuscodes.spring.boot.apps.feignhc5step.FeignHc5StepApp;
import io.github.statuscodes.testing.SlowBodyServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/feign.md: "Spring Cloud OpenFeign on Boot's HttpClient 5 gets the step from the starter".
 * A Spring Cloud OpenFeign client on feign-hc5 (Spring Cloud builds the HttpClient 5, content
 * decompression on, its default), with no code from the user: a retried
 * {@code 503 Retry-After: 0} whose gzip body arrives one byte every 50 ms, with a 2 s call
 * timeout, gives the last 503 back within about the budget after the policy's 3 attempts.
 */
class FeignHttpClient5GzipRetriedBodyTest {

    @Test
    void springCloudsHttpClient5AbortsASlowGzipRetriedBody() throws Exception {
        try (SlowBodyServer server = SlowBodyServer.gzip();
                ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FeignHc5App.class)
                        .web(WebApplicationType.NONE)
                        .run("--backend.url=http://127.0.0.1:" + server.port(),
                                "--spring.main.banner-mode=off",
                                "--statuscodes.retry.call-timeout=2s")) {
            assertThat(ctx.getBeansOfType(ApacheHttp5Client.class))
                    .as("Spring Cloud's feign-hc5 client").isNotEmpty();
            FeignHc5App.Backend backend = ctx.getBean(FeignHc5App.Backend.class);
            long t0 = System.nanoTime();
            long[] elapsed = new long[1];
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                Response r = backend.busy();   // the last body is not read
                elapsed[0] = System.nanoTime() - t0;
                return r.status();
            });

            assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    /** The same call with the user's own customizer applying {@code forOuterRetries}: bounded. */
    @Test
    void withTheUsersForOuterRetriesCustomizerTheCallIsBounded() throws Exception {
        try (SlowBodyServer server = SlowBodyServer.gzip();
                ConfigurableApplicationContext ctx = new SpringApplicationBuilder(
                        FeignHc5StepApp.class).web(WebApplicationType.NONE)
                        .run("--backend.url=http://127.0.0.1:" + server.port(),
                                "--spring.main.banner-mode=off",
                                "--statuscodes.retry.call-timeout=2s")) {
            FeignHc5StepApp.Backend backend = ctx.getBean(FeignHc5StepApp.Backend.class);
            long t0 = System.nanoTime();
            long[] elapsed = new long[1];
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                Response r = backend.busy();
                elapsed[0] = System.nanoTime() - t0;
                return r.status();
            });

            assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(server.requests()).isEqualTo(3);
        }
    }
}
