package io.github.statuscodes.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A retried response whose body is slow does not hold the call: a {@code 503 Retry-After: 0}
 * with a 100,000-byte body sent one byte every 50 ms, a call timeout of 2 s and a request timeout
 * of 1 s give the 503 back within about the budget, with the policy's attempts.
 */
class SlowRetriedBodyTest {
    private SlowBodyServer server;

    @BeforeEach
    void start() throws IOException {
        server = new SlowBodyServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .timeout(Duration.ofSeconds(1)).build();
    }

    private static HttpClient client() {
        return RetryingHttpClient.wrap(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build(),
                RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build());
    }

    @Test
    void sendReturnsTheLast503WithinTheBudget() throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client().send(request(),
                BodyHandlers.ofInputStream());
        long elapsed = System.nanoTime() - start;
        response.body().close();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(elapsed).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void sendAsyncReturnsTheLast503WithinTheBudget() throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client().sendAsync(request(),
                BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        response.body().close();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(elapsed).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void aOneShotIterableBodyIsNotSentTwice() throws Exception {
        // ofByteArrays takes an Iterable, which may iterate once: the 503 is returned, not lost.
        Iterable<byte[]> once = new Iterable<>() {
            private boolean used;

            @Override
            public java.util.Iterator<byte[]> iterator() {
                if (used) {
                    throw new IllegalStateException("iterated twice");
                }
                used = true;
                return List.of("body".getBytes(StandardCharsets.UTF_8)).iterator();
            }
        };
        HttpRequest put = HttpRequest.newBuilder(request().uri()).timeout(Duration.ofSeconds(1))
                .PUT(BodyPublishers.ofByteArrays(once)).build();
        assertThat(RetryingClient.isRepeatable(put)).isFalse();
        HttpResponse<InputStream> response = client().send(put, BodyHandlers.ofInputStream());
        response.body().close();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(server.requests()).isEqualTo(1);
        assertThat(RetryingClient.isRepeatable(HttpRequest.newBuilder(request().uri())
                .PUT(BodyPublishers.ofString("x")).build())).isTrue();
        assertThat(RetryingClient.isRepeatable(HttpRequest.newBuilder(request().uri())
                .PUT(BodyPublishers.ofInputStream(() -> InputStream.nullInputStream())).build()))
                .isTrue();
    }
}
