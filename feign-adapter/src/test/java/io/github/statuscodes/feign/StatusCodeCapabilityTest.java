package io.github.statuscodes.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Body;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.RequestLine;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.ScriptServer;
import io.github.statuscodes.testing.ScriptServer.Reply;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusCodeCapabilityTest {
    static final RetryPolicy FAST = RetryPolicy.builder()
            .backoffBase(0, TimeUnit.NANOSECONDS).backoffMax(0, TimeUnit.NANOSECONDS)
            .jitter(false).build();

    interface Api {
        @RequestLine("GET /x")
        Response get();

        @RequestLine("POST /x")
        @Body("payload")
        Response post();

        @RequestLine("GET /x")
        String getString();
    }

    static ScriptServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ScriptServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final class Recorder implements RetryListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onRetry(RetryEvent e) {
            events.add("retry " + e.attempt() + " " + (e.code() == null ? "connect"
                    : e.code().code()));
        }

        @Override
        public void onGiveUp(RetryEvent e) {
            events.add("give-up " + e.attempt() + " " + e.stopReason());
        }
    }

    static Api api(RetryPolicy policy, RetryListener listener, String url) {
        return Feign.builder().addCapability(StatusCodeCapability.create(policy, listener))
                .target(Api.class, url);
    }

    @Nested
    class Retries {
        @Test
        void retries503ThenReturnsThe200() throws Exception {
            server.play(new Reply(503, Map.of("Retry-After", "0")), new Reply(503), new Reply(200));
            Recorder r = new Recorder();
            try (Response response = api(FAST, r, server.url()).get()) {
                assertThat(response.status()).isEqualTo(200);
                assertThat(new String(response.body().asInputStream().readAllBytes()))
                        .isEqualTo("reply 3");
            }
            assertThat(server.requests()).isEqualTo(3);
            assertThat(r.events).containsExactly("retry 1 503", "retry 2 503");
        }

        @Test
        void givesUpAfterThePolicysAttemptsAndReturnsTheLastResponse() throws Exception {
            server.play(new Reply(503));
            Recorder r = new Recorder();
            try (Response response = api(FAST, r, server.url()).get()) {
                assertThat(response.status()).isEqualTo(503);
            }
            assertThat(server.requests()).isEqualTo(3);
            assertThat(r.events).containsExactly("retry 1 503", "retry 2 503",
                    "give-up 3 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void doesNotRetryPostOnCloudflare520() throws Exception {
            server.play(new Reply(520, Map.of("Server", "cloudflare")), new Reply(200));
            Recorder r = new Recorder();
            try (Response response = api(FAST, r, server.url()).post()) {
                assertThat(response.status()).isEqualTo(520);
            }
            assertThat(server.requests()).isEqualTo(1);
            assertThat(r.events).containsExactly("give-up 1 NOT_IDEMPOTENT");
        }

        @Test
        void sendsThePostBodyAgainOnA503() throws Exception {
            server.play(new Reply(503), new Reply(200));
            try (Response response = api(FAST, RetryListener.NONE, server.url()).post()) {
                assertThat(response.status()).isEqualTo(200);
            }
            assertThat(server.requests()).isEqualTo(2);
        }

        @Test
        void theLast503GoesToFeignsErrorDecoderOnceWithoutFeignRetryingIt() {
            // ErrorDecoder.Default turns a response with Retry-After into a RetryableException,
            // which Feign's default Retryer would send four more times.
            server.play(new Reply(503, Map.of("Retry-After", "0")));
            Api api = Feign.builder().retryer(new Retryer.Default(1, 1, 5))
                    .addCapability(StatusCodeCapability.create(FAST))
                    .target(Api.class, server.url());
            assertThatThrownBy(api::getString).isInstanceOf(RetryableException.class)
                    .satisfies(e -> assertThat(((FeignException) e).status()).isEqualTo(503));
            assertThat(server.requests()).isEqualTo(3);
        }

        @Test
        void retriesARefusedConnectionAndThrowsItAtTheEnd() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Recorder r = new Recorder();
            Api api = api(FAST, r, "http://127.0.0.1:" + port);
            assertThatThrownBy(api::get).isInstanceOf(RetryableException.class)
                    .hasCauseInstanceOf(ConnectException.class);
            assertThat(r.events).containsExactly("retry 1 connect", "retry 2 connect",
                    "give-up 3 ATTEMPTS_EXHAUSTED");
        }

        @Test
        void aListenerThatThrowsChangesNothing() throws Exception {
            server.play(new Reply(503), new Reply(200));
            RetryListener throwing = new RetryListener() {
                @Override
                public void onRetry(RetryEvent e) {
                    throw new IllegalStateException("listener bug");
                }
            };
            try (Response response = api(FAST, throwing, server.url()).get()) {
                assertThat(response.status()).isEqualTo(200);
            }
            assertThat(server.requests()).isEqualTo(2);
        }

        @Test
        void retryAfterLongerThanTheCapStopsAtOnce() throws Exception {
            server.play(new Reply(429, Map.of("Retry-After", "3600")), new Reply(200));
            Recorder r = new Recorder();
            try (Response response = api(FAST, r, server.url()).get()) {
                assertThat(response.status()).isEqualTo(429);
            }
            assertThat(server.requests()).isEqualTo(1);
            assertThat(r.events).containsExactly("give-up 1 RETRY_AFTER_TOO_LONG");
        }
    }

    @Nested
    class Enrich {
        @Test
        void replacesAnyRetryerWithNeverRetry() {
            assertThat(StatusCodeCapability.create().enrich(new Retryer.Default()))
                    .isSameAs(Retryer.NEVER_RETRY);
        }

        @Test
        void takesANullRetryerAndSaysSo() throws Exception {
            assertThat(StatusCodeCapability.create().enrich((Retryer) null))
                    .isSameAs(Retryer.NEVER_RETRY);
            assertThat(StatusCodeCapability.class.getMethod("enrich", Retryer.class)
                    .getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class))
                    .as("enrich(Retryer) answers null, so its parameter is @Nullable")
                    .isTrue();
        }

        @Test
        void wrapsAClientOnce() {
            StatusCodeCapability c = StatusCodeCapability.create();
            Client once = c.enrich(new Client.Default(null, null));
            assertThat(once).isInstanceOf(RetryingClient.class);
            assertThat(c.enrich(once)).isSameAs(once);
        }

        @Test
        void rejectsNullsNamingTheParameter() {
            assertThatThrownBy(() -> StatusCodeCapability.create(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
            assertThatThrownBy(() -> StatusCodeCapability.create(FAST, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
            assertThatThrownBy(() -> StatusCodeCapability.create().enrich((Client) null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("client");
        }

        @Test
        void createWithoutArgumentsUsesTheDefaultPolicy() {
            assertThat(StatusCodeCapability.create().policy().maxAttempts())
                    .isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        }
    }

    @Nested
    class Headers {
        @Test
        void looksUpCaseInsensitivelyAndJoinsRepeatedValues() {
            Map<String, Collection<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            h.put("Vary", new ArrayList<>(List.of("a", "b")));
            h.put("Retry-After", List.of("5"));
            var accessor = RetryingClient.headers(h);
            assertThat(accessor.apply("retry-after")).isEqualTo("5");
            assertThat(accessor.apply("VARY")).isEqualTo("a, b");
            assertThat(accessor.apply("Server")).isNull();
        }
    }

}
