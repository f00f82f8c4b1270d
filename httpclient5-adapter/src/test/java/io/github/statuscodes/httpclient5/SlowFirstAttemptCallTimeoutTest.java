package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.TestClient.Kind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The policy's {@code callTimeout} counts from the call's start, not from its first response:
 * every response takes 1 s and is a {@code 503 Retry-After: 0}, the call timeout is 1.5 s, so the
 * call must end (the last 503 back or the bounded attempt's timeout) by about 1.5 s; counted from
 * the first response it would run to about 2.5 s.
 */
class SlowFirstAttemptCallTimeoutTest {
    private final AtomicInteger hits = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(503, -1);
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
    void theCallTimeoutCountsTheFirstAttempt(Kind kind) throws Exception {
        // applyTo on both clients, as the docs say: its first step starts the call's clock
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5)
                .callTimeout(Duration.ofMillis(1_500)).build();
        try (TestClient client = kind.applied(StatusCodeRetryStrategy.create(policy))) {
            long t0 = System.nanoTime();
            String outcome;
            try {
                outcome = "status " + client.get("http://127.0.0.1:" + server.getAddress().getPort()
                        + "/").status;
            } catch (Exception e) {
                outcome = e.toString();   // the second attempt's bounded timeout
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

            assertThat(ms).as(outcome + ", hits " + hits).isLessThan(2_100);
        }
    }
}
