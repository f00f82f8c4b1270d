package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.CallStartEvent;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.ScriptServer.Reply;
import io.github.statuscodes.testing.ScriptServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusCodeRetryConfigTest {
    /** No waits; otherwise the defaults (3 attempts). */
    static final RetryPolicy FAST = RetryPolicy.builder()
            .backoffBase(0, TimeUnit.NANOSECONDS).backoffMax(0, TimeUnit.NANOSECONDS)
            .jitter(false).build();
    static ScriptServer server;
    static final HttpClient JDK = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = new ScriptServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static BasicHttpResponse hc5(int status, String... headers) {
        BasicHttpResponse r = new BasicHttpResponse(status);
        for (int i = 0; i < headers.length; i += 2) {
            r.addHeader(headers[i], headers[i + 1]);
        }
        return r;
    }

    static HttpResponse<String> send(Retry retry, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("x")
                        : HttpRequest.BodyPublishers.noBody()).build();
        return retry.executeCallable(() -> JDK.send(request,
                HttpResponse.BodyHandlers.ofString()));
    }

    @Nested
    class ResultPredicate {
        @Test
        void retriesWhatThePolicyRetriesForEachMethod() {
            RetryConfig get = StatusCodeRetryConfig.create(FAST, ResponseAccess.httpClient5("GET"));
            RetryConfig post = StatusCodeRetryConfig.create(FAST,
                    ResponseAccess.httpClient5("POST"));
            assertThat(get.getResultPredicate().test(hc5(503))).isTrue();
            assertThat(post.getResultPredicate().test(hc5(503))).isTrue();
            assertThat(get.getResultPredicate().test(hc5(520, "Server", "cloudflare"))).isTrue();
            assertThat(post.getResultPredicate().test(hc5(520, "Server", "cloudflare")))
                    .isFalse();
            assertThat(post.getResultPredicate().test(hc5(500))).isFalse();
            assertThat(get.getResultPredicate().test(hc5(200))).isFalse();
            assertThat(get.getResultPredicate().test(hc5(404))).isFalse();
            assertThat(get.getResultPredicate().test(hc5(429, "Retry-After", "3600"))).isFalse();
            assertThat(get.getResultPredicate().test(null)).isFalse();
        }

        @Test
        void anUnknownMethodCountsAsAPost() {
            RetryConfig any = StatusCodeRetryConfig.create(FAST, ResponseAccess.any());
            assertThat(any.getResultPredicate().test(hc5(502))).isFalse();
            assertThat(any.getResultPredicate().test(hc5(503))).isTrue();
            assertThat(any.getResultPredicate().test("not a response")).isFalse();
        }

        @Test
        void setsThePolicysAttemptsAndReturnsTheLastResponse() {
            RetryConfig c = StatusCodeRetryConfig.create(FAST.toBuilder().maxAttempts(5).build(),
                    ResponseAccess.jdk());
            assertThat(c.getMaxAttempts()).isEqualTo(5);
            assertThat(c.isFailAfterMaxAttempts()).isFalse();
        }
    }

    @Nested
    class Interval {
        final RetryPolicy backoff = RetryPolicy.builder().maxAttempts(5)
                .backoffBase(Duration.ofMillis(100))
                .backoffMax(Duration.ofMillis(250)).jitter(false)
                .clock(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC))
                .build();
        final IntervalBiFunction<org.apache.hc.core5.http.HttpResponse> wait =
                StatusCodeRetryConfig.create(backoff, ResponseAccess.httpClient5("GET"))
                        .getIntervalBiFunction();

        @Test
        void honoursRetryAfterSecondsAndDates() {
            assertThat(wait.apply(1, Either.right(hc5(503, "Retry-After", "2")))).isEqualTo(2000L);
            assertThat(wait.apply(1, Either.right(hc5(503, "Retry-After",
                    "Mon, 23 Nov 2026 12:00:05 GMT")))).isEqualTo(5000L);
            assertThat(wait.apply(1, Either.right(hc5(503, "Retry-After",
                    "Mon, 23 Nov 2026 11:00:00 GMT")))).isZero();
        }

        @Test
        void otherwiseBacksOffDoublingUpToTheMaximum() {
            assertThat(wait.apply(1, Either.right(hc5(503)))).isEqualTo(100L);
            assertThat(wait.apply(2, Either.right(hc5(503)))).isEqualTo(200L);
            assertThat(wait.apply(3, Either.right(hc5(503, "Retry-After", "soon"))))
                    .isEqualTo(250L);
        }

        @Test
        void backsOffAfterAConnectFailure() {
            assertThat(wait.apply(2, Either.left(new ConnectException("refused"))))
                    .isEqualTo(200L);
        }
    }

    @Nested
    class Exceptions {
        @Test
        void aRefusedConnectionIsRetriedForAPostAndThrownAfterTheLastAttempt() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            Retry retry = Retry.of("refused", StatusCodeRetryConfig.create(FAST,
                    ResponseAccess.jdk()));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build();
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> retry.executeCallable(() -> {
                attempts.incrementAndGet();
                return JDK.send(request, HttpResponse.BodyHandlers.ofString());
            })).isInstanceOf(ConnectException.class);
            assertThat(attempts).hasValue(3);
        }

        @Test
        void anyOtherExceptionIsThrownAtOnce() {
            Retry retry = Retry.of("io", StatusCodeRetryConfig.create(FAST, ResponseAccess.jdk()));
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> retry.executeCallable(() -> {
                attempts.incrementAndGet();
                throw new IOException("reset after the request was sent");
            })).isInstanceOf(IOException.class);
            assertThat(attempts).hasValue(1);
        }

        @Test
        void aWrappedConnectFailureIsRetried() {
            RetryConfig c = StatusCodeRetryConfig.create(FAST, ResponseAccess.jdk());
            assertThat(c.getExceptionPredicate().test(new RuntimeException(
                    new ConnectException("refused")))).isTrue();
            assertThat(c.getExceptionPredicate().test(new IOException("reset"))).isFalse();
        }
    }

    @Nested
    class Customize {
        @Test
        void keepsTheBuildersOtherOptionsAndReplacesItsWait() {
            RetryConfig.Builder<HttpResponse<?>> b = RetryConfig.<HttpResponse<?>>custom()
                    .waitDuration(Duration.ofSeconds(9)).writableStackTraceEnabled(false);
            RetryConfig c = StatusCodeRetryConfig.customize(b, FAST, ResponseAccess.jdk())
                    .build();
            assertThat(c.isWritableStackTraceEnabled()).isFalse();
            assertThat(c.getMaxAttempts()).isEqualTo(3);
            assertThat(c.<HttpResponse<?>>getIntervalBiFunction()
                    .apply(1, Either.left(new ConnectException()))).isZero();
        }

        @Test
        void aNullArgumentNamesTheParameter() {
            assertThatThrownBy(() -> StatusCodeRetryConfig.customize(null, FAST,
                    ResponseAccess.jdk())).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("builder");
            assertThatThrownBy(() -> StatusCodeRetryConfig.customize(RetryConfig.custom(), null,
                    ResponseAccess.any())).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("policy");
            assertThatThrownBy(() -> StatusCodeRetryConfig.create(FAST, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("access");
            assertThatThrownBy(() -> StatusCodeRetryConfig.create(null, ResponseAccess.jdk()))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
        }
    }

    @Nested
    class Wrap {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<RetryEvent> raw = new CopyOnWriteArrayList<>();
        final List<String> starts = new CopyOnWriteArrayList<>();
        final io.github.statuscodes.RetryListener listener =
                new io.github.statuscodes.RetryListener() {
                    @Override
                    public void onCallStart(CallStartEvent e) {
                        starts.add(e.method() + " " + e.uri());
                    }

                    @Override
                    public void onRetry(RetryEvent e) {
                        raw.add(e);
                        events.add("retry " + e.attempt() + " "
                                + (e.code() == null ? "connect" : e.code().code()));
                    }

                    @Override
                    public void onGiveUp(RetryEvent e) {
                        raw.add(e);
                        events.add("giveUp " + e.attempt() + " "
                                + (e.code() == null ? "connect" : e.code().code()) + " "
                                + e.stopReason());
                    }
                };

        Retry wrapped(RetryPolicy policy) {
            return StatusCodeRetryConfig.wrap(Retry.of("wrapped",
                    StatusCodeRetryConfig.create(policy, ResponseAccess.jdk())), listener);
        }

        @Test
        void reportsEachRetryAndTheGiveUpWithTheRequest() throws Exception {
            server.play(new Reply(502), new Reply(503));
            assertThat(send(wrapped(FAST), "GET", "/w").statusCode()).isEqualTo(503);
            assertThat(server.requests()).isEqualTo(3);
            assertThat(events).containsExactly("retry 1 502", "retry 2 503",
                    "giveUp 3 503 ATTEMPTS_EXHAUSTED");
            assertThat(raw).allSatisfy(e -> {
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.uri()).isEqualTo(URI.create(server.url() + "/w"));
            });
        }

        @Test
        void reportsWhyAPostIsNotRetried() throws Exception {
            server.play(new Reply(503), new Reply(520, Map.of("Server", "cloudflare")),
                    new Reply(200));
            assertThat(send(wrapped(FAST), "POST", "/w").statusCode()).isEqualTo(520);
            assertThat(server.requests()).isEqualTo(2);
            assertThat(events).containsExactly("retry 1 503", "giveUp 2 520 NOT_IDEMPOTENT");
        }

        @Test
        void theCallTimeoutHoldsFromTheStartOfTheCall() throws Exception {
            // Waits of 300 ms then 600 ms in 800 ms: the second would end past the deadline.
            RetryPolicy policy = FAST.toBuilder().backoffBase(300, TimeUnit.MILLISECONDS)
                    .backoffMax(10, TimeUnit.SECONDS).callTimeout(800, TimeUnit.MILLISECONDS)
                    .build();
            server.play(new Reply(503));
            assertThat(send(wrapped(policy), "GET", "/w").statusCode()).isEqualTo(503);
            assertThat(server.requests()).isEqualTo(2);
            assertThat(events).containsExactly("retry 1 503", "giveUp 2 503 DEADLINE");
            // Unwrapped, Resilience4j does not know when the call started: each wait is taken.
            events.clear();
            server.play(new Reply(503));
            Retry plain = Retry.of("plain", StatusCodeRetryConfig.create(policy,
                    ResponseAccess.jdk()));
            send(plain, "GET", "/w");
            assertThat(server.requests()).isEqualTo(3);
            assertThat(events).isEmpty();
        }

        @Test
        void keepsResilience4jsNameConfigAndEvents() {
            Retry retry = Retry.of("backend", StatusCodeRetryConfig.create(FAST,
                    ResponseAccess.jdk()));
            Retry wrapped = StatusCodeRetryConfig.wrap(retry, listener);
            assertThat(wrapped.getName()).isEqualTo("backend");
            assertThat(wrapped.getRetryConfig()).isSameAs(retry.getRetryConfig());
            assertThat(wrapped.getEventPublisher()).isSameAs(retry.getEventPublisher());
            assertThat(wrapped.getMetrics()).isSameAs(retry.getMetrics());
        }

        @Test
        void refusesARetryWhoseConfigIsNotThisClasss() {
            assertThatThrownBy(() -> StatusCodeRetryConfig.wrap(Retry.ofDefaults("plain"),
                    listener)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain").hasMessageContaining("StatusCodeRetryConfig");
        }

        @Test
        void refusesAttemptsOtherThanThePolicys() {
            RetryConfig five = StatusCodeRetryConfig.customize(
                    RetryConfig.<HttpResponse<?>>custom(), FAST, ResponseAccess.jdk())
                    .maxAttempts(5).build();
            assertThatThrownBy(() -> StatusCodeRetryConfig.wrap(Retry.of("five", five),
                    listener)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxAttempts 5").hasMessageContaining("3");
        }

        @Test
        void aNullArgumentNamesTheParameter() {
            assertThatThrownBy(() -> StatusCodeRetryConfig.wrap(null, listener))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("retry");
            assertThatThrownBy(() -> StatusCodeRetryConfig.wrap(Retry.ofDefaults("x"), null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
        }

        @Test
        void aConnectFailureBeforeAnyResponseIsReportedWithAnUnknownRequest() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port))
                    .build();
            Retry retry = wrapped(FAST);
            assertThatThrownBy(() -> retry.executeCallable(() -> JDK.send(request,
                    HttpResponse.BodyHandlers.ofString()))).isInstanceOf(ConnectException.class);
            assertThat(events).containsExactly("retry 1 connect", "retry 2 connect",
                    "giveUp 3 connect ATTEMPTS_EXHAUSTED");
            assertThat(raw.get(0).failure()).isInstanceOf(ConnectException.class);
            assertThat(raw.get(0).uri()).isEqualTo(URI.create(""));
            assertThat(starts).containsExactly("POST ");
        }

        @Test
        void eachCallStartsOnceNamedByItsFirstResponse() throws Exception {
            server.play(new Reply(502), new Reply(200));
            assertThat(send(wrapped(FAST), "PUT", "/w").statusCode()).isEqualTo(200);
            server.play(new Reply(200));
            assertThat(send(wrapped(FAST), "GET", "/once").statusCode()).isEqualTo(200);
            assertThat(starts).containsExactly("PUT " + server.url() + "/w",
                    "GET " + server.url() + "/once");
            assertThat(events).containsExactly("retry 1 502");
        }

        @Test
        void aFirstAttemptThatEndsInAnotherExceptionOrNoResultStillStarts() throws Exception {
            Retry retry = wrapped(FAST);
            assertThatThrownBy(() -> retry.executeCallable(() -> {
                throw new HttpTimeoutException("request timed out");
            })).isInstanceOf(HttpTimeoutException.class);
            Object none = retry.executeCallable(() -> null);
            assertThat(none).isNull();
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            try {
                assertThatThrownBy(() -> retry.executeCompletionStage(timer, () ->
                        CompletableFuture.failedFuture(new HttpTimeoutException("late")))
                        .toCompletableFuture().join())
                        .hasCauseInstanceOf(HttpTimeoutException.class);
            } finally {
                timer.shutdownNow();
            }
            assertThat(starts).containsExactly("POST ", "POST ", "POST ");
            assertThat(events).isEmpty();
        }
    }
}
