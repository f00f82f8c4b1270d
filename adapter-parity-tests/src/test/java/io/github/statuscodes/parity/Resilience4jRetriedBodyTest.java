package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import io.github.statuscodes.resilience4j.ResponseAccess;
import io.github.statuscodes.resilience4j.StatusCodeRetryConfig;
import io.github.statuscodes.testing.SlowBodyServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * A Resilience4j {@code Retry} with streamed responses: the two {@code 502}s it retries have a
 * body that trickles for 30 s, which nobody reads. Each is released before the next attempt
 * without being read to its end, so the call ends with the {@code 200} in far less than the
 * trickle; the {@code 200} is returned untouched, its body still to read.
 */
class Resilience4jRetriedBodyTest {
    private static final RetryPolicy POLICY = RetryPolicy.builder()
            .backoffBase(1, TimeUnit.MILLISECONDS).backoffMax(1, TimeUnit.MILLISECONDS).build();

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private ExecutorService handlers;
    private URI uri;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            int n = requests.incrementAndGet();
            try (OutputStream out = exchange.getResponseBody()) {
                if (n % 3 == 0) {
                    byte[] body = "items".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                    return;
                }
                exchange.sendResponseHeaders(502, 0);   // chunked, never finished in time
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < end) {
                    out.write(new byte[100]);
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                // the client let the body go: what the test wants
            } finally {
                exchange.close();
            }
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/items");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void jdkInputStreamBodies() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Retry retry = Retry.of("jdk", StatusCodeRetryConfig.create(POLICY, ResponseAccess.jdk()));
        long start = System.nanoTime();
        HttpResponse<InputStream> last = retry.executeCallable(() -> client.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream()));
        try (InputStream body = last.body()) {
            assertThat(last.statusCode()).isEqualTo(200);
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("items");
        }
        assertEnded(start);
    }

    @Test
    void httpClient5ClassicResponses() throws Exception {
        try (CloseableHttpClient client = HttpClients.custom().disableAutomaticRetries().build()) {
            Retry retry = Retry.of("hc5", StatusCodeRetryConfig.create(POLICY,
                    ResponseAccess.httpClient5("GET")));
            long start = System.nanoTime();
            ClassicHttpResponse last = retry.executeCallable(
                    () -> client.executeOpen(null, new HttpGet(uri), null));
            try {
                assertThat(last.getCode()).isEqualTo(200);
                assertThat(EntityUtils.toString(last.getEntity())).isEqualTo("items");
            } finally {
                last.close();
            }
            assertEnded(start);
            client.close(CloseMode.IMMEDIATE);
        }
    }

    @Test
    void httpClient5GzipBodiesWithDecompressionOnThroughForOuterRetries() throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        try (SlowBodyServer slow = SlowBodyServer.gzip(); CloseableHttpClient client =
                StatusCodeRetryStrategy.forOuterRetries(HttpClients.custom()).build()) {
            Retry retry = Retry.of("hc5-gzip", StatusCodeRetryConfig.create(policy,
                    ResponseAccess.httpClient5("GET")));
            long start = System.nanoTime();
            ClassicHttpResponse last = retry.executeCallable(() -> client
                    .executeOpen(null, new HttpGet("http://127.0.0.1:" + slow.port() + "/"), null));
            long elapsed = System.nanoTime() - start;
            assertThat(last.getCode()).isEqualTo(503);   // the last body is not read
            assertThat(elapsed).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(slow.requests()).isEqualTo(3);
            client.close(CloseMode.IMMEDIATE);
        }
    }

    @Test
    void springClientHttpResponsesOverHttpClient5() throws Exception {
        try (CloseableHttpClient hc5 = HttpClients.custom().disableAutomaticRetries().build()) {
            HttpComponentsClientHttpRequestFactory factory =
                    new HttpComponentsClientHttpRequestFactory(hc5);
            Retry retry = Retry.of("spring", StatusCodeRetryConfig.create(POLICY,
                    ResponseAccess.springClient("GET")));
            long start = System.nanoTime();
            try (ClientHttpResponse last = retry.executeCallable(
                    () -> factory.createRequest(uri, HttpMethod.GET).execute())) {
                assertThat(last.getStatusCode().value()).isEqualTo(200);
                assertThat(new String(last.getBody().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("items");
            }
            assertEnded(start);
            hc5.close(CloseMode.IMMEDIATE);
        }
    }

    @Test
    void okHttpResponsesThroughAny() throws Exception {
        okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
        try {
            Retry retry = Retry.of("any", StatusCodeRetryConfig.create(POLICY,
                    ResponseAccess.any()));
            long start = System.nanoTime();
            Object result = retry.executeCallable(() -> client.newCall(
                    new okhttp3.Request.Builder().url(uri.toString()).build()).execute());
            try (okhttp3.Response last = (okhttp3.Response) result) {
                assertThat(last.code()).isEqualTo(200);
                assertThat(last.body().string()).isEqualTo("items");
            }
            assertEnded(start);
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /** Three requests, in far less than one retried body's 30 s trickle. */
    private void assertEnded(long startNanos) {
        assertThat(requests).hasValue(3);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos))
                .as("seconds for the call; a retried body trickles for 30").isLessThan(10);
    }
}
