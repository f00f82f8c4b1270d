package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * As {@link CallTimeoutParityTest}'s slow retried body, with the body gzip-compressed
 * ({@code Content-Encoding: gzip}, incompressible bytes, one byte every 50 ms) and HttpClient's
 * decompression on: every client, each installed as its docs say (HttpClient 5 classic through
 * {@code applyTo}, under Spring and Feign through {@code forOuterRetries}), discards the
 * retried 503 within the 1 s call timeout and returns the 200 of the second attempt.
 */
class CompressedRetriedBodyParityTest {
    private static final byte[] GZIP_BODY = SlowBodyServer.GZIP_BODY;

    static final RawScriptServer.Script SLOW_GZIP_RETRIED_BODY = (n, out) -> {
        if (n == 0) {
            RawScriptServer.write(out, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
                    + "Content-Encoding: gzip\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + GZIP_BODY.length + "\r\nConnection: close\r\n\r\n");
            for (byte b : GZIP_BODY) {
                out.write(b);
                out.flush();
                Thread.sleep(50);
            }
        } else {
            RawScriptServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                    + "Connection: close\r\n\r\nok");
        }
    };

    @Test
    void aSlowRetriedGzipBodyIsDiscardedNotDrainedOnEveryClient() throws Exception {
        List<CallTimeoutParityTest.Row> rows = new ArrayList<>();
        try (RawScriptServer server = new RawScriptServer(SLOW_GZIP_RETRIED_BODY)) {
            for (Client.Kind kind : Client.Kind.values()) {
                // setRetryStrategy alone is documented to read a compressed body: applyTo below.
                if (!CallTimeoutParityTest.DRAINS_RETRIED_BODY.contains(kind)
                        && kind != Client.Kind.APACHE_CLASSIC) {
                    rows.add(CallTimeoutParityTest.run(kind.toString(),
                            CallTimeoutParityTest.of(kind), server, SLOW_GZIP_RETRIED_BODY));
                }
            }
            rows.add(CallTimeoutParityTest.run("Apache HttpClient 5 classic, applyTo",
                    classicApplyTo(), server, SLOW_GZIP_RETRIED_BODY));
            // Spring RestClient on HttpComponents with decompression on (Feign's row is
            // FEIGN_HC5 above): forOuterRetries gives the interceptor the exchange to abort.
            rows.add(CallTimeoutParityTest.run("Spring RestClient on HttpComponents, forOuterRetries",
                    CallTimeoutParityTest.restClient(new HttpComponentsClientHttpRequestFactory(
                            StatusCodeRetryStrategy.forOuterRetries(HttpClients.custom())
                                    .build())),
                    server, SLOW_GZIP_RETRIED_BODY));
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.status).as(r.toString()).isEqualTo(200);
            assertThat(r.requests).as(r.toString()).isEqualTo(2);
            assertThat(r.millis).as(r.toString())
                    .isLessThan(CallTimeoutParityTest.CALL_TIMEOUT.toMillis());
        });
    }

    private static CallTimeoutParityTest.Sender classicApplyTo() {
        CloseableHttpClient client = StatusCodeRetryStrategy.create(CallTimeoutParityTest.policy())
                .applyTo(HttpClients.custom()).build();
        return new CallTimeoutParityTest.Sender() {
            @Override
            public int send(URI uri) throws Exception {
                return client.execute(ClassicRequestBuilder.get(uri).build(), response -> {
                    EntityUtils.consume(response.getEntity());
                    return response.getCode();
                });
            }

            @Override
            public void close() {
                client.close(CloseMode.IMMEDIATE);
            }
        };
    }
}
