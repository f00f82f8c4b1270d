package io.github.statuscodes.okhttp;

import static io.github.statuscodes.okhttp.Fixtures.REGISTRY;
import static io.github.statuscodes.okhttp.Fixtures.TEST_VENDOR;
import static io.github.statuscodes.okhttp.Fixtures.get;
import static io.github.statuscodes.okhttp.Fixtures.interceptor;
import static io.github.statuscodes.okhttp.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.Esri;
import io.github.statuscodes.Nginx;
import io.github.statuscodes.RetryAfter;
import io.github.statuscodes.Retryability;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.Vendor;
import io.github.statuscodes.okhttp.Fixtures.RecordingListener;
import io.github.statuscodes.okhttp.Fixtures.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link StatusCodeInterceptor} against a real HTTP server on loopback. */
// This class tests the deprecated 0.1.0 API (builder setters, listener) on purpose.
@SuppressWarnings("deprecation")
class StatusCodeInterceptorTest {
    private static final io.github.statuscodes.RetryPolicy REGISTRY_POLICY =
            io.github.statuscodes.RetryPolicy.builder().registry(REGISTRY).jitter(false).build();
    private final MockWebServer server = Fixtures.newServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingListener listener = new RecordingListener();
    private OkHttpClient client;

    @BeforeEach
    void startServer() throws IOException {
        server.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        if (client != null) {
            assertNoConnectionInUse(client);
        }
        server.shutdown();
    }

    private OkHttpClient client(StatusCodeInterceptor interceptor) {
        client = new OkHttpClient.Builder().addInterceptor(interceptor).build();
        return client;
    }

    private OkHttpClient client(StatusCodeInterceptor.Builder b) {
        return client(b.listener(listener).build());
    }

    private void enqueue(int code, String... headers) {
        MockResponse r = new MockResponse().setResponseCode(code).setBody("body of " + code);
        for (String h : headers) {
            r.addHeader(h);
        }
        server.enqueue(r);
    }

    private static String bodyOf(Response response) throws IOException {
        return response.body().string();
    }

    static void assertNoConnectionInUse(OkHttpClient client) {
        assertThat(client.connectionPool().connectionCount())
                .as("connections in the pool that a call still holds")
                .isEqualTo(client.connectionPool().idleConnectionCount());
    }

    @Nested
    class Resolution {
        @Test
        void tagsEveryResponseWithItsStatusCode() throws IOException {
            enqueue(404);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                StatusCode tag = r.request().tag(StatusCode.class);
                assertThat(tag).isNotNull();
                assertThat(tag.code()).isEqualTo(404);
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(tag);
            }
        }

        @Test
        void resolvesCloudflare520FromServerHeader() throws IOException {
            enqueue(520, "Server: cloudflare");
            try (Response r = client(interceptor(sleeper).maxAttempts(1))
                    .newCall(get(server.url("/"))).execute()) {
                StatusCode code = StatusCodeInterceptor.statusCode(r);
                assertThat(code.code()).isEqualTo(520);
                assertThat(code.vendor()).isEqualTo(Vendor.CLOUDFLARE);
            }
        }

        @Test
        void resolvesNginx499FromServerHeaderAndDoesNotRetryIt() throws IOException {
            enqueue(499, "Server: nginx/1.25.3");
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Nginx.CLIENT_CLOSED_REQUEST);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).isEmpty();
        }

        @Test
        void resolvesArcGis499AsEsriTokenRequired() throws IOException {
            enqueue(499, "Vary: Origin, X-Esri-Authorization");
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                StatusCode code = StatusCodeInterceptor.statusCode(r);
                assertThat(code.vendor()).isEqualTo(Vendor.ESRI);
                assertThat(code.reasonPhrase()).isEqualTo("Token Required");
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void resolvesArcGis499WhoseVaryHintIsNotOnTheLastVaryLine() throws IOException {
            // Response.header() returns only the last line's value, "Origin"; nginx would win.
            enqueue(499, "Vary: X-Esri-Authorization", "Vary: Origin");
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.header("Vary")).isEqualTo("Origin");
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Esri.TOKEN_REQUIRED);
                assertThat(r.request().tag(StatusCode.class)).isSameAs(Esri.TOKEN_REQUIRED);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void resolvesArcGis499WhoseVaryHintIsOnTheLastOfTwoVaryLines() throws IOException {
            enqueue(499, "Vary: Origin", "Vary: X-Esri-Authorization");
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Esri.TOKEN_REQUIRED);
            }
        }

        @Test
        void statusCodeJoinsEveryLineOfAHeaderWhenItResolvesItself() throws IOException {
            enqueue(499, "Vary: X-Esri-Authorization", "Vary: Origin");
            client = new OkHttpClient();
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                assertThat(r.request().tag(StatusCode.class)).isNull();
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(Esri.TOKEN_REQUIRED);
            }
        }

        @Test
        void resolvesAndRetriesACodeOfTheConfiguredRegistry() throws IOException {
            // 590 is unregistered in the built-in data: an unknown 5xx, not retried for a POST.
            StatusCode quota = StatusCode.builder(590, "Upstream Quota").vendor(TEST_VENDOR)
                    .retryability(Retryability.ALWAYS).build();
            StatusRegistry mine = StatusRegistry.builder().add(quota).build();
            enqueue(590);
            enqueue(590);
            try (Response r = client(interceptor(sleeper).registry(mine).maxAttempts(2))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(quota);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(listener.events).containsExactly("retry POST 590 attempt=1 delay=PT0.1S",
                    "give up POST 590 attempts=2 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void statusCodeResolvesAResponseNoInterceptorTagged() throws IOException {
            enqueue(520, "CF-RAY: 8a1b2c3d4e5f-AMS");
            client = new OkHttpClient();
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                assertThat(r.request().tag(StatusCode.class)).isNull();
                StatusCode code = StatusCodeInterceptor.statusCode(r);
                assertThat(code).isEqualTo(StatusCodes.resolve(520, r::header));
            }
        }

        @Test
        void statusCodeIgnoresATagWhoseCodeNoLongerMatches() throws IOException {
            enqueue(404);
            // An interceptor added before ours sees our response and rewrites its code.
            client = new OkHttpClient.Builder()
                    .addInterceptor(chain -> chain.proceed(chain.request()).newBuilder()
                            .code(410).build())
                    .addInterceptor(interceptor(sleeper).build())
                    .build();
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                assertThat(r.request().tag(StatusCode.class).code()).isEqualTo(404);
                assertThat(StatusCodeInterceptor.statusCode(r).code()).isEqualTo(410);
            }
        }

        @Test
        void statusCodeRejectsNullNamingTheParameter() {
            assertThatThrownBy(() -> StatusCodeInterceptor.statusCode(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("response must not be null");
        }
    }

    @Nested
    class HeaderAccessor {
        private final Headers headers = new Headers.Builder()
                .add("Vary", "X-Esri-Authorization")
                .add("Server", "nginx")
                .add("vary", "Origin")
                .add("Set-Cookie", "a=1")
                .add("Set-Cookie", "laravel_session=abc")
                .add("Set-Cookie", "b=2")
                .build();
        private final Function<String, String> accessor = OkHttpHeaders.accessor(headers);

        @Test
        void joinsEveryValueInTheOrderReceived() {
            assertThat(accessor.apply("Vary")).isEqualTo("X-Esri-Authorization, Origin");
            assertThat(accessor.apply("Set-Cookie")).isEqualTo("a=1, laravel_session=abc, b=2");
        }

        @Test
        void matchesNamesCaseInsensitively() {
            assertThat(accessor.apply("VARY")).isEqualTo("X-Esri-Authorization, Origin");
        }

        @Test
        void returnsASingleValueItself() {
            assertThat(accessor.apply("server")).isSameAs(headers.value(1));
        }

        @Test
        void returnsNullForAnAbsentHeader() {
            assertThat(accessor.apply("CF-RAY")).isNull();
        }
    }

    @Nested
    class RetryRules {
        @Test
        void retries503ThenReturnsThe200() throws IOException {
            enqueue(503);
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(bodyOf(r)).isEqualTo("body of 200");
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(listener.events).containsExactly("retry GET 503 attempt=1 delay=PT0.1S");
        }

        @Test
        void retriesPostAfter503BecauseItWasNotProcessed() throws IOException {
            enqueue(503);
            enqueue(201);
            try (Response r = client(interceptor(sleeper))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(r.code()).isEqualTo(201);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void sendsTheSameBodyAgainOnRetry() throws Exception {
            enqueue(503);
            enqueue(201);
            try (Response r = client(interceptor(sleeper))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(r.code()).isEqualTo(201);
            }
            assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("payload");
            assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("payload");
        }

        @Test
        void doesNotRetryPostAfter502() throws IOException {
            enqueue(502);
            enqueue(200);
            try (Response r = client(interceptor(sleeper))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(r.code()).isEqualTo(502);
                assertThat(bodyOf(r)).isEqualTo("body of 502");
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).containsExactly("give up POST 502 attempts=1 NOT_IDEMPOTENT");
        }

        @Test
        void retriesPutAfter502() throws IOException {
            enqueue(502);
            enqueue(200);
            try (Response r = client(interceptor(sleeper))
                    .newCall(request(server.url("/"), "PUT")).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void retriesEveryIdempotentMethodAfter504() throws IOException {
            for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE")) {
                // No body: a HEAD response has none.
                server.enqueue(new MockResponse().setResponseCode(504));
                server.enqueue(new MockResponse().setResponseCode(200));
                try (Response r = client(interceptor(sleeper))
                        .newCall(request(server.url("/"), method)).execute()) {
                    assertThat(r.code()).as(method).isEqualTo(200);
                }
            }
            assertThat(server.getRequestCount()).isEqualTo(12);
        }

        @Test
        void retriesPostAfter502WhenTheUserOptsIn() throws IOException {
            enqueue(502);
            enqueue(200);
            try (Response r = client(interceptor(sleeper).retryNonIdempotent("POST"))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void optInForPostDoesNotCoverPatch() throws IOException {
            enqueue(502);
            try (Response r = client(interceptor(sleeper).retryNonIdempotent("POST"))
                    .newCall(request(server.url("/"), "PATCH")).execute()) {
                assertThat(r.code()).isEqualTo(502);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void neverRetriesANeverCode() throws IOException {
            enqueue(400);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(400);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).isEmpty();
        }

        @Test
        void neverRetriesAnAfterClientActionCode() throws IOException {
            enqueue(460);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(460);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).isEmpty();
        }

        @Test
        void retriesAnUnknown5xxOfAnIdempotentRequestAsItsClass() throws IOException {
            enqueue(590);
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void endsA503ForeverServerAfterMaxAttemptsWithTheLastResponse() throws IOException {
            for (int i = 1; i <= 5; i++) {
                server.enqueue(new MockResponse().setResponseCode(503).setBody("answer " + i));
            }
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
                assertThat(bodyOf(r)).isEqualTo("answer 3");
            }
            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(listener.events).containsExactly(
                    "retry GET 503 attempt=1 delay=PT0.1S",
                    "retry GET 503 attempt=2 delay=PT0.2S",
                    "give up GET 503 attempts=3 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void maxAttemptsOfOneSendsOnceAndStillResolves() throws IOException {
            enqueue(503);
            try (Response r = client(interceptor(sleeper).maxAttempts(1))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(StatusCodeInterceptor.statusCode(r).code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).containsExactly("give up GET 503 attempts=1 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void predicateCanRetryACodeTheRuleWouldNot() throws IOException {
            enqueue(409);
            enqueue(200);
            try (Response r = client(interceptor(sleeper)
                    .retryPredicate((response, code) -> code.code() == 409))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void predicateCanRefuseACodeTheRuleWouldRetry() throws IOException {
            enqueue(503);
            try (Response r = client(interceptor(sleeper).retryPredicate((response, code) -> false))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).isEmpty();
        }

        @Test
        void predicateSeesTheRequestHeaders() throws IOException {
            enqueue(502);
            enqueue(200);
            Request post = new Request.Builder().url(server.url("/"))
                    .header("Idempotency-Key", "k-1").post(Fixtures.textBody("x")).build();
            try (Response r = client(interceptor(sleeper).retryPredicate((response, code) ->
                    code.isRetryable() && response.request().header("Idempotency-Key") != null))
                    .newCall(post).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
        }

        @Test
        void predicateDoesNotOverrideTheAttemptLimit() throws IOException {
            for (int i = 0; i < 3; i++) {
                enqueue(404);
            }
            try (Response r = client(interceptor(sleeper).maxAttempts(2)
                    .retryPredicate((response, code) -> true))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(404);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Nested
    class RetryAfterHeader {
        @Test
        void waitsTheDeltaSecondsThenReturnsThe200() throws IOException {
            enqueue(503, "Retry-After: 1");
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(1));
            assertThat(listener.events).containsExactly("retry GET 503 attempt=1 delay=PT1S");
        }

        @Test
        void waitsUntilTheHttpDateOfA429() throws IOException {
            Instant now = Instant.parse("2026-11-23T12:00:00Z");
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            enqueue(429, "Retry-After: " + RetryAfter.formatDate(now.plusSeconds(7)));
            enqueue(200);
            try (Response r = client(interceptor(sleeper).clock(clock))
                    .newCall(request(server.url("/"), "POST")).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(7));
        }

        @Test
        void retriesAtOnceForAnHttpDateInThePast() throws IOException {
            Instant now = Instant.parse("2026-11-23T12:00:00Z");
            enqueue(429, "Retry-After: Sun, 06 Nov 1994 08:49:37 GMT");
            enqueue(200);
            try (Response r = client(interceptor(sleeper).clock(Clock.fixed(now, ZoneOffset.UTC)))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(sleeper.total()).isZero();
        }

        @Test
        void returnsARetryAfterOfAnHourAtOnce() throws IOException {
            enqueue(503, "Retry-After: 3600");
            enqueue(200);
            long start = System.nanoTime();
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
                assertThat(r.header("Retry-After")).isEqualTo("3600");
                assertThat(bodyOf(r)).isEqualTo("body of 503");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(sleeper.total()).isZero();
            assertThat(listener.events).containsExactly(
                    "give up GET 503 attempts=1 RETRY_AFTER_TOO_LONG");
        }

        @Test
        void waitsARetryAfterEqualToTheCap() throws IOException {
            enqueue(503, "Retry-After: 20");
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(20));
            assertThat(sleeper.slices).allMatch(d -> d.compareTo(Duration.ofMillis(10)) <= 0);
        }

        @Test
        void returnsARetryAfterJustAboveTheCap() throws IOException {
            enqueue(503, "Retry-After: 21");
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void followsAConfiguredCap() throws IOException {
            enqueue(503, "Retry-After: 3");
            try (Response r = client(interceptor(sleeper).retryAfterMax(Duration.ofSeconds(2)))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
        }

        @Test
        void fallsBackToTheBackoffOnAMalformedRetryAfter() throws IOException {
            enqueue(503, "Retry-After: soon");
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(sleeper.total()).isEqualTo(Duration.ofMillis(100));
        }

        @Test
        void honoursRetryAfterOnAnIdempotentOnlyCodeToo() throws IOException {
            enqueue(502, "Retry-After: 2");
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(sleeper.total()).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Nested
    class Backoff {
        @Test
        void doublesFromTheBaseWithoutJitter() throws IOException {
            for (int i = 0; i < 4; i++) {
                enqueue(500);
            }
            try (Response r = client(interceptor(sleeper).maxAttempts(4))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(500);
            }
            assertThat(listener.events).containsExactly(
                    "retry GET 500 attempt=1 delay=PT0.1S",
                    "retry GET 500 attempt=2 delay=PT0.2S",
                    "retry GET 500 attempt=3 delay=PT0.4S",
                    "give up GET 500 attempts=4 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void isCappedByBackoffMax() throws IOException {
            for (int i = 0; i < 5; i++) {
                enqueue(500);
            }
            try (Response r = client(interceptor(sleeper).maxAttempts(5)
                    .backoffMax(Duration.ofMillis(250))).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(500);
            }
            assertThat(sleeper.total()).isEqualTo(Duration.ofMillis(100 + 200 + 250 + 250));
        }

        @Test
        void drawsFullJitterFromTheRandomSource() throws IOException {
            enqueue(503);
            enqueue(503);
            enqueue(200);
            try (Response r = client(interceptor(sleeper).jitter(true).random(() -> 0.25))
                    .newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(listener.events).containsExactly(
                    "retry GET 503 attempt=1 delay=PT0.025S",
                    "retry GET 503 attempt=2 delay=PT0.05S");
        }

        @Test
        void keepsJitterBelowTheCeilingAndClampsABadRandomSource() {
            StatusCodeInterceptor i = interceptor(sleeper).jitter(true).random(() -> 1.5).build();
            assertThat(backoffNanos(i, 0)).isEqualTo(Duration.ofMillis(100).toNanos() - 1);
            StatusCodeInterceptor j = interceptor(sleeper).jitter(true).random(() -> -3).build();
            assertThat(backoffNanos(j, 5)).isZero();
            StatusCodeInterceptor k = interceptor(sleeper).jitter(true).random(() -> Double.NaN).build();
            assertThat(backoffNanos(k, 1)).isZero();
        }

        @Test
        void neverOverflowsForLateRetries() {
            StatusCodeInterceptor i = interceptor(sleeper).build();
            assertThat(backoffNanos(i, 61)).isEqualTo(Duration.ofSeconds(20).toNanos());
            assertThat(backoffNanos(i, 62)).isEqualTo(Duration.ofSeconds(20).toNanos());
            assertThat(backoffNanos(i, Integer.MAX_VALUE - 2)).isEqualTo(Duration.ofSeconds(20).toNanos());
            StatusCodeInterceptor huge = interceptor(sleeper)
                    .backoffBase(Duration.ofDays(365 * 1000L)).backoffMax(Duration.ofDays(365 * 1000L))
                    .build();
            // Saturated at Long.MAX_VALUE, not overflowed; so long a wait ends after any deadline,
            // and without a deadline it is a wait, not a DEADLINE stop.
            io.github.statuscodes.RetryPolicy unbounded = huge.policy().toBuilder().maxAttempts(Integer.MAX_VALUE).build();
            assertThat(unbounded.decideOnConnectFailure(4, true, Long.MAX_VALUE).delayNanos())
                    .isEqualTo(Long.MAX_VALUE);
            assertThat(unbounded.decideOnConnectFailure(4, true, Long.MAX_VALUE - 1).stopReason())
                    .isEqualTo(io.github.statuscodes.RetryDecision.StopReason.DEADLINE);
            assertThat(huge.policy().backoffMax()).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
        }

        /** The backoff before retry number {@code retry + 1}, as the interceptor's policy gives it. */
        private long backoffNanos(StatusCodeInterceptor i, int retry) {
            return i.policy().toBuilder().maxAttempts(Integer.MAX_VALUE).build()
                    .decideOnConnectFailure(retry + 1, true, Long.MAX_VALUE).delayNanos();
        }

        @Test
        void defaultJitterStaysWithinTheDocumentedCeilings() throws IOException {
            for (int i = 0; i < 3; i++) {
                enqueue(503);
            }
            try (Response r = client(StatusCodeInterceptor.builder().registry(REGISTRY)
                    .sleeper(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(StatusCodeInterceptor.DEFAULT_MAX_ATTEMPTS);
            assertThat(sleeper.total()).isLessThan(Duration.ofMillis(100 + 200));
        }
    }

    @Nested
    class Bodies {
        @Test
        void neverReplaysAOneShotBody() throws IOException {
            enqueue(503);
            enqueue(200);
            Request post = new Request.Builder().url(server.url("/"))
                    .post(Fixtures.oneShotBody("once")).build();
            try (Response r = client(interceptor(sleeper)).newCall(post).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).containsExactly("give up POST 503 attempts=1 ONE_SHOT_BODY");
        }

        @Test
        void neverReplaysADuplexBody() throws IOException {
            server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
            enqueue(503);
            enqueue(200);
            RequestBody duplex = new RequestBody() {
                @Override
                public MediaType contentType() {
                    return MediaType.get("text/plain");
                }

                @Override
                public void writeTo(BufferedSink sink) throws IOException {
                    sink.writeUtf8("stream");
                    sink.close();
                }

                @Override
                public boolean isDuplex() {
                    return true;
                }
            };
            OkHttpClient h2 = client(interceptor(sleeper)).newBuilder()
                    .protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
            client = h2;
            Request post = new Request.Builder().url(server.url("/")).post(duplex).build();
            try (Response r = h2.newCall(post).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).containsExactly("give up POST 503 attempts=1 ONE_SHOT_BODY");
        }
    }

    @Nested
    class OkHttpsOwnRetries {
        @Test
        void countsOkHttpsRetryOf503WithRetryAfterZero() throws IOException {
            for (int i = 0; i < 8; i++) {
                enqueue(503, "Retry-After: 0");
            }
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            // OkHttp sends 2 per proceed(); counted, the 3 attempts become 4 requests, not 3 x 2.
            // Its resend inside the first proceed() is reported as the retry it was; its resend
            // inside the last one (attempt 3, which the policy would not have retried) is not.
            assertThat(server.getRequestCount()).isEqualTo(4);
            assertThat(listener.events).containsExactly(
                    "retry GET 503 attempt=1 delay=PT0S",
                    "retry GET 503 attempt=2 delay=PT0S",
                    "give up GET 503 attempts=4 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void countsOkHttpsRetryOf408() throws IOException {
            for (int i = 0; i < 8; i++) {
                enqueue(408);
            }
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(408);
            }
            assertThat(server.getRequestCount()).isEqualTo(4);
            // OkHttp resends at once; the interceptor waits the backoff after attempt 2.
            assertThat(listener.events).containsExactly(
                    "retry GET 408 attempt=1 delay=PT0S",
                    "retry GET 408 attempt=2 delay=PT0.2S",
                    "give up GET 408 attempts=4 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void sendsExactlyMaxAttemptsWhenOkHttpDoesNotRetry408s() throws IOException {
            for (int i = 0; i < 8; i++) {
                enqueue(408);
            }
            client = client(interceptor(sleeper)).newBuilder().retryOnConnectionFailure(false).build();
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(408);
            }
            assertThat(server.getRequestCount()).isEqualTo(3);
            assertThat(listener.events).containsExactly(
                    "retry GET 408 attempt=1 delay=PT0.1S",
                    "retry GET 408 attempt=2 delay=PT0.2S",
                    "give up GET 408 attempts=3 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void letsOkHttpsOwnRetryOf408SucceedWithoutOneOfOurs() throws IOException {
            enqueue(408);
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
                assertThat(r.priorResponse().code()).isEqualTo(408);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(listener.events).containsExactly("retry GET 408 attempt=1 delay=PT0S");
        }

        @Test
        void doesNotCountRedirectsAsAttempts() throws IOException {
            server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location: /a"));
            server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location: /b"));
            enqueue(503);
            server.enqueue(new MockResponse().setResponseCode(302).addHeader("Location: /c"));
            enqueue(503);
            enqueue(200);
            try (Response r = client(interceptor(sleeper)).newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(listener.events).containsExactly(
                    "retry GET 503 attempt=1 delay=PT0.1S",
                    "retry GET 503 attempt=2 delay=PT0.2S");
        }
    }

    @Nested
    class ConnectFailures {
        /** A loopback URL whose port nothing listens on: every connect is refused. */
        private okhttp3.HttpUrl refused() throws IOException {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            return okhttp3.HttpUrl.get("http://127.0.0.1:" + port + "/orders");
        }

        @Test
        void retriesARefusedConnectForPostUpToTheAttemptBudget() throws IOException {
            okhttp3.HttpUrl url = refused();
            OkHttpClient c = client(interceptor(sleeper));

            assertThatThrownBy(() -> c.newCall(request(url, "POST")).execute())
                    .isInstanceOf(java.net.ConnectException.class);

            // Three attempts by default; without jitter the waits are 100 ms and 200 ms.
            assertThat(sleeper.total()).isEqualTo(Duration.ofMillis(300));
            assertThat(listener.events).containsExactly(
                    "connect retry POST attempt=1 delay=PT0.1S",
                    "connect retry POST attempt=2 delay=PT0.2S");
        }

        @Test
        void aConnectRetryListenerThatThrowsChangesNothing() throws IOException {
            okhttp3.HttpUrl url = refused();
            RetryListener failing = new RetryListener() {
                @Override
                public void onConnectFailureRetry(Request request, IOException failure,
                        int attempt, Duration delay) {
                    throw new IllegalStateException("onConnectFailureRetry failed");
                }
            };
            OkHttpClient c = client(interceptor(sleeper).listener(failing).build());

            assertThatThrownBy(() -> c.newCall(request(url, "GET")).execute())
                    .isInstanceOf(java.net.ConnectException.class);

            assertThat(sleeper.total()).isEqualTo(Duration.ofMillis(300));
        }

        @Test
        void neverRetriesARefusedConnectOfAOneShotBody() throws IOException {
            okhttp3.HttpUrl url = refused();
            OkHttpClient c = client(interceptor(sleeper));
            Request request = new Request.Builder().url(url).post(Fixtures.oneShotBody("once")).build();

            assertThatThrownBy(() -> c.newCall(request).execute())
                    .isInstanceOf(java.net.ConnectException.class);

            assertThat(sleeper.slices).isEmpty();
            assertThat(listener.events).isEmpty();
        }
    }

    @Nested
    class Faults {
        @Test
        void propagatesAnIOExceptionOfARetryAttemptWithoutLeaking() throws IOException {
            enqueue(503);
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            client = client(interceptor(sleeper)).newBuilder().retryOnConnectionFailure(false).build();
            assertThatThrownBy(() -> client.newCall(get(server.url("/"))).execute())
                    .isInstanceOf(IOException.class);
            assertThat(server.getRequestCount()).isEqualTo(2);
        }

        @Test
        void aListenerThatThrowsIsReportedAndDoesNotChangeTheOutcome() throws IOException {
            enqueue(503);
            enqueue(503);
            enqueue(200);
            RetryListener failing = new RetryListener() {
                @Override
                public void onRetry(Request request, StatusCode code, int attempt,
                        Duration delay) {
                    throw new IllegalStateException("onRetry failed");
                }

                @Override
                public void onGiveUp(Request request, StatusCode code, int attempts,
                        GiveUpReason reason) {
                    throw new IllegalStateException("onGiveUp failed");
                }
            };
            List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.github.statuscodes");
            java.util.logging.Handler handler = new java.util.logging.Handler() {
                @Override
                public void publish(java.util.logging.LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            log.addHandler(handler);
            boolean parents = log.getUseParentHandlers();
            log.setUseParentHandlers(false);   // expected warnings: keep them off the build log
            try {
                client = client(interceptor(sleeper).listener(failing).build());
                try (Response r = client.newCall(get(server.url("/"))).execute()) {
                    assertThat(r.code()).isEqualTo(200);   // both retries happened
                }
                assertThat(server.getRequestCount()).isEqualTo(3);
                enqueue(503);
                client = client(interceptor(sleeper).maxAttempts(1).listener(failing).build());
                try (Response r = client.newCall(get(server.url("/"))).execute()) {
                    assertThat(r.code()).isEqualTo(503);   // the give-up is returned as is
                    assertThat(bodyOf(r)).isEqualTo("body of 503");
                }
            } finally {
                log.removeHandler(handler);
                log.setUseParentHandlers(parents);
            }
            assertThat(logged).extracting(java.util.logging.LogRecord::getThrown)
                    .extracting(Throwable::getMessage)
                    .containsExactly("onRetry failed", "onRetry failed", "onGiveUp failed");
            assertThat(logged.get(2).getMessage()).contains(".onGiveUp threw; the call goes on"
                    + " unchanged");
        }

        @Test
        void closesTheResponseWhenThePredicateThrows() throws IOException {
            enqueue(503);
            client = client(interceptor(sleeper).retryPredicate((r, c) -> {
                throw new IllegalStateException("predicate failed");
            }).build());
            assertThatThrownBy(() -> client.newCall(get(server.url("/"))).execute())
                    .isInstanceOf(IllegalStateException.class).hasMessage("predicate failed");
        }

        @Test
        void givesACodeOutsideTheRangeTheOutOfRangeStandInWithoutRetrying() throws IOException {
            server.enqueue(new MockResponse().setStatus("HTTP/1.1 099 Odd").setBody("x"));
            server.enqueue(new MockResponse().setStatus("HTTP/1.1 000 Zero").setBody("y"));
            // Even a predicate that retries everything cannot retry a malformed status.
            client = client(interceptor(sleeper).listener(listener).policy(REGISTRY_POLICY
                    .toBuilder().retryPredicate((code, method) -> true).build()).build());
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(99);
                StatusCode tagged = r.request().tag(StatusCode.class);
                assertThat(tagged).isEqualTo(StatusCode.outOfRange(99));
                assertThat(StatusCodeInterceptor.statusCode(r)).isSameAs(tagged);
                assertThat(bodyOf(r)).isEqualTo("x");
            }
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(listener.events).isEmpty();
            // Without the interceptor, statusCode(response) gives the same documented value.
            try (Response r = new OkHttpClient().newCall(get(server.url("/"))).execute()) {
                StatusCode code = StatusCodeInterceptor.statusCode(r);
                assertThat(code.code()).isZero();
                assertThat(code.reasonPhrase()).isEqualTo("Invalid Status Code");
                assertThat(code.isRegistered()).isFalse();
                assertThat(code.retryability()).isEqualTo(Retryability.NEVER);
            }
        }

        @Test
        void everyGiveUpOfThePolicyHasAListenerReason() {
            for (io.github.statuscodes.RetryDecision.StopReason r
                    : io.github.statuscodes.RetryDecision.StopReason.values()) {
                if (r != io.github.statuscodes.RetryDecision.StopReason.NOT_RETRYABLE) {
                    assertThat(LegacyListener.giveUpReason(r).name())
                            .isEqualTo(r == io.github.statuscodes.RetryDecision.StopReason.DEADLINE
                                    ? "CALL_TIMEOUT" : r.name());
                }
            }
        }

        @Test
        void interceptRejectsANullChainNamingIt() {
            assertThatThrownBy(() -> interceptor(sleeper).build().intercept(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("chain must not be null");
        }

        @Test
        void failsOnItsFirstCallWhenInstalledAsANetworkInterceptor() throws IOException {
            enqueue(200);
            client = new OkHttpClient.Builder()
                    .addNetworkInterceptor(interceptor(sleeper).build()).build();
            assertThatThrownBy(() -> client.newCall(get(server.url("/"))).execute())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("StatusCodeInterceptor must be installed with"
                            + " OkHttpClient.Builder.addInterceptor, not addNetworkInterceptor: it"
                            + " sends a request more than once, which OkHttp allows only"
                            + " application interceptors");
            // The real client gives an application interceptor no connection: the same instance
            // works there.
            client = client(interceptor(sleeper).build());
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
        }
    }
}
