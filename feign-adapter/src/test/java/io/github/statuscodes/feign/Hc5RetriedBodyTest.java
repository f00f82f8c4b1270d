package io.github.statuscodes.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.hc5.ApacheHttp5Client;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feign on {@code feign-hc5} with a client built through {@code forOuterRetries}, HttpClient's
 * content decompression on (its default): a retried {@code 503 Retry-After: 0} whose
 * 100,000-byte body, plain or gzip, arrives one byte every 50 ms, with a 2 s call timeout, gives
 * the last 503 back within about the budget after the policy's 3 attempts.
 */
class Hc5RetriedBodyTest {

    interface Api {
        @RequestLine("GET /x")
        Response get();
    }

    @ParameterizedTest(name = "{0} body")
    @ValueSource(strings = {"plain", "gzip"})
    void aRetriedSlowBodyIsAbortedWithinTheCallTimeout(String body) throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        CloseableHttpClient http =
                StatusCodeRetryStrategy.forOuterRetries(HttpClients.custom()).build();
        try (SlowBodyServer server = body.equals("gzip")
                ? SlowBodyServer.gzip() : new SlowBodyServer()) {
            Api api = Feign.builder().client(new ApacheHttp5Client(http))
                    .options(new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, true))
                    .addCapability(StatusCodeCapability.create(policy))
                    .target(Api.class, "http://127.0.0.1:" + server.port());
            long t0 = System.nanoTime();
            long[] elapsed = new long[1];
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                Response r = api.get();   // the last body is not read
                elapsed[0] = System.nanoTime() - t0;
                return r.status();
            });

            assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(server.requests()).isEqualTo(3);
        } finally {
            http.close(CloseMode.IMMEDIATE);
        }
    }
}
