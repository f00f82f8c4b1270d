package io.github.statuscodes.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A retried response whose body is slow does not hold the call: a {@code 503 Retry-After: 0}
 * with a 100,000-byte body sent one byte every 50 ms, a call timeout of 2 s and a request timeout
 * of 1 s give the 503 back within about the budget, with the policy's attempts.
 */
class SlowRetriedBodyTest {
    private ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stop;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "slow-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws Exception {
        stop = true;
        server.close();
        for (Thread t : threads) {
            t.join(2_000);
        }
    }

    private void accept() {
        while (!stop) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> trickle(s), "slow-body-connection");
                t.setDaemon(true);
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads one request, answers its head at once, then the body one byte every 50 ms. */
    private void trickle(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) {   // up to the blank line; the requests have no body
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            requests.incrementAndGet();
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 100_000 && !stop; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(50);
            }
        } catch (IOException | InterruptedException e) {
            // the client closed the connection: what a discarded response should do
        }
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"))
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
        assertThat(requests.get()).isEqualTo(3);
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
        assertThat(requests.get()).isEqualTo(3);
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
        assertThat(requests.get()).isEqualTo(1);
        assertThat(RetryingClient.isRepeatable(HttpRequest.newBuilder(request().uri())
                .PUT(BodyPublishers.ofString("x")).build())).isTrue();
        assertThat(RetryingClient.isRepeatable(HttpRequest.newBuilder(request().uri())
                .PUT(BodyPublishers.ofInputStream(() -> InputStream.nullInputStream())).build()))
                .isTrue();
    }
}
