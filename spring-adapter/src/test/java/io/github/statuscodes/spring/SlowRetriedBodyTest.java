package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * A retried response whose body is slow does not hold the call: a {@code 503 Retry-After: 0}
 * with a 100,000-byte body sent one byte every 50 ms, a call timeout of 2 s and a request
 * timeout of 1 s give the 503 back within about the budget, with the policy's 3 attempts.
 */
class SlowRetriedBodyTest {
    private static final RetryPolicy POLICY =
            RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();

    private ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
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

    /** Reads each request on the connection, answers its head at once, then a byte per 50 ms. */
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

    private String uri() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/slow";
    }

    @Test
    void restClientOnSimpleFactoryReturnsTheLast503WithinTheBudget() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(Duration.ofSeconds(1));
        RestClient client = RestClient.builder().requestFactory(factory)
                .requestInterceptor(StatusCodeRetryInterceptor.create(POLICY)).build();

        long start = System.nanoTime();
        long[] elapsed = new long[1];
        int status = client.get().uri(uri()).exchange((req, res) -> {
            elapsed[0] = System.nanoTime() - start;
            res.getBody().close();   // the caller's own choice: not to drain the last body
            return res.getStatusCode().value();
        }, false);

        assertThat(status).isEqualTo(503);
        assertThat(requests.get()).isEqualTo(3);
        assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void webClientReturnsTheLast503WithinTheBudget() {
        WebClient client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(
                        HttpClient.create().responseTimeout(Duration.ofSeconds(1))))
                .filter(StatusCodeRetryFilter.create(POLICY)).build();

        long start = System.nanoTime();
        long[] elapsed = new long[1];
        Integer status = client.get().uri(uri()).exchangeToMono(r -> {
            elapsed[0] = System.nanoTime() - start;
            // the caller reads one buffer of the last body and stops
            return r.bodyToFlux(DataBuffer.class).take(1).doOnNext(DataBufferUtils::release)
                    .then(reactor.core.publisher.Mono.just(r.statusCode().value()));
        }).block(Duration.ofSeconds(30));

        assertThat(status).isEqualTo(503);
        assertThat(requests.get()).isEqualTo(3);
        assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }
}
