package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What the policy's call timeout bounds, on every client, over a raw loopback server: a retried
 * response whose body trickles is discarded, not drained; and a retried attempt that is never
 * answered ends by about the call timeout with the client's timeout failure, where the adapter
 * can bound an attempt (docs/retry-engine.md says which can).
 */
class CallTimeoutParityTest {
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
    /** Scheduling on a loaded machine, and closing the stalled connection. */
    static final long MARGIN_MILLIS = 700;

    /**
     * Spring's RestClient/RestTemplate interceptor cannot bound an attempt (a request factory's
     * read timeout does). Resilience4j runs the user's callable, which sends and reads: the
     * adapter sees only its result, so the callable's own client timeout, or Resilience4j's
     * {@code TimeLimiter}, bounds an attempt (docs/resilience4j.md).
     */
    static final Set<Client.Kind> UNBOUNDED_ATTEMPT = EnumSet.of(
            Client.Kind.SPRING_REST_CLIENT, Client.Kind.RESILIENCE4J_JDK,
            Client.Kind.RESILIENCE4J_HC5, Client.Kind.RESILIENCE4J_JDK_ASYNC);

    /**
     * Resilience4j: the user's callable reads the response (here {@code ofString()} and
     * {@code EntityUtils.consume}) before the adapter sees it, so a slow body is read to its
     * end inside the attempt; only the callable can avoid it (docs/resilience4j.md).
     */
    static final Set<Client.Kind> DRAINS_RETRIED_BODY = EnumSet.of(
            Client.Kind.RESILIENCE4J_JDK, Client.Kind.RESILIENCE4J_HC5,
            Client.Kind.RESILIENCE4J_JDK_ASYNC);

    static final RawScriptServer.Script FAST_200 = (n, out) -> RawScriptServer.write(out,
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");

    static RetryPolicy policy() {
        return RetryPolicy.builder().callTimeout(CALL_TIMEOUT).backoffBase(Duration.ZERO)
                .build();
    }

    interface Sender extends AutoCloseable {
        int send(URI uri) throws Exception;

        @Override
        default void close() {
        }
    }

    static final class Row {
        final String client;
        final long millis;
        final Integer status;
        final Throwable failure;
        final int requests;

        Row(String client, long millis, Integer status, Throwable failure, int requests) {
            this.client = client;
            this.millis = millis;
            this.status = status;
            this.failure = failure;
            this.requests = requests;
        }

        @Override
        public String toString() {
            return client + ": " + (status != null ? "status " + status : String.valueOf(failure))
                    + " after " + millis + " ms, requests=" + requests;
        }
    }

    static Sender restClient(ClientHttpRequestFactory factory) {
        RestClient rc = RestClient.builder().requestFactory(factory)
                .requestInterceptor(StatusCodeRetryInterceptor.create(policy())).build();
        return uri -> rc.method(HttpMethod.GET).uri(uri).exchange((req, res) -> {
            res.getBody().readAllBytes();
            return res.getStatusCode().value();
        });
    }

    static Row run(String name, Sender sender, RawScriptServer server, RawScriptServer.Script s)
            throws Exception {
        server.play(FAST_200);
        assertThat(sender.send(server.uri())).as("warm-up of " + name).isEqualTo(200);
        server.play(s);
        long t0 = System.nanoTime();
        // A thread of its own, not the common pool: on 2 cores the common pool has one worker,
        // and work a client runs there would wait behind this blocked call (seen with WebClient
        // on the JDK's HttpClient under JDK 25: the retry never went out).
        CompletableFuture<Object> f = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                f.complete(sender.send(server.uri()));
            } catch (Throwable e) {
                f.complete(e);
            }
        }, "call-timeout-caller");
        caller.setDaemon(true);
        caller.start();
        Object outcome;
        try {
            outcome = f.get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            outcome = new AssertionError("still running after 15 s");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        sender.close();
        Row r = outcome instanceof Integer
                ? new Row(name, ms, (Integer) outcome, null, server.requests())
                : new Row(name, ms, null, (Throwable) outcome, server.requests());
        System.out.println("CALL-TIMEOUT " + r);
        return r;
    }

    static Sender of(Client.Kind kind) {
        return sender(kind.open(policy(), RetryListener.NONE));
    }

    static Sender sender(Client c) {
        return new Sender() {
            @Override
            public int send(URI uri) throws Exception {
                return c.send("GET", uri);
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }

    /** Attempt 1: 503 Retry-After: 0 whose 100,000-byte body trickles; attempt 2: a fast 200. */
    static final RawScriptServer.Script SLOW_RETRIED_BODY = (n, out) -> {
        if (n == 0) {
            RawScriptServer.trickle(out, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n",
                    100_000, 50);
        } else {
            RawScriptServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                    + "Connection: close\r\n\r\nok");
        }
    };

    /** Attempt 1: 503 Retry-After: 0 at once; attempt 2: accepted, never answered. */
    static final RawScriptServer.Script HANGING_RETRY = (n, out) -> {
        if (n == 0) {
            RawScriptServer.write(out, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            RawScriptServer.hang(out);
        }
    };

    @Test
    void aSlowRetriedBodyIsDiscardedNotDrainedOnEveryClient() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (RawScriptServer server = new RawScriptServer(SLOW_RETRIED_BODY)) {
            for (Client.Kind kind : Client.Kind.values()) {
                if (!DRAINS_RETRIED_BODY.contains(kind)) {
                    rows.add(run(kind.toString(), of(kind), server, SLOW_RETRIED_BODY));
                }
            }
            rows.add(run("Spring RestClient on HttpComponents", restClient(
                    new HttpComponentsClientHttpRequestFactory(
                            HttpClients.custom().disableAutomaticRetries().build())),
                    server, SLOW_RETRIED_BODY));
            rows.add(run("Spring RestClient on SimpleClientHttpRequestFactory",
                    restClient(new SimpleClientHttpRequestFactory()), server, SLOW_RETRIED_BODY));
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.status).as(r.toString()).isEqualTo(200);
            assertThat(r.requests).as(r.toString()).isEqualTo(2);
            assertThat(r.millis).as(r.toString()).isLessThan(CALL_TIMEOUT.toMillis());
        });
    }

    @Test
    void aRetriedAttemptThatIsNeverAnsweredEndsByTheCallTimeout() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (RawScriptServer server = new RawScriptServer(HANGING_RETRY)) {
            for (Client.Kind kind : Client.Kind.values()) {
                if (!UNBOUNDED_ATTEMPT.contains(kind)) {
                    rows.add(run(kind.toString(), of(kind), server, HANGING_RETRY));
                }
            }
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.failure).as(r.toString()).isNotNull();
            assertThat(r.failure).as(r.toString()).isNotInstanceOf(AssertionError.class);
            assertThat(r.requests).as(r.toString()).isEqualTo(2);
            assertThat(r.millis).as(r.toString()).isBetween(CALL_TIMEOUT.toMillis() - 100,
                    CALL_TIMEOUT.toMillis() + MARGIN_MILLIS);
        });
    }
}
