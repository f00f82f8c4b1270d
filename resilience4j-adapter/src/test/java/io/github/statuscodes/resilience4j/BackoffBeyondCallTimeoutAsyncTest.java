package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryPolicy;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Without {@code wrap}, a backoff that outgrows the call timeout ends the call, never sends the
 * request again at once: for Resilience4j's async context (the wait function stops it) and for
 * connect failures of its synchronous one (the exception predicate stops it).
 */
class BackoffBeyondCallTimeoutAsyncTest {
    // Waits without jitter: 200 ms, 400 ms, then 800 ms, longer than the 600 ms call timeout.
    private static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(5)
            .backoffBase(200, TimeUnit.MILLISECONDS).backoffMax(10, TimeUnit.SECONDS)
            .jitter(false).callTimeout(Duration.ofMillis(600)).build();

    @Test
    void asyncCallsEndWithTheLastResponse() throws Exception {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            Retry retry = Retry.of("backend",
                    StatusCodeRetryConfig.create(POLICY, ResponseAccess.jdk()));
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/items")).build();
            HttpResponse<String> last = retry.executeCompletionStage(scheduler,
                    () -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(last.statusCode()).isEqualTo(503);
            for (int i = 1; i < arrivals.size(); i++) {
                assertThat(TimeUnit.NANOSECONDS.toMillis(arrivals.get(i) - arrivals.get(i - 1)))
                        .as("wait before request %d", i + 1).isGreaterThanOrEqualTo(200);
            }
            assertThat(arrivals).hasSize(3);
        } finally {
            scheduler.shutdownNow();
            server.stop(0);
        }
    }

    @Test
    void synchronousConnectFailuresEndWithTheFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();   // closed again: nothing listens there
        }
        Retry retry = Retry.of("backend",
                StatusCodeRetryConfig.create(POLICY, ResponseAccess.jdk()));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/items")).build();
        AtomicInteger attempts = new AtomicInteger();
        List<Long> starts = new CopyOnWriteArrayList<>();
        Throwable thrown = null;
        try {
            retry.executeCallable(() -> {
                attempts.incrementAndGet();
                starts.add(System.nanoTime());
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            });
        } catch (Exception e) {
            thrown = e;
        }
        assertThat(thrown).isInstanceOf(ConnectException.class);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(starts.get(i) - starts.get(i - 1)))
                    .as("wait before attempt %d", i + 1).isGreaterThanOrEqualTo(200);
        }
        assertThat(attempts).hasValue(3);
    }
}
