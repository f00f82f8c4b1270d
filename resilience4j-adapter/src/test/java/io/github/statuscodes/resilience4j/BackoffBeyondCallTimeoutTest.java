package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docs/resilience4j.md: without {@code wrap}, "a wait longer than the whole call timeout is not
 * taken". Not taking it must mean not retrying, as every client adapter does, never sending the
 * request again at once: a growing backoff that outgrows the call timeout ends the call.
 */
class BackoffBeyondCallTimeoutTest {

    @Test
    void aBackoffLongerThanTheCallTimeoutEndsTheCallInsteadOfRetryingAtOnce() throws Exception {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            // Waits without jitter: 200 ms, 400 ms, then 800 ms and 1,600 ms, longer than 600 ms.
            RetryPolicy policy = RetryPolicy.builder().maxAttempts(5)
                    .backoffBase(200, TimeUnit.MILLISECONDS).backoffMax(10, TimeUnit.SECONDS)
                    .jitter(false).callTimeout(Duration.ofMillis(600)).build();
            Retry retry = Retry.of("backend",
                    StatusCodeRetryConfig.create(policy, ResponseAccess.jdk()));
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/items")).build();
            HttpResponse<String> last = retry.executeCallable(
                    () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
            assertThat(last.statusCode()).isEqualTo(503);
            // Every request after the first came after a wait of the policy (200 ms or more).
            for (int i = 1; i < arrivals.size(); i++) {
                long gapMs = TimeUnit.NANOSECONDS.toMillis(arrivals.get(i) - arrivals.get(i - 1));
                assertThat(gapMs).as("wait before request %d of %d", i + 1, arrivals.size())
                        .isGreaterThanOrEqualTo(200);
            }
            assertThat(arrivals).as("requests: the two the 600 ms allow waits for, and the first")
                    .hasSize(3);
        } finally {
            server.stop(0);
        }
    }
}
