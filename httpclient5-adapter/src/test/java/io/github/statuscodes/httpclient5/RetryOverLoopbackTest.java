package io.github.statuscodes.httpclient5;

import static io.github.statuscodes.httpclient5.ScriptedServer.answer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.Retryability;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.Vendor;
import io.github.statuscodes.httpclient5.TestClient.Kind;
import io.github.statuscodes.httpclient5.TestClient.Result;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The strategy installed in a real classic and a real async HttpClient, against the JDK's
 * HttpServer on loopback; attempts are counted at the server.
 */
class RetryOverLoopbackTest extends ScriptedServerTest {
    private TestClient client;

    @AfterEach
    void noConnectionLeftLeased() throws InterruptedException {
        if (client != null) {
            assertThat(client.leasedWhenSettled()).as("leased connections").isZero();
            client.close();
        }
    }

    private TestClient client(Kind kind, RetryPolicy policy) {
        client = kind.with(StatusCodeRetryStrategy.create(policy));
        return client;
    }

    private TestClient client(Kind kind) {
        client = kind.with(StatusCodeRetryStrategy.create());
        return client;
    }

    private static String uri() {
        return server.uri("/orders/42");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retries503WithRetryAfterOneSecondTwiceWaitingTwoSeconds(Kind kind) throws Exception {
        server.always(503, "Retry-After: 1");
        long start = System.nanoTime();
        Result r = client(kind).get(uri());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(r.status).isEqualTo(503);
        assertThat(r.body).isEqualTo("answer 3: 503");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retries520GetUpToTheAttemptBudget(Kind kind) throws Exception {
        server.always(520, "Server: cloudflare");
        Result r = client(kind).get(uri());

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(r.status).isEqualTo(520);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void doesNotRetry520Post(Kind kind) throws Exception {
        server.always(520, "Server: cloudflare");
        Result r = client(kind).call("POST", uri(), "{\"order\":42}");

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(r.status).isEqualTo(520);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void doesNotRetry460(Kind kind) throws Exception {
        server.always(460, "Server: awselb/2.0");
        Result r = client(kind).get(uri());

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(r.status).isEqualTo(460);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void returnsAtOnceWhenRetryAfterExceedsTheCap(Kind kind) throws Exception {
        server.always(503, "Retry-After: 3600");
        long start = System.nanoTime();
        Result r = client(kind).get(uri());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(r.status).isEqualTo(503);
        // The stock strategy would wait the hour; a generous bound that still fails if it waits.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retries503PostBecauseTheServerDidNotProcessIt(Kind kind) throws Exception {
        server.script(answer(503), answer(429), answer(201));
        Result r = client(kind).call("POST", uri(), "{\"order\":42}");

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(r.status).isEqualTo(201);
        assertThat(server.seen()).extracting(s -> s.method + " " + s.body)
                .containsOnly("POST {\"order\":42}");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void returnsTheFirstSuccessAfterRetries(Kind kind) throws Exception {
        server.script(answer(502), answer(504), answer(200));
        Result r = client(kind).call("PUT", uri(), "v=1");

        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body).isEqualTo("answer 3: 200");
        assertThat(server.seen()).extracting(s -> s.body).containsOnly("v=1");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void honoursTheAttemptBudgetOfThePolicy(Kind kind) throws Exception {
        server.always(503);
        RetryPolicy five = RetryPolicy.builder().maxAttempts(5).backoffBase(Duration.ZERO)
                .backoffMax(Duration.ZERO).build();
        client(kind, five).get(uri());

        assertThat(server.requestCount()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void stopsWhenTheNextWaitWouldEndAfterTheCallTimeout(Kind kind) throws Exception {
        // 1.5 s from the first response: the first 1 s wait fits, the second does not.
        server.always(503, "Retry-After: 1");
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofMillis(1500)).build();
        long start = System.nanoTime();
        Result r = client(kind, policy).get(uri());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(r.status).isEqualTo(503);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1))
                .isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void returnsAtOnceWhenTheCallTimeoutIsShorterThanTheFirstWait(Kind kind) throws Exception {
        server.always(429, "Retry-After: 2");
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();
        Result r = client(kind, policy).get(uri());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(r.status).isEqualTo(429);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retriesAnyMethodOnCloudflare522BecauseTheOriginWasNeverReached(Kind kind)
            throws Exception {
        server.always(522, "Server: cloudflare");
        client(kind).call("POST", uri(), "x");

        assertThat(server.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void resolvesCodesThroughThePolicysRegistry(Kind kind) throws Exception {
        // 590 is nobody's code: a 5xx, so retried for idempotent methods only. A company that
        // knows its 590 means "not processed, try again" registers it as ALWAYS.
        server.always(590);
        client(kind).call("POST", uri(), "x");
        assertThat(server.requestCount()).isEqualTo(1);
        client.close();

        StatusRegistry registry = StatusRegistry.builder()
                .add(StatusCode.builder(590, "Upstream Quota")
                        .vendor(Vendor.of("acme", "Acme", URI.create("https://acme.example/")))
                        .retryability(Retryability.ALWAYS).build())
                .build();
        server.always(590);
        client(kind, RetryPolicy.builder().registry(registry).build()).call("POST", uri(), "x");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void leasesNoConnectionAfterHundredsOfRetriedCalls(Kind kind) throws Exception {
        RetryPolicy noWait = RetryPolicy.builder().backoffBase(Duration.ZERO)
                .backoffMax(Duration.ZERO).build();
        TestClient c = client(kind, noWait);
        int calls = 200;
        int ok = 0;
        server.script(answer(503), answer(502), answer(200));
        for (int i = 0; i < calls; i++) {
            // Alternate a call that ends in 200 after two retries with one that gives up on 503.
            if (i % 2 == 0) {
                server.script(answer(503), answer(502), answer(200));
            } else {
                server.always(503);
            }
            Result r = c.get(uri());
            assertThat(server.requestCount()).isEqualTo(3);
            if (r.status == 200) {
                ok++;
            }
        }
        assertThat(ok).isEqualTo(calls / 2);
        assertThat(c.leasedWhenSettled()).isZero();
        assertThat(c.poolStats().getPending()).isZero();
    }
}
