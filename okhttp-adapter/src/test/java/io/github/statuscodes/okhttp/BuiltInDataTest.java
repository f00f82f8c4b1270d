package io.github.statuscodes.okhttp;

import static io.github.statuscodes.okhttp.Fixtures.get;
import static io.github.statuscodes.okhttp.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.Nginx;
import io.github.statuscodes.Retryability;
import io.github.statuscodes.StatusCode;
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
 * The interceptor with the built-in registry, as {@code StatusCodeInterceptor.create()} uses it,
 * and the check that the built-in data has the retryability every test of this module relies on
 * ({@link Fixtures#EXPECTED}).
 */
// This class tests the deprecated 0.1.0 builder setters on purpose.
@SuppressWarnings("deprecation")
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
    void builtInDataHasTheRetryabilityTheTestsRelyOn() {
        assertThatCode(() -> Fixtures.checked(StatusRegistry.defaults()))
                .doesNotThrowAnyException();
        assertThat(Fixtures.REGISTRY).isSameAs(StatusRegistry.defaults());
    }

    @Test
    void dataCheckFailsLoudlyNamingEveryCodeThatDrifted() {
        StatusCode never503 = StatusCode.builder(503, "Drifted 503").vendor(Fixtures.TEST_VENDOR)
                .retryability(Retryability.NEVER).build();
        StatusCode always404 = StatusCode.builder(404, "Drifted 404").vendor(Fixtures.TEST_VENDOR)
                .retryability(Retryability.ALWAYS).build();
        StatusRegistry drifted = StatusRegistry.builder().add(never503).primary(never503)
                .add(always404).primary(always404).build();
        assertThatThrownBy(() -> Fixtures.checked(drifted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("404 Drifted 404 (okhttp adapter tests) is ALWAYS,"
                        + " expected NEVER; 503 Drifted 503 (okhttp adapter tests) is NEVER,"
                        + " expected ALWAYS.")
                .hasMessageContaining("Fixtures.EXPECTED");
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
