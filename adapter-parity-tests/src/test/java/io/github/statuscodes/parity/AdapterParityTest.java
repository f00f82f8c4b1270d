package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9's parity test: the same scripted responses through every client adapter, with the same
 * {@link RetryPolicy}, give the same number of requests at the server, the same final status to
 * the caller and the same give-up reason (where the adapter reports one). Each expectation is
 * written out by hand from README's rules, and checked against what the policy itself decides.
 */
class AdapterParityTest {
    /** No waits, so that the suite stays fast; otherwise the defaults (3 attempts, 20 s caps). */
    static final RetryPolicy POLICY = RetryPolicy.builder()
            .backoffBase(0, TimeUnit.NANOSECONDS).backoffMax(0, TimeUnit.NANOSECONDS)
            .jitter(false).build();
    /** A call timeout shorter than the one-second Retry-After of the deadline case. */
    static final RetryPolicy SHORT_CALL = POLICY.toBuilder()
            .callTimeout(300, TimeUnit.MILLISECONDS).build();

    static ScriptedServer server;

    /** One row: a script, a method, a policy, and what the caller must see on every client. */
    record Case(String name, String method, RetryPolicy policy, List<Reply> script,
            int requests, int status, StopReason giveUp) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("503 Retry-After: 0 twice, then 200", "GET", POLICY,
                        List.of(new Reply(503, "Retry-After", "0"),
                                new Reply(503, "Retry-After", "0"), new Reply(200)),
                        3, 200, null),
                new Case("503 without Retry-After for ever", "GET", POLICY,
                        List.of(new Reply(503)), 3, 503, StopReason.ATTEMPTS_EXHAUSTED),
                new Case("520 from Cloudflare, GET", "GET", POLICY,
                        List.of(new Reply(520, "Server", "cloudflare")),
                        3, 520, StopReason.ATTEMPTS_EXHAUSTED),
                new Case("520 from Cloudflare, POST", "POST", POLICY,
                        List.of(new Reply(520, "Server", "cloudflare")),
                        1, 520, StopReason.NOT_IDEMPOTENT),
                new Case("500 then 200, POST", "POST", POLICY,
                        List.of(new Reply(500), new Reply(200)), 1, 500,
                        StopReason.NOT_IDEMPOTENT),
                new Case("500 then 200, PUT", "PUT", POLICY,
                        List.of(new Reply(500), new Reply(200)), 2, 200, null),
                new Case("502 then 504 then 200, GET", "GET", POLICY,
                        List.of(new Reply(502), new Reply(504), new Reply(200)), 3, 200, null),
                new Case("503 then 200, POST (503 is safe for any method)", "POST", POLICY,
                        List.of(new Reply(503), new Reply(200)), 2, 200, null),
                new Case("460, client closed the connection", "GET", POLICY,
                        List.of(new Reply(460, "Server", "awselb/2.0")), 1, 460, null),
                new Case("499 from nginx", "GET", POLICY,
                        List.of(new Reply(499, "Server", "nginx")), 1, 499, null),
                new Case("429 with Retry-After 3600", "GET", POLICY,
                        List.of(new Reply(429, "Retry-After", "3600"), new Reply(200)),
                        1, 429, StopReason.RETRY_AFTER_TOO_LONG),
                new Case("429 with Retry-After 0, then 200", "POST", POLICY,
                        List.of(new Reply(429, "Retry-After", "0"), new Reply(200)), 2, 200, null),
                new Case("503 Retry-After: 1 with 300 ms of call timeout", "GET", SHORT_CALL,
                        List.of(new Reply(503, "Retry-After", "1"), new Reply(200)),
                        1, 503, StopReason.DEADLINE),
                new Case("404", "GET", POLICY, List.of(new Reply(404), new Reply(200)),
                        1, 404, null),
                new Case("200", "GET", POLICY, List.of(new Reply(200)), 1, 200, null),
                new Case("204 for DELETE", "DELETE", POLICY, List.of(new Reply(204)),
                        1, 204, null));
    }

    static Stream<Arguments> everyCaseOnEveryClient() {
        List<Arguments> args = new ArrayList<>();
        for (Case c : cases()) {
            for (Client.Kind kind : Client.Kind.values()) {
                args.add(Arguments.of(c, kind));
            }
        }
        return args.stream();
    }

    @BeforeAll
    static void startServer() throws Exception {
        server = new ScriptedServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void eachHandWrittenExpectationIsWhatThePolicyDecides() {
        for (Case c : cases()) {
            assertThat(Outcome.predicted(c.policy(), c.method(), c.script()))
                    .as(c.name())
                    .isEqualTo(new Outcome(c.requests(), c.status(), c.giveUp()));
        }
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("everyCaseOnEveryClient")
    void everyClientMakesTheSameAttemptsAndGivesUpForTheSameReason(Case c, Client.Kind kind)
            throws Exception {
        Outcome expected = new Outcome(c.requests(), c.status(), c.giveUp());
        GiveUps giveUps = new GiveUps();
        try (Client client = kind.open(c.policy(), giveUps)) {
            Outcome seen = Parity.run(server, client, kind, giveUps, c.method(), c.script());
            assertThat(seen).isEqualTo(Parity.asReported(expected, kind));
            if (kind.reportsGiveUps()) {
                assertThat(giveUps.reports()).as("give-up reports")
                        .containsExactlyElementsOf(c.giveUp() == null ? List.of()
                                : List.of(new GiveUps.Report(c.giveUp(), c.requests())));
            }
        }
    }

    /**
     * The one known difference, documented in README ("How it combines with OkHttp's own
     * retries"): OkHttp itself resends a 408, or a 503 with {@code Retry-After: 0}, once inside an
     * attempt; the interceptor counts that resend, but OkHttp can add it inside the last attempt too,
     * so a server that always answers so gets one request more than {@code maxAttempts}. Feign on
     * OkHttp counts the resend too, from the response OkHttp hands over (docs/feign.md).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Client.Kind.class)
    void okHttpsOwnResendIsTheOneKnownDifference(Client.Kind kind) throws Exception {
        int requests = kind == Client.Kind.OKHTTP || kind == Client.Kind.FEIGN_OKHTTP ? 4 : 3;
        GiveUps giveUps = new GiveUps();
        try (Client client = kind.open(POLICY, giveUps)) {
            for (Reply forEver : List.of(new Reply(503, "Retry-After", "0"), new Reply(408))) {
                Outcome seen = Parity.run(server, client, kind, giveUps, "GET", List.of(forEver));
                assertThat(seen).as("%s for ever", forEver).isEqualTo(Parity.asReported(
                        new Outcome(requests, forEver.status(), StopReason.ATTEMPTS_EXHAUSTED),
                        kind));
            }
        }
    }
}
