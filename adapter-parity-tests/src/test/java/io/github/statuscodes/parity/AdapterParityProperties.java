package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random short status sequences through every client: each makes the requests, returns the status
 * and reports the events (retries, give-up) that {@link io.github.statuscodes.RetryPolicy}
 * predicts.
 *
 * <p>Statuses are 2xx, 4xx and 5xx: a redirect is the client's business, not the policy's, and two
 * codes are left out on purpose: 407 (OkHttp refuses it without a proxy) and 408 (OkHttp resends it
 * once by itself, one request more than the policy's count; docs/okhttp.md "How it combines with OkHttp's
 * own retries").
 */
class AdapterParityProperties {
    private static ScriptedServer server;
    private static final Events EVENTS = new Events();
    private static final Map<Client.Kind, Client> CLIENTS = new EnumMap<>(Client.Kind.class);

    @BeforeContainer
    static void start() throws Exception {
        server = new ScriptedServer();
        for (Client.Kind kind : Client.Kind.values()) {
            CLIENTS.put(kind, kind.open(AdapterParityTest.POLICY, EVENTS));
        }
    }

    @AfterContainer
    static void stop() {
        CLIENTS.values().forEach(Client::close);
        CLIENTS.clear();
        server.close();
    }

    @Property(tries = 40)
    void everyClientDoesWhatThePolicyPredicts(@ForAll("scripts") List<Reply> script,
            @ForAll("methods") String method) throws Exception {
        Outcome predicted = Outcome.predicted(AdapterParityTest.POLICY, method, script);
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<Client.Kind, Client> e : CLIENTS.entrySet()) {
            Outcome seen = Parity.run(server, server.uri(), e.getValue(), EVENTS, method, script,
                    false);
            if (!seen.equals(predicted)) {
                mismatches.add(e.getKey() + ": " + seen + ", expected " + predicted);
            }
        }
        assertThat(mismatches).as("script %s, %s", script, method).isEmpty();
    }

    @Provide
    Arbitrary<List<Reply>> scripts() {
        Arbitrary<Integer> status = Arbitraries.integers().between(200, 599)
                .filter(s -> s < 300 || s >= 400)
                .filter(s -> s != 205 && s != 407 && s != 408)
                .edgeCases(c -> c.add(200, 429, 500, 503, 520));
        Arbitrary<Reply> reply = Arbitraries.oneOf(
                status.map(Reply::new),
                status.map(s -> new Reply(s, "Retry-After", "0")).filter(r -> r.status() != 503),
                status.map(s -> new Reply(s, "Server", "cloudflare")));
        return reply.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE");
    }
}
