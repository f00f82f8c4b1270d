package io.github.statuscodes.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryPolicy;
import java.net.ProtocolException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code 503} whose {@code Retry-After} is all digits beyond {@code Integer.MAX_VALUE}: OkHttp's
 * own {@code RetryAndFollowUpInterceptor} throws {@code NumberFormatException} reading it, below
 * the interceptor, and the response is gone. The caller gets a {@link ProtocolException} that
 * names the value, the request and OkHttp instead, after one request; no connection stays in
 * use, and the next call on the client works.
 */
class UnreadableRetryAfterTest {
    private final MockWebServer server = Fixtures.newServer();

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void theCallerGetsAProtocolExceptionNamingTheValueAndNoConnectionIsHeld() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503)
                .setHeader("Retry-After", "99999999999").setBody("busy"));
        server.enqueue(new MockResponse().setResponseCode(200).setBody("ok"));
        List<RetryEvent> events = new CopyOnWriteArrayList<>();
        io.github.statuscodes.RetryListener listener = new io.github.statuscodes.RetryListener() {
            @Override
            public void onRetry(RetryEvent event) {
                events.add(event);
            }

            @Override
            public void onGiveUp(RetryEvent event) {
                events.add(event);
            }
        };
        ConnectionPool pool = new ConnectionPool();
        OkHttpClient client = new OkHttpClient.Builder().connectionPool(pool)
                .addInterceptor(StatusCodeInterceptor.create(RetryPolicy.defaults(), listener))
                .build();
        String url = server.url("/items").toString();

        assertThatThrownBy(() -> client.newCall(new Request.Builder().url(url).build()).execute())
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("OkHttp cannot read the Retry-After \"99999999999\"")
                .hasMessageContaining("GET " + url)
                .hasCauseInstanceOf(NumberFormatException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(events).isEmpty();
        assertThat(pool.connectionCount() - pool.idleConnectionCount())
                .as("connections in use").isZero();

        try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).isEqualTo("ok");
        }
        client.dispatcher().executorService().shutdown();
        pool.evictAll();
        assertThat(server.takeRequest(1, TimeUnit.SECONDS)).isNotNull();
    }
}
