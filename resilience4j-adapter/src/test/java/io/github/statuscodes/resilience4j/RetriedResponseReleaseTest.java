package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A response Resilience4j retries never reaches the caller, so only the config can release it:
 * an OkHttp response whose body is never closed keeps its connection out of the pool.
 */
class RetriedResponseReleaseTest {

    @Test
    void okHttpResponsesThatAreRetriedAreClosedAndTheirConnectionsReturned() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int n = requests.incrementAndGet();
            byte[] body = (n < 3 ? "bad gateway, try again" : "items")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(n < 3 ? 502 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        OkHttpClient client = new OkHttpClient();
        try {
            RetryPolicy policy = RetryPolicy.builder()
                    .backoffBase(1, TimeUnit.MILLISECONDS).backoffMax(1, TimeUnit.MILLISECONDS)
                    .build();
            Retry retry = Retry.of("backend",
                    StatusCodeRetryConfig.create(policy, ResponseAccess.okHttp()));
            Request request = new Request.Builder()
                    .url("http://127.0.0.1:" + server.getAddress().getPort() + "/items").build();
            List<Response> seen = new CopyOnWriteArrayList<>();
            try (Response last = retry.executeCallable(() -> {
                Response r = client.newCall(request).execute();
                seen.add(r);
                return r;
            })) {
                assertThat(last.code()).isEqualTo(200);
                assertThat(last.body().string()).isEqualTo("items");
            }
            assertThat(requests).hasValue(3);
            assertThat(seen).hasSize(3);
            // The two 502s were retried: nobody but the config can close them.
            assertThat(seen.subList(0, 2)).allSatisfy(r ->
                    assertThat(r.body().source().isOpen()).as("retried body closed").isFalse());
            // Every connection is back in the pool once the caller closed the last response.
            assertThat(client.connectionPool().idleConnectionCount())
                    .isEqualTo(client.connectionPool().connectionCount());
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
            server.stop(0);
        }
    }
}
