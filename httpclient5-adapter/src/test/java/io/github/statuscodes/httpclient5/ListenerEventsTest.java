package io.github.statuscodes.httpclient5;

import static io.github.statuscodes.httpclient5.ScriptedServer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.TestClient.Kind;
import io.github.statuscodes.httpclient5.TestClient.Result;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The strategy tells core's listener of each retry and give-up, as every adapter does, through a
 * real classic and async client; a listener that throws changes nothing.
 */
class ListenerEventsTest extends ScriptedServerTest {
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder()
            .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build();

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<RetryEvent> seen = new CopyOnWriteArrayList<>();
    private final RetryListener recording = new RetryListener() {
        @Override
        public void onRetry(RetryEvent e) {
            seen.add(e);
            events.add("retry " + e.attempt() + " " + (e.code() == null ? "connect"
                    : e.code().code()) + " " + e.delay());
        }

        @Override
        public void onGiveUp(RetryEvent e) {
            seen.add(e);
            events.add("giveUp " + e.attempt() + " " + (e.code() == null ? "connect"
                    : e.code().code()) + " " + e.stopReason());
        }
    };
    private TestClient client;

    @AfterEach
    void close() throws InterruptedException {
        if (client != null) {
            assertThat(client.leasedWhenSettled()).as("leased connections").isZero();
            client.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reportsEachRetryAndTheGiveUpWithMethodAndUri(Kind kind) throws Exception {
        server.always(503, "Retry-After: 0");
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, recording));
        String uri = server.uri("/orders/42");

        Result r = client.get(uri);

        assertThat(r.status).isEqualTo(503);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(events).containsExactly("retry 1 503 PT0S", "retry 2 503 PT0S",
                "giveUp 3 503 ATTEMPTS_EXHAUSTED");
        assertThat(seen).allSatisfy(e -> {
            assertThat(e.method()).isEqualTo("GET");
            assertThat(e.uri()).isEqualTo(URI.create(uri));
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reportsNothingForAFinalResponseAfterARetry(Kind kind) throws Exception {
        server.script(answer(503, "Retry-After: 0"), answer(200));
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, recording));

        Result r = client.get(server.uri("/orders/42"));

        assertThat(r.status).isEqualTo(200);
        assertThat(events).containsExactly("retry 1 503 PT0S");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reportsTheGiveUpOfANonIdempotentRequest(Kind kind) throws Exception {
        server.always(502);
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, recording));

        Result r = client.call("POST", server.uri("/orders"), "{}");

        assertThat(r.status).isEqualTo(502);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(events).containsExactly("giveUp 1 502 NOT_IDEMPOTENT");
        assertThat(seen.get(0).method()).isEqualTo("POST");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reportsConnectRetriesAndTheirGiveUp(Kind kind) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, recording));

        Throwable thrown = catchThrowable(() -> client.get("http://127.0.0.1:" + port + "/x"));

        Throwable root = thrown instanceof ExecutionException ? thrown.getCause() : thrown;
        assertThat(root).isInstanceOf(ConnectException.class);
        assertThat(events).containsExactly("retry 1 connect PT0S", "retry 2 connect PT0S",
                "giveUp 3 connect ATTEMPTS_EXHAUSTED");
        assertThat(seen).allSatisfy(e -> assertThat(e.failure()).isInstanceOf(IOException.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aListenerThatThrowsChangesNothing(Kind kind) throws Exception {
        server.always(503, "Retry-After: 0");
        RetryListener throwing = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                events.add("retry " + e.attempt());
                throw new IllegalStateException("listener fails");
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                events.add("giveUp " + e.attempt());
                throw new IllegalStateException("listener fails");
            }
        };
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, throwing));

        Result r = client.get(server.uri("/orders/42"));

        assertThat(r.status).isEqualTo(503);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(events).containsExactly("retry 1", "retry 2", "giveUp 3");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachCallCountsItsOwnAttempts(Kind kind) throws Exception {
        server.always(503, "Retry-After: 0");
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, recording));

        client.get(server.uri("/a"));
        client.get(server.uri("/b"));

        assertThat(events).containsExactly("retry 1 503 PT0S", "retry 2 503 PT0S",
                "giveUp 3 503 ATTEMPTS_EXHAUSTED", "retry 1 503 PT0S", "retry 2 503 PT0S",
                "giveUp 3 503 ATTEMPTS_EXHAUSTED");
        assertThat(seen.get(5).uri().getPath()).isEqualTo("/b");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void noEventForAFinalResponse(Kind kind) throws Exception {
        server.always(404);
        client = kind.with(StatusCodeRetryStrategy.create(NO_WAIT, recording));

        assertThat(client.get(server.uri("/missing")).status).isEqualTo(404);
        assertThat(events).isEmpty();
    }
}
