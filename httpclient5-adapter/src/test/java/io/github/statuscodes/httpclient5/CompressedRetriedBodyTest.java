package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;

/**
 * A retried {@code 503 Retry-After: 0} whose gzip body arrives one byte every 50 ms, on the
 * classic client with content decompression (HttpClient's default): the retry step sees the
 * decompressing entity, whose close would read the whole body. With the strategy applied to the
 * builder the call keeps to its 2 s call timeout and returns the last 503.
 */
class CompressedRetriedBodyTest {

    @Test
    void aRetriedGzipBodyIsDiscardedWithinTheCallTimeout() throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        CloseableHttpClient client =
                StatusCodeRetryStrategy.create(policy).applyTo(HttpClients.custom()).build();
        try (SlowBodyServer server = SlowBodyServer.gzip()) {
            String uri = "http://127.0.0.1:" + server.port() + "/";
            long t0 = System.nanoTime();
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                try {
                    ClassicHttpResponse r = client.executeOpen(null,
                            ClassicRequestBuilder.get(uri).build(), null);
                    return r.getCode();   // not read: the last body trickles for minutes
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            assertThat(status.get(15, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(server.requests()).isEqualTo(3);
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
