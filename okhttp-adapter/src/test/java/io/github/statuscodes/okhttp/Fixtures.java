package io.github.statuscodes.okhttp;

import io.github.statuscodes.Retryability;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.Vendor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ServerSocketFactory;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockWebServer;
import okio.BufferedSink;

/**
 * Shared test data. The tests run against the built-in registry, {@link StatusRegistry#defaults()}:
 * {@link #REGISTRY} is that registry, after a check that its data still has the retryability
 * {@link #EXPECTED} lists. If the data drifts, every test that uses the fixtures fails at once with
 * the list of differences, instead of passing against stand-in codes.
 */
// This class builds with the deprecated 0.1.0 builder setters, which the tests still cover.
@SuppressWarnings("deprecation")
final class Fixtures {
    /** A vendor for codes the tests define themselves, never a stand-in for a built-in code. */
    static final Vendor TEST_VENDOR = Vendor.of("statuscodes-okhttp-test", "okhttp adapter tests",
            URI.create("https://example.invalid/statuscodes-okhttp-test"));

    /**
     * The retryability of each number's primary meaning that the tests rely on, as DESIGN.md fixes
     * it: 499 is nginx's Client Closed Request, 460 AWS ELB's Client Closed Connection, 520-524
     * Cloudflare's codes.
     */
    static final Map<Integer, Retryability> EXPECTED = Map.ofEntries(
            Map.entry(400, Retryability.NEVER),
            Map.entry(401, Retryability.AFTER_CLIENT_ACTION),
            Map.entry(404, Retryability.NEVER),
            Map.entry(408, Retryability.ALWAYS),
            Map.entry(425, Retryability.ALWAYS),
            Map.entry(429, Retryability.ALWAYS),
            Map.entry(460, Retryability.AFTER_CLIENT_ACTION),
            Map.entry(499, Retryability.AFTER_CLIENT_ACTION),
            Map.entry(500, Retryability.IDEMPOTENT_ONLY),
            Map.entry(501, Retryability.NEVER),
            Map.entry(502, Retryability.IDEMPOTENT_ONLY),
            Map.entry(503, Retryability.ALWAYS),
            Map.entry(504, Retryability.IDEMPOTENT_ONLY),
            Map.entry(520, Retryability.IDEMPOTENT_ONLY),
            Map.entry(521, Retryability.ALWAYS),
            Map.entry(522, Retryability.ALWAYS),
            Map.entry(523, Retryability.ALWAYS),
            Map.entry(524, Retryability.IDEMPOTENT_ONLY));

    /** The built-in registry, checked against {@link #EXPECTED}. */
    static final StatusRegistry REGISTRY = checked(StatusRegistry.defaults());

    private Fixtures() {
    }

    /**
     * Returns the registry if the primary meaning of every code in {@link #EXPECTED} has the
     * expected retryability.
     *
     * @throws AssertionError listing every code that differs
     */
    static StatusRegistry checked(StatusRegistry registry) {
        List<String> drift = new ArrayList<>();
        for (Map.Entry<Integer, Retryability> e : new TreeMap<>(EXPECTED).entrySet()) {
            StatusCode actual = registry.of(e.getKey());
            if (actual.retryability() != e.getValue()) {
                drift.add(actual + " is " + actual.retryability() + ", expected " + e.getValue());
            }
        }
        if (!drift.isEmpty()) {
            throw new AssertionError("The built-in data no longer has the retryability the okhttp"
                    + " adapter tests rely on: " + String.join("; ", drift) + ". Fix the data, or"
                    + " change Fixtures.EXPECTED and the tests that rely on it on purpose.");
        }
        return registry;
    }

    /**
     * A MockWebServer whose sockets send each write at once. MockWebServer writes the status line
     * and headers, then the body; with Nagle's algorithm on, the body waits for the client's
     * delayed ACK (40 ms on Linux), which made each request of a test cost 40 ms.
     */
    static MockWebServer newServer() {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new ServerSocketFactory() {
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
            public ServerSocket createServerSocket(int port) throws IOException {
                throw new UnsupportedOperationException();
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                throw new UnsupportedOperationException();
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
                    throws IOException {
                throw new UnsupportedOperationException();
            }
        });
        return server;
    }

    /** An interceptor builder with the checked registry, a recording sleeper and no jitter. */
    static StatusCodeInterceptor.Builder interceptor(RecordingSleeper sleeper) {
        return StatusCodeInterceptor.builder().registry(REGISTRY).sleeper(sleeper).jitter(false);
    }

    static RequestBody textBody(String text) {
        return RequestBody.create(text, MediaType.get("text/plain"));
    }

    static Request get(okhttp3.HttpUrl url) {
        return new Request.Builder().url(url).build();
    }

    static Request request(okhttp3.HttpUrl url, String method) {
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        RequestBody body = hasBody ? textBody("payload") : null;
        return new Request.Builder().url(url).method(method, body).build();
    }

    /** A body OkHttp may write only once. */
    static RequestBody oneShotBody(String text) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.get("text/plain");
            }

            @Override
            public void writeTo(BufferedSink sink) throws java.io.IOException {
                sink.writeUtf8(text);
            }

            @Override
            public boolean isOneShot() {
                return true;
            }
        };
    }

    /** Records waits instead of sleeping. */
    static final class RecordingSleeper implements StatusCodeInterceptor.Sleeper {
        final AtomicLong totalNanos = new AtomicLong();
        final List<Duration> slices = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            slices.add(duration);
            totalNanos.addAndGet(duration.toNanos());
        }

        Duration total() {
            return Duration.ofNanos(totalNanos.get());
        }
    }

    /** Records every retry and give-up as a line of text. */
    static final class RecordingListener implements RetryListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onRetry(Request request, StatusCode code, int attempt, Duration delay) {
            events.add("retry " + request.method() + " " + code.code() + " attempt=" + attempt
                    + " delay=" + delay);
        }

        @Override
        public void onConnectFailureRetry(Request request, java.io.IOException failure,
                int attempt, Duration delay) {
            events.add("connect retry " + request.method() + " attempt=" + attempt + " delay="
                    + delay);
        }

        @Override
        public void onGiveUp(Request request, StatusCode code, int attempts,
                GiveUpReason reason) {
            events.add("give up " + request.method() + " " + code.code() + " attempts="
                    + attempts + " " + reason);
        }
    }
}
