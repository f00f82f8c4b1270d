package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * What bounds an attempt in flight under the interceptor: the request factory's read timeout,
 * which the interceptor cannot set. A server answers the first request with {@code 503
 * Retry-After: 0} and the second only after 60 s; with a 3 s read timeout and a 5 s call timeout
 * the call ends with the factory's timeout after two requests, not when the server answers. The
 * timeouts are seconds, and a first request to another path warms the client and the server up,
 * because on a loaded machine a cold JDK client took 2 s for its first loopback request, connect
 * included (which its request timeout, the factory's read timeout, also covers).
 */
class AttemptReadTimeoutTest {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService handlers;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/warm", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/call", exchange -> {
            if (requests.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            try {
                release.await(60, TimeUnit.SECONDS);   // the second attempt is never answered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "simple"})
    void theFactorysReadTimeoutBoundsTheAttemptInFlight(String name) throws Exception {
        HttpClient jdk = HttpClient.newHttpClient();
        jdk.send(HttpRequest.newBuilder(URI.create(uri("/warm"))).build(),
                HttpResponse.BodyHandlers.discarding());
        RestClient client = RestClient.builder()
                .requestFactory(factory(name, jdk))
                .requestInterceptor(StatusCodeRetryInterceptor.create(
                        RetryPolicy.builder().callTimeout(Duration.ofSeconds(5)).build()))
                .build();
        long t0 = System.nanoTime();

        Throwable thrown = catchThrowable(() -> client.get().uri(uri("/call"))
                .retrieve().toBodilessEntity());

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(thrown).isInstanceOf(ResourceAccessException.class);
        assertThat(requests.get()).as("requests; the call threw %s", thrown).isEqualTo(2);
        // About the read timeout after the retry, not the server's 60 s; slack for a loaded machine.
        assertThat(millis).isBetween(READ_TIMEOUT.toMillis(), 30_000L);
    }

    private String uri(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The factory {@code name} with the read timeout; the JDK one on the warmed-up client. */
    private static ClientHttpRequestFactory factory(String name, HttpClient warm) {
        if (name.equals("jdk")) {
            JdkClientHttpRequestFactory f = new JdkClientHttpRequestFactory(warm);
            f.setReadTimeout(READ_TIMEOUT);
            return f;
        }
        SimpleClientHttpRequestFactory f = new SimpleClientHttpRequestFactory();
        f.setReadTimeout(READ_TIMEOUT);
        return f;
    }
}
