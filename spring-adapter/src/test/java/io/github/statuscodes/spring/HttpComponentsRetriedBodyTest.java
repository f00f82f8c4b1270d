package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * RestClient on {@code HttpComponentsClientHttpRequestFactory} (what Boot picks when httpclient5
 * is on the class path): a retried {@code 503 Retry-After: 0} whose 100,000-byte body arrives one
 * byte every 50 ms, plain or gzip, with a 2 s call timeout, gives the last 503 back within about
 * the budget after the policy's 3 attempts. With {@code forOuterRetries} the gzip body is
 * aborted with HttpClient's decompression on (its default); without that step, a plain body and
 * a gzip one with decompression off are aborted too.
 */
class HttpComponentsRetriedBodyTest {

    @ParameterizedTest(name = "{0} body, {1}")
    @CsvSource({
        "plain, forOuterRetries",
        "gzip, forOuterRetries",
        "plain, retries off",
        "gzip, retries and decompression off",
    })
    void aRetriedSlowBodyOnHttpComponentsIsDiscardedWithinTheCallTimeout(String body, String client)
            throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        HttpClientBuilder builder = client.equals("forOuterRetries")
                ? StatusCodeRetryStrategy.forOuterRetries(HttpClients.custom())
                : HttpClients.custom().disableAutomaticRetries();
        if (client.contains("decompression off")) {
            builder.disableContentCompression();
        }
        CloseableHttpClient http = builder.build();
        RestClient rest = RestClient.builder()
                .requestFactory(new HttpComponentsClientHttpRequestFactory(http))
                .requestInterceptor(StatusCodeRetryInterceptor.create(policy)).build();
        try (SlowBodyServer server = body.equals("gzip")
                ? SlowBodyServer.gzip() : new SlowBodyServer()) {
            String uri = "http://127.0.0.1:" + server.port() + "/";
            long t0 = System.nanoTime();
            long[] elapsed = new long[1];
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                    rest.get().uri(uri).exchange((req, res) -> {
                        elapsed[0] = System.nanoTime() - t0;
                        return res.getStatusCode().value();   // the last body is not read
                    }, false));

            assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(server.requests()).isEqualTo(3);
        } finally {
            http.close(CloseMode.IMMEDIATE);
        }
    }
}
