package io.github.statuscodes.okhttp;

import static io.github.statuscodes.okhttp.Fixtures.get;
import static io.github.statuscodes.okhttp.Fixtures.interceptor;
import static io.github.statuscodes.okhttp.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.okhttp.Fixtures.RecordingSleeper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jetbrains.annotations.NotNull;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of retried calls leave no connection held and make OkHttp log no "A connection to ...
 * was leaked" warning (OkHttp logs it through java.util.logging, logger {@code
 * okhttp3.OkHttpClient}, when its pool finds a connection whose call was garbage-collected
 * without closing its response).
 */
class ConnectionLeakTest {
    private static final int CALLS = 300;
    private static final int ASYNC_CALLS = 100;

    private final MockWebServer server = Fixtures.newServer();
    private final Logger okHttpLogger = Logger.getLogger(OkHttpClient.class.getName());
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
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
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        okHttpLogger.addHandler(capture);
        okHttpLogger.setUseParentHandlers(false);   // the control test's leak stays off the console
        // Each call gets 503, then 500, then 200: two retries and three requests.
        server.setDispatcher(new Dispatcher() {
            @NotNull
            @Override
            public MockResponse dispatch(@NotNull RecordedRequest request) {
                served.incrementAndGet();
                String path = request.getPath();
                int seen = Counters.next(path);
                int code = seen == 1 ? 503 : seen == 2 ? 500 : 200;
                return new MockResponse().setResponseCode(code)
                        .setBody("answer " + seen + " to " + path);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        okHttpLogger.removeHandler(capture);
        okHttpLogger.setUseParentHandlers(true);
        server.shutdown();
        Counters.clear();
    }

    /** How many requests each path has seen. */
    static final class Counters {
        private static final java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> SEEN =
                new java.util.concurrent.ConcurrentHashMap<>();

        static int next(String path) {
            return SEEN.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        }

        static void clear() {
            SEEN.clear();
        }
    }

    @Test
    void hundredsOfRetriedCallsLeakNoConnection() throws Exception {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(interceptor(new RecordingSleeper()).build()).build();
        for (int i = 0; i < CALLS; i++) {
            try (Response r = client.newCall(get(server.url("/sync/" + i))).execute()) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(r.body().string()).isEqualTo("answer 3 to /sync/" + i);
            }
        }
        assertThat(served.get()).isEqualTo(3 * CALLS);
        assertNoLeak(client);
        // Discarded bodies were closed, not abandoned: the connection was reused throughout.
        assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
    }

    @Test
    void hundredsOfRetriedAsynchronousCallsLeakNoConnection() throws Exception {
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(interceptor(new RecordingSleeper()).build()).build();
        CountDownLatch done = new CountDownLatch(ASYNC_CALLS);
        List<String> failures = new CopyOnWriteArrayList<>();
        for (int i = 0; i < ASYNC_CALLS; i++) {
            client.newCall(request(server.url("/async/" + i), "PUT")).enqueue(new Callback() {
                @Override
                public void onFailure(Call call, IOException e) {
                    failures.add(e.toString());
                    done.countDown();
                }

                @Override
                public void onResponse(Call call, Response response) {
                    try (response) {
                        if (response.code() != 200) {
                            failures.add("code " + response.code());
                        }
                    }
                    done.countDown();
                }
            });
        }
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).isEmpty();
        assertThat(served.get()).isEqualTo(3 * ASYNC_CALLS);
        assertNoLeak(client);
        // At most as many connections as OkHttp's dispatcher runs calls to one host at once.
        assertThat(client.connectionPool().connectionCount())
                .isLessThanOrEqualTo(client.dispatcher().getMaxRequestsPerHost());
    }

    @Test
    void controlTheCheckSeesADeliberateLeak() throws Exception {
        // An interceptor that swaps the body without closing the original one leaks its connection.
        OkHttpClient leaky = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request()).newBuilder()
                        .body(okhttp3.ResponseBody.create("replaced", null)).build())
                .build();
        try (Response r = leaky.newCall(get(server.url("/leak"))).execute()) {
            r.body().string();
        }
        assertThat(leaky.connectionPool().connectionCount())
                .isGreaterThan(leaky.connectionPool().idleConnectionCount());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (warnings.stream().noneMatch(m -> m.contains("was leaked"))
                && System.nanoTime() < deadline) {
            System.gc();
            try (Response r = leaky.newCall(get(server.url("/leak-trigger"))).execute()) {
                r.body().string();
            }
            Thread.sleep(50);
        }
        assertThat(warnings).anyMatch(m -> m.contains("A connection to " + server.url("/"))
                && m.contains("was leaked"));
    }

    private void assertNoLeak(OkHttpClient client) throws Exception {
        StatusCodeInterceptorTest.assertNoConnectionInUse(client);
        // Let the garbage collector clear the call references of any abandoned response, then run
        // OkHttp's pool cleanup (another call releasing a connection schedules it) so that it
        // logs any leak it finds.
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        try (Response r = client.newCall(get(server.url("/after-gc"))).execute()) {
            r.body().string();
        }
        Thread.sleep(100);
        assertThat(warnings).noneMatch(m -> m.contains("was leaked"));
        assertThat(warnings).isEmpty();
        StatusCodeInterceptorTest.assertNoConnectionInUse(client);
    }
}
