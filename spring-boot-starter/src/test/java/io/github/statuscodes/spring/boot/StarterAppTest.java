package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.boot.apps.slow.SlowApp;
import io.github.statuscodes.spring.boot.apps.twopolicies.TwoPoliciesApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The starter's retry meters, disconnect timer and start-up behaviour in real Boot apps. */
class StarterAppTest {

    /** A loopback server that answers 503, 503, then 200 to each new path. */
    static HttpServer scripted(AtomicInteger hits) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int n = hits.incrementAndGet();
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(n <= 2 ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    static int status(RestClient client, String uri) {
        Integer status = client.get().uri(uri).exchange((req, res) -> res.getStatusCode().value());
        return status;
    }

    static String scrape(ConfigurableApplicationContext app) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + Apps.port(app) + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void aPrometheusScrapeShowsTheAttemptsAndRetriesOf503503Then200PerClient() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer upstream = scripted(hits);
        ConfigurableApplicationContext app = Apps.start(SlowApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.backoff-base=1ms",
                "statuscodes.retry.clients.upstream.base-url=http://127.0.0.1:"
                        + upstream.getAddress().getPort() + "/api",
                "management.endpoints.web.exposure.include=prometheus");
        try {
            RestClient client = app.getBean(RestClient.Builder.class).build();
            String body = client.get().uri("http://127.0.0.1:" + upstream.getAddress().getPort()
                    + "/api/x").retrieve().body(String.class);
            assertThat(body).isEqualTo("ok");
            assertThat(hits.get()).isEqualTo(3);
            // A call that gives up: attempts exhausted on three 502s from the test app itself.
            assertThat(status(client, "http://127.0.0.1:" + Apps.port(app) + "/status/502"))
                    .isEqualTo(502);

            String metrics = scrape(app);
            assertThat(metrics).contains(
                    "statuscodes_client_attempts_total{client_name=\"upstream\"} 3.0",
                    "statuscodes_client_retries_total{client_name=\"upstream\",status=\"503\"} 2.0",
                    "statuscodes_client_attempts_total{client_name=\"127.0.0.1\"} 3.0",
                    "statuscodes_client_retries_total{client_name=\"127.0.0.1\",status=\"502\"} 2.0",
                    "statuscodes_client_giveups_total{client_name=\"127.0.0.1\","
                            + "reason=\"ATTEMPTS_EXHAUSTED\",status=\"502\"} 1.0");
            assertThat(metrics).doesNotContain("statuscodes_client_giveups_total{client_name=\"upstream\"");
            // No URI in any statuscodes meter.
            assertThat(metrics.lines().filter(l -> l.startsWith("statuscodes_client")))
                    .noneMatch(l -> l.contains("/api") || l.contains("uri="));
        } finally {
            app.close();
            upstream.stop(0);
        }
    }

    /**
     * A call answered 200 at once is one attempt, and so is a call whose first attempt ends in a
     * read timeout (neither a response nor a connect failure): the meters count call starts.
     */
    @Test
    void aPrometheusScrapeCountsACallThatSucceedsAtOnceAndOneThatTimesOut() throws Exception {
        AtomicInteger okHits = new AtomicInteger();
        AtomicInteger stallHits = new AtomicInteger();
        ExecutorService handlers = Executors.newCachedThreadPool();
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.setExecutor(handlers);
        upstream.createContext("/ok", exchange -> {
            okHits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        upstream.createContext("/stall", exchange -> {
            stallHits.incrementAndGet();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        upstream.start();
        String base = "http://127.0.0.1:" + upstream.getAddress().getPort();
        ConfigurableApplicationContext app = Apps.start(SlowApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.backoff-base=1ms",
                "statuscodes.retry.clients.ok.base-url=" + base + "/ok",
                "statuscodes.retry.clients.stall.base-url=" + base + "/stall",
                "management.endpoints.web.exposure.include=prometheus");
        try {
            RestClient client = app.getBean(RestClient.Builder.class).build();
            assertThat(status(client, base + "/ok/x")).isEqualTo(200);
            JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory();
            factory.setReadTimeout(Duration.ofMillis(300));
            RestClient impatient = app.getBean(RestClient.Builder.class).requestFactory(factory)
                    .build();
            assertThatThrownBy(() -> status(impatient, base + "/stall/x"))
                    .isInstanceOf(ResourceAccessException.class);
            assertThat(okHits.get()).isEqualTo(1);
            assertThat(stallHits.get()).isEqualTo(1);

            String metrics = scrape(app);
            assertThat(metrics).contains(
                    "statuscodes_client_attempts_total{client_name=\"ok\"} 1.0",
                    "statuscodes_client_attempts_total{client_name=\"stall\"} 1.0");
            assertThat(metrics).doesNotContain("statuscodes_client_retries_total{client_name=\"ok\"",
                    "statuscodes_client_retries_total{client_name=\"stall\"",
                    "statuscodes_client_giveups_total{client_name=\"stall\"");
        } finally {
            app.close();
            upstream.stop(0);
            handlers.shutdownNow();
        }
    }

    /**
     * A client that sends a request to a streaming handler and resets the connection 1 s after
     * the first byte:
     * the timer records when the server noticed (within a write of 20 ms, plus socket buffers),
     * from the request's start. What it cannot show: the client's own timeout when the handler
     * is not writing: the second client closes normally after 300 ms while a 1.5 s handler
     * computes a 10-byte answer, whose write succeeds; it is recorded as 200 and
     * client.disconnected=false, and not in the timer.
     */
    @Test
    void theDisconnectTimerRecordsWhenTheServerNoticedAndAgreesWithHttpServerRequests()
            throws Exception {
        ConfigurableApplicationContext app = Apps.start(SlowApp.class,
                WebApplicationType.SERVLET);
        try {
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            // Warm up first: the timer starts when the server starts the request, so a first
            // request's servlet initialisation would come off the client's wait.
            assertThat(status(app.getBean(RestClient.Builder.class).build(),
                    "http://127.0.0.1:" + Apps.port(app) + "/status/200")).isEqualTo(200);
            leaveAfter(Apps.port(app), "/stream", 1000, true);
            awaitCount(registry, 1, DisconnectMetrics.NAME);
            Timer noticed = registry.find(DisconnectMetrics.NAME).timer();
            assertThat(noticed.getId().getDescription()).contains("noticed", "not when the client left");
            double seconds = noticed.totalTime(TimeUnit.MILLISECONDS) / 1000.0;
            assertThat(seconds).isBetween(0.95, 2.0);
            assertThat(noticed.getId().getTag("status")).isEqualTo("499");
            // http.server.requests: the same request with the same status.
            awaitCount(registry, 1, "http.server.requests", "uri", "/stream");
            assertThat(count(registry, "http.server.requests", "uri", "/stream", "status", "499",
                    "outcome", "CLIENT_ERROR", "client.disconnected", "true")).isEqualTo(1);

            // A client that times out and closes normally (FIN), as curl --max-time does.
            leaveAfter(Apps.port(app), "/slow", 300, false);
            awaitCount(registry, 1, "http.server.requests", "uri", "/slow");
            assertThat(count(registry, "http.server.requests", "uri", "/slow", "status", "200",
                    "client.disconnected", "false")).isEqualTo(1);
            assertThat(noticed.count()).isEqualTo(1);
        } finally {
            app.close();
        }
    }

    static void leaveAfter(int port, String path, long millis, boolean reset) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (reset) {
                // A streaming handler: count from its first byte, i.e. from when the server had
                // started the request, as the timer does; on a loaded machine the request can
                // wait for a worker a few hundred ms, which the client's clock would include.
                socket.setSoTimeout(10_000);
                if (socket.getInputStream().read() < 0) {
                    throw new IllegalStateException("the server closed before streaming " + path);
                }
            }
            Thread.sleep(millis);
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        }
    }

    static double count(MeterRegistry registry, String name, String... tags) {
        return registry.find(name).tags(tags).timers().stream().mapToLong(Timer::count).sum();
    }

    static void awaitCount(MeterRegistry registry, double atLeast, String name, String... tags)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (count(registry, name, tags) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void anApplicationWithTwoPoliciesOfItsOwnStartsAndBootsClientsFollowTheProperties() {
        ConfigurableApplicationContext app = Apps.start(TwoPoliciesApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.backoff-base=1ms",
                "statuscodes.retry.max-attempts=2");
        try {
            assertThat(app.getBeansOfType(RetryPolicy.class)).hasSize(2);
            assertThat(app.getBean(StatusCodeRetryInterceptor.class).policy().maxAttempts())
                    .isEqualTo(2);
            String id = Hits.newId();
            RestClient client = app.getBean(RestClient.Builder.class)
                    .baseUrl("http://127.0.0.1:" + Apps.port(app)).build();
            assertThat(status(client, "/status/503?id=" + id)).isEqualTo(503);
            assertThat(Hits.count(id)).isEqualTo(2);
        } finally {
            app.close();
        }
    }

    @Test
    void startUpLogsTheEffectivePolicyOfEachClientAtInfoOnce() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        ConfigurableApplicationContext app;
        try {
            app = Apps.start(SlowApp.class, WebApplicationType.SERVLET,
                    "logging.level.io.github.statuscodes=INFO",
                    "statuscodes.retry.clients.pay.base-url=https://pay.example.com/v1",
                    "statuscodes.retry.clients.pay.max-attempts=5");
        } finally {
            System.setOut(out);
        }
        app.close();
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log.lines().filter(l -> l.contains("statuscodes retries"))).hasSize(1)
                .allMatch(l -> l.contains("INFO") && l.contains("default RetryPolicy{maxAttempts=3")
                        && l.contains("pay (https://pay.example.com/v1*) RetryPolicy{maxAttempts=5"));
    }
}
