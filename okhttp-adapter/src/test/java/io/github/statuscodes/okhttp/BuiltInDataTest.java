package io.github.statuscodes.okhttp;

import static io.github.statuscodes.okhttp.Fixtures.get;
import static io.github.statuscodes.okhttp.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.Nginx;
import io.github.statuscodes.Retryability;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.Vendor;
import io.github.statuscodes.okhttp.Fixtures.RecordingSleeper;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interceptor with the built-in registry, as {@code StatusCodeInterceptor.create()} uses it.
 * These tests rest on the built-in data: 503, 429 and Cloudflare 521 are ALWAYS, 502 and
 * Cloudflare 520 IDEMPOTENT_ONLY, nginx 499 AFTER_CLIENT_ACTION.
 */
class BuiltInDataTest {
    private final MockWebServer server = Fixtures.newServer();
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = new OkHttpClient.Builder().addInterceptor(StatusCodeInterceptor.builder()
                .sleeper(new RecordingSleeper()).build()).build();
    }

    @AfterEach
    void stop() throws IOException {
        StatusCodeInterceptorTest.assertNoConnectionInUse(client);
        server.shutdown();
    }

    @Test
    void doesNotRetryPostAfter502() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(502));
        try (Response r = client.newCall(request(server.url("/"), "POST")).execute()) {
            assertThat(r.code()).isEqualTo(502);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesGetAfter502() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setResponseCode(200));
        try (Response r = client.newCall(get(server.url("/"))).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void resolvesNginx499AndDoesNotRetryIt() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(499).addHeader("Server: nginx"));
        try (Response r = client.newCall(get(server.url("/"))).execute()) {
            assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesPostAfter503() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After: 1"));
        server.enqueue(new MockResponse().setResponseCode(201));
        try (Response r = client.newCall(request(server.url("/"), "POST")).execute()) {
            assertThat(r.code()).isEqualTo(201);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesPostAfter429() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(429));
        server.enqueue(new MockResponse().setResponseCode(201));
        try (Response r = client.newCall(request(server.url("/"), "POST")).execute()) {
            assertThat(r.code()).isEqualTo(201);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void resolvesCloudflare520AndRetriesGet() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(520).addHeader("Server: cloudflare"));
        server.enqueue(new MockResponse().setResponseCode(520).addHeader("Server: cloudflare"));
        server.enqueue(new MockResponse().setResponseCode(520).addHeader("Server: cloudflare"));
        try (Response r = client.newCall(get(server.url("/"))).execute()) {
            assertThat(StatusCodeInterceptor.statusCode(r).vendor()).isEqualTo(Vendor.CLOUDFLARE);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void retriesPostAfterCloudflare521() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(521).addHeader("Server: cloudflare"));
        server.enqueue(new MockResponse().setResponseCode(201));
        try (Response r = client.newCall(request(server.url("/"), "POST")).execute()) {
            assertThat(r.code()).isEqualTo(201);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
