package io.github.statuscodes.okhttp5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.Esri;
import io.github.statuscodes.Nginx;
import io.github.statuscodes.Retryability;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.Vendor;
import io.github.statuscodes.okhttp.RetryListener;
import io.github.statuscodes.okhttp.StatusCodeInterceptor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key scenarios of statuscodes-okhttp, compiled against OkHttp 4.12, run unchanged on OkHttp
 * 5 ({@code okhttp-jvm}) against {@code mockwebserver3}.
 */
// This class runs the deprecated 0.1.0 builder setters on OkHttp 5 on purpose.
@SuppressWarnings("deprecation")
class OkHttp5CompatibilityTest {
    /** The built-in registry, checked to have the retryability these tests rely on. */
    private static final StatusRegistry REGISTRY = checked(StatusRegistry.defaults());

    private final MockWebServer server = new MockWebServer();
    private final AtomicLong sleptNanos = new AtomicLong();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private OkHttpClient client;

    /** Fails loudly, naming the codes, if the built-in data drifts from what these tests expect. */
    private static StatusRegistry checked(StatusRegistry registry) {
        Map<Integer, Retryability> expected = new TreeMap<>(Map.of(
                499, Retryability.AFTER_CLIENT_ACTION, 500, Retryability.IDEMPOTENT_ONLY,
                502, Retryability.IDEMPOTENT_ONLY, 503, Retryability.ALWAYS,
                520, Retryability.IDEMPOTENT_ONLY));
        List<String> drift = new ArrayList<>();
        expected.forEach((code, r) -> {
            StatusCode actual = registry.of(code);
            if (actual.retryability() != r) {
                drift.add(actual + " is " + actual.retryability() + ", expected " + r);
            }
        });
        if (!drift.isEmpty()) {
            throw new AssertionError("The built-in data no longer has the retryability the OkHttp 5"
                    + " tests rely on: " + String.join("; ", drift));
        }
        return registry;
    }

    @BeforeEach
    void start() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.start();
        client = new OkHttpClient.Builder().addInterceptor(StatusCodeInterceptor.builder()
                .registry(REGISTRY).jitter(false)
                .sleeper(d -> sleptNanos.addAndGet(d.toNanos()))
                .listener(new RetryListener() {
                    @Override
                    public void onRetry(Request request, StatusCode code, int attempt,
                            Duration delay) {
                        events.add("retry " + code.code() + " attempt=" + attempt + " delay=" + delay);
                    }

                    @Override
                    public void onConnectFailureRetry(Request request, IOException failure,
                            int attempt, Duration delay) {
                        events.add("connect retry attempt=" + attempt + " delay=" + delay);
                    }

                    @Override
                    public void onGiveUp(Request request, StatusCode code, int attempts,
                            GiveUpReason reason) {
                        events.add("give up " + code.code() + " attempts=" + attempts + " " + reason);
                    }
                }).build()).build();
    }

    @AfterEach
    void stop() {
        assertThat(client.connectionPool().connectionCount())
                .isEqualTo(client.connectionPool().idleConnectionCount());
        server.close();
    }

    private static MockResponse answer(int code, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body("body of " + code);
        for (String h : headers) {
            b.addHeader(h);
        }
        return b.build();
    }

    private Request get() {
        return new Request.Builder().url(server.url("/")).build();
    }

    @Test
    void runsOnOkHttp5() {
        assertThat(OkHttp.VERSION).startsWith("5.");
    }

    @Test
    void failsOnItsFirstCallWhenInstalledAsANetworkInterceptor() {
        server.enqueue(answer(200));
        OkHttpClient network = new OkHttpClient.Builder()
                .addNetworkInterceptor(StatusCodeInterceptor.create()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> network.newCall(get()).execute())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("addInterceptor, not addNetworkInterceptor");
    }

    @Test
    void givesAStatusOutsideTheRangeTheOutOfRangeStandIn() throws IOException {
        server.enqueue(new MockResponse.Builder().status("HTTP/1.1 000 Zero").body("z").build());
        try (Response r = client.newCall(get()).execute()) {
            assertThat(r.code()).isZero();
            assertThat(StatusCodeInterceptor.statusCode(r)).isEqualTo(StatusCode.outOfRange(0));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(events).isEmpty();
    }

    @Test
    void retries503WithRetryAfterThenReturnsThe200() throws IOException {
        server.enqueue(answer(503, "Retry-After: 1"));
        server.enqueue(answer(200));
        try (Response r = client.newCall(get()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).isEqualTo("body of 200");
            assertThat(StatusCodeInterceptor.statusCode(r).code()).isEqualTo(200);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(Duration.ofNanos(sleptNanos.get())).isEqualTo(Duration.ofSeconds(1));
        assertThat(events).containsExactly("retry 503 attempt=1 delay=PT1S");
    }

    @Test
    void retriesARefusedConnectOfAPostWithTheBackoff() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Request post = new Request.Builder().url("http://127.0.0.1:" + port + "/")
                .post(RequestBody.create("x", MediaType.get("text/plain"))).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.newCall(post).execute())
                .isInstanceOf(java.net.ConnectException.class);
        assertThat(Duration.ofNanos(sleptNanos.get())).isEqualTo(Duration.ofMillis(300));
        assertThat(events).containsExactly("connect retry attempt=1 delay=PT0.1S",
                "connect retry attempt=2 delay=PT0.2S");
    }

    @Test
    void doesNotRetryPostAfter502() throws IOException {
        server.enqueue(answer(502));
        Request post = new Request.Builder().url(server.url("/"))
                .post(RequestBody.create("x", MediaType.get("text/plain"))).build();
        try (Response r = client.newCall(post).execute()) {
            assertThat(r.code()).isEqualTo(502);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(events).containsExactly("give up 502 attempts=1 NOT_IDEMPOTENT");
    }

    @Test
    void resolvesCloudflare520FromTheServerHeader() throws IOException {
        for (int i = 0; i < 3; i++) {
            server.enqueue(answer(520, "Server: cloudflare"));
        }
        try (Response r = client.newCall(get()).execute()) {
            StatusCode code = StatusCodeInterceptor.statusCode(r);
            assertThat(code.vendor()).isEqualTo(Vendor.CLOUDFLARE);
            assertThat(r.request().tag(StatusCode.class)).isSameAs(code);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(events).last().isEqualTo("give up 520 attempts=3 ATTEMPTS_EXHAUSTED");
    }

    @Test
    void resolvesNginx499FromTheServerHeaderAndDoesNotRetryIt() throws IOException {
        server.enqueue(answer(499, "Server: nginx/1.27.0"));
        try (Response r = client.newCall(get()).execute()) {
            assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void resolvesArcGis499WhoseVaryHintIsNotOnTheLastVaryLine() throws IOException {
        server.enqueue(answer(499, "Vary: X-Esri-Authorization", "Vary: Origin"));
        try (Response r = client.newCall(get()).execute()) {
            assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Esri.TOKEN_REQUIRED);
            assertThat(r.request().tag(StatusCode.class)).isSameAs(Esri.TOKEN_REQUIRED);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deadlineGivesTheExactBudgetWhenAnInterceptorBeforeItSpendsPartOfIt() throws IOException {
        server.enqueue(answer(503, "Retry-After: 1"));
        server.enqueue(answer(200));
        client = new OkHttpClient.Builder()
                .callTimeout(Duration.ofMillis(1100))
                .addInterceptor(chain -> {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted");
                    }
                    return chain.proceed(chain.request());
                })
                .addInterceptor(StatusCodeInterceptor.builder().registry(REGISTRY).build())
                .build();
        Call call = client.newCall(get());
        call.timeout().deadline(1100, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        try (Response r = call.execute()) {
            assertThat(r.code()).isEqualTo(503);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void countsOkHttp5sOwnRetryOf503WithRetryAfterZero() throws IOException {
        for (int i = 0; i < 8; i++) {
            server.enqueue(answer(503, "Retry-After: 0"));
        }
        try (Response r = client.newCall(get()).execute()) {
            assertThat(r.code()).isEqualTo(503);
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void cancelDuringTheWaitStopsPromptly() throws Exception {
        server.enqueue(answer(503, "Retry-After: 1"));
        server.enqueue(answer(200));
        OkHttpClient sleeping = new OkHttpClient.Builder()
                .addInterceptor(StatusCodeInterceptor.builder().registry(REGISTRY).build()).build();
        client = sleeping;
        Call call = sleeping.newCall(get());
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                call.execute().close();
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        server.takeRequest(1, TimeUnit.SECONDS);
        Thread.sleep(100);
        long canceledAt = System.nanoTime();
        call.cancel();
        assertThat(outcome.get(2, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - canceledAt)).isLessThan(Duration.ofMillis(500));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void hundredsOfRetriedCallsLeakNoConnection() throws Exception {
        Logger okHttpLogger = Logger.getLogger(OkHttpClient.class.getName());
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        okHttpLogger.addHandler(capture);
        try {
            int calls = 200;
            for (int i = 0; i < calls; i++) {
                server.enqueue(answer(503));
                server.enqueue(answer(500));
                server.enqueue(answer(200));
            }
            for (int i = 0; i < calls; i++) {
                try (Response r = client.newCall(get()).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                }
            }
            assertThat(server.getRequestCount()).isEqualTo(3 * calls);
            System.gc();
            Thread.sleep(50);
            server.enqueue(answer(200));
            try (Response r = client.newCall(get()).execute()) {
                r.body().string();
            }
            Thread.sleep(100);
            assertThat(warnings).noneMatch(m -> m.contains("was leaked"));
            assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
        } finally {
            okHttpLogger.removeHandler(capture);
        }
    }

    /** Sets TCP_NODELAY on accepted sockets: without it each request waits 40 ms for an ACK. */
    private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket s = super.accept();
                    s.setTcpNoDelay(true);
                    return s;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
            throw new UnsupportedOperationException();
        }
    }
}
