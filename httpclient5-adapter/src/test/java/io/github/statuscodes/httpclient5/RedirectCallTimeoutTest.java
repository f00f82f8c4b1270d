package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.TestClient.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The policy's {@code callTimeout} bounds the whole call, redirects included: every hop of a
 * chain of five answers {@code 503 Retry-After: 1} once and then redirects to the next hop. With a
 * 1.5 s call timeout the call must stop waiting by about 1.5 s (the last 503 back, give-up
 * {@code DEADLINE}), as on the JDK client and OkHttp, where redirects run inside one attempt.
 */
class RedirectCallTimeoutTest {
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int hop = Integer.parseInt(path.substring(1));
            int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (hop >= 5) {
                exchange.sendResponseHeaders(200, -1);
            } else if (n == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.getResponseHeaders().add("Location", "/" + (hop + 1));
                exchange.sendResponseHeaders(302, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCallTimeoutBoundsAChainOfRedirects(Kind kind) throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofMillis(1_500)).build();
        try (TestClient client = kind.with(StatusCodeRetryStrategy.create(policy))) {
            long t0 = System.nanoTime();
            int status = client.get("http://127.0.0.1:" + server.getAddress().getPort() + "/0")
                    .status;
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertThat(ms).as("status " + status + ", hits " + hits).isLessThan(2_500);
        }
    }
}
