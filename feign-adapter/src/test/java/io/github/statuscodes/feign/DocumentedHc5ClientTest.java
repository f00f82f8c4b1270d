package io.github.statuscodes.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import feign.hc5.ApacheHttp5Client;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

/**
 * The one {@code feign-hc5} client docs/feign.md shows in code ("The clients underneath"), pasted
 * as it stands, under a retried {@code 503 Retry-After: 0} whose gzip body trickles a byte every
 * 50 ms, with a 2 s call timeout: the last 503 must come back within about the budget, as it
 * does with the client the same page's table asks for ({@link Hc5RetriedBodyTest}).
 */
class DocumentedHc5ClientTest {
    interface Api {
        @RequestLine("GET /x")
        Response get();
    }

    @Test
    void theDocumentedHc5ClientEndsAGzipRetriedBodyWithinTheCallTimeout() throws Exception {
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();
        // docs/feign.md, as written:
        Client hc5 = new ApacheHttp5Client(
                StatusCodeRetryStrategy.forOuterRetries(HttpClients.custom()).build());
        SlowBodyServer server = SlowBodyServer.gzip();
        CompletableFuture<Integer> status;
        try {
            Api api = Feign.builder().client(hc5)
                    .options(new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, true))
                    .addCapability(StatusCodeCapability.create(policy))
                    .target(Api.class, "http://127.0.0.1:" + server.port());
            status = CompletableFuture.supplyAsync(() -> api.get().status());
            Integer s;
            try {
                s = status.get(6, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                s = null;
            }
            assertThat(s).as("status of the call after 6 s (2 s call timeout)").isEqualTo(503);
        } finally {
            server.close();   // ends the trickle, and with it a call still held
        }
    }
}
