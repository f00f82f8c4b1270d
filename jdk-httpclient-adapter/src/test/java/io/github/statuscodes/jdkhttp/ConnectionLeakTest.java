package io.github.statuscodes.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.jdkhttp.ScriptedServer.Answer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of retried calls through one client: every retried response is drained, so its
 * connection goes back to the pool and the next attempt reuses it. The server counts the client
 * connections it sees; a response left unread would pin its connection and force a new one for
 * each attempt. The JVM's thread count must not grow with the calls either.
 */
class ConnectionLeakTest {
    private static final int CALLS = 300;
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder()
            .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build();

    /** Odd requests get a 503 with a body, even ones a 200: each call is one retry. */
    private static Answer answer(int n) {
        return n % 2 == 1 ? new Answer(503, java.util.Map.of(), "busy ".repeat(2000))
                : Answer.of(200);
    }

    @Test
    void sendReusesOneConnectionOverHundredsOfRetriedCalls() throws Exception {
        try (ScriptedServer server = new ScriptedServer().script(ConnectionLeakTest::answer)) {
            HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient(), NO_WAIT);
            HttpRequest request = HttpRequest.newBuilder(server.uri()).build();
            warmUp(client, request);
            int threadsBefore = Thread.activeCount();

            for (int i = 0; i < CALLS; i++) {
                assertThat(client.send(request, BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);
            }

            assertThat(server.requests()).isEqualTo(2 * CALLS + 2);
            assertThat(server.connections()).isLessThanOrEqualTo(2);
            // Some slack for the pools of the server and the client; a leak would grow with CALLS.
            assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 10);
        }
    }

    @Test
    void sendAsyncReusesOneConnectionOverHundredsOfRetriedCalls() throws Exception {
        try (ScriptedServer server = new ScriptedServer().script(ConnectionLeakTest::answer)) {
            HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient(), NO_WAIT);
            HttpRequest request = HttpRequest.newBuilder(server.uri()).build();
            warmUp(client, request);
            int threadsBefore = Thread.activeCount();

            for (int i = 0; i < CALLS; i++) {
                CompletableFuture<HttpResponse<String>> f =
                        client.sendAsync(request, BodyHandlers.ofString());
                assertThat(f.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }

            assertThat(server.requests()).isEqualTo(2 * CALLS + 2);
            assertThat(server.connections()).isLessThanOrEqualTo(2);
            // Some slack for the pools of the server and the client; a leak would grow with CALLS.
            assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 10);
        }
    }

    private static void warmUp(HttpClient client, HttpRequest request) throws Exception {
        assertThat(client.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
