package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user's response timeout (1 s) is shorter than the wait a {@code 503 Retry-After: 2} asks
 * for. A response timeout bounds a silence within an attempt, not the wait between attempts: the
 * call retries after 2 s and gets the 200, as on every other client, and the listener's retry
 * event matches a request the server saw. HttpClient 5.4's classic retry step returns the
 * response instead of retrying when the wait is longer than the response timeout; run with
 * {@code -Dhttpclient5.version=5.4.4}.
 */
class ResponseTimeoutShorterThanWaitTest {
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            boolean first = requests.incrementAndGet() == 1;
            byte[] body = (first ? "busy" : "ok").getBytes(StandardCharsets.US_ASCII);
            if (first) {
                exchange.getResponseHeaders().add("Retry-After", "2");
            }
            exchange.sendResponseHeaders(first ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aWaitLongerThanTheUsersResponseTimeoutIsStillRetried() throws Exception {
        List<RetryEvent> retries = new CopyOnWriteArrayList<>();
        RetryListener listener = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                retries.add(e);
            }
        };
        CloseableHttpClient client = StatusCodeRetryStrategy.create(RetryPolicy.defaults(),
                listener).applyTo(HttpClients.custom().setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(1)).build()))
                .build();
        try {
            String[] got = client.execute(ClassicRequestBuilder.get(
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/").build(),
                    r -> new String[] {String.valueOf(r.getCode()),
                        r.getEntity() == null ? "<no entity>" : EntityUtils.toString(r.getEntity())});

            assertThat(got).as("retries reported: " + retries + ", requests: " + requests)
                    .containsExactly("200", "ok");
            assertThat(requests).hasValue(2);
            assertThat(retries).hasSize(requests.get() - 1);
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }
}
