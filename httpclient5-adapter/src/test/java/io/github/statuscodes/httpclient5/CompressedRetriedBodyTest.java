package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A retried {@code 503 Retry-After: 0} whose gzip body arrives one byte every 50 ms, on the
 * classic client with content decompression (HttpClient's default): the retry step sees the
 * decompressing entity, whose close would read the whole body. With the strategy applied to the
 * builder the call keeps to its 2 s call timeout and returns the last 503.
 */
class CompressedRetriedBodyTest {
    private static final byte[] GZIP_BODY = gzip(100_000);

    private final AtomicInteger requests = new AtomicInteger();
    private ExecutorService handlers;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(503, GZIP_BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : GZIP_BODY) {   // ends when the client drops the connection
                    out.write(b);
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                // the client went away
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aRetriedGzipBodyIsDiscardedWithinTheCallTimeout() throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        run(StatusCodeRetryStrategy.create(policy).applyTo(HttpClients.custom()));
    }

    private void run(HttpClientBuilder builder) throws Exception {
        CloseableHttpClient client = builder.build();
        try {
            long t0 = System.nanoTime();
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                try {
                    ClassicHttpResponse r = client.executeOpen(null,
                            ClassicRequestBuilder.get(uri()).build(), null);
                    return r.getCode();   // not read: the last body trickles for minutes
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            assertThat(status.get(15, TimeUnit.SECONDS)).isEqualTo(503);
            assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(5));
            assertThat(requests.get()).isEqualTo(3);
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    private String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Incompressible bytes, gzipped: the compressed body is about as long as the original. */
    private static byte[] gzip(int size) {
        byte[] noise = new byte[size];
        new Random(17).nextBytes(noise);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(noise);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return gz.toByteArray();
    }
}
