package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logs} on the HAProxy, Traefik and Caddy fixtures: each detected, and each planted client
 * timeout found under that format's own sign of a client that gave up.
 */
class ProxyLogsCommandTest {
    @TempDir
    Path dir;

    JsonNode report(String fixture) throws Exception {
        Run run = Run.of("logs", "--json", Fixtures.file(fixture, dir).toString());
        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        return new ObjectMapper().readTree(run.out);
    }

    static JsonNode finding(JsonNode root, String endpoint, String label) {
        for (JsonNode f : root.get("clientGone")) {
            if (f.get("endpoint").asText().equals(endpoint) && f.get("label").asText().equals(label)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + label + " on " + endpoint + " in " + root);
    }

    @Test
    void haproxyGiveUpsAreTheirTerminationStateWhateverTheStatus() throws Exception {
        JsonNode root = report("haproxy.log");
        assertThat(root.get("format").asText()).isEqualTo("haproxy");
        assertThat(root.get("unparsed").asLong()).isZero();
        // 40 planted CH-- at 10 s, plus CD, cD, cD quoted from haproxy#1441 and haproxy-ingress#590
        assertThat(root.get("clientGaveUp").get("count").asLong()).isEqualTo(43);
        JsonNode ch = finding(root, "GET /api/report/{id}", "400 (HAProxy CH)");
        assertThat(ch.get("code").asInt()).isEqualTo(400);
        assertThat(ch.get("signal").asText()).isEqualTo("CH");
        assertThat(ch.get("count").asInt()).isEqualTo(40);
        assertThat(ch.get("cluster").get("seconds").asDouble()).isCloseTo(10.0, within(0.05));
        JsonNode cd = finding(root, "GET /REDACTED.js", "200 (HAProxy CD)");
        assertThat(cd.get("count").asInt()).isEqualTo(1);
    }

    @Test
    void traefikGiveUpsAre499AndTheLinesWithoutAStatus() throws Exception {
        JsonNode root = report("traefik.log");
        assertThat(root.get("format").asText()).isEqualTo("traefik");
        assertThat(root.get("unparsed").asLong()).isZero();
        JsonNode gone = finding(root, "GET /api/orders/{id}", "499");
        assertThat(gone.get("count").asInt()).isEqualTo(30);
        assertThat(gone.get("cluster").get("seconds").asDouble()).isCloseTo(5.0, within(0.05));
        assertThat(root.get("withoutStatus")).extracting(n -> n.get("label").asText())
                .containsExactlyInAnyOrder("client gave up (Traefik Proxy 0)",
                        "client gave up (Traefik Proxy -)");
    }

    @Test
    void traefikJsonGiveUpsAndWorkThrownAway() throws Exception {
        JsonNode root = report("traefik-json.log");
        assertThat(root.get("format").asText()).isEqualTo("traefik-json");
        assertThat(root.get("unparsed").asLong()).isZero();
        JsonNode gone = finding(root, "GET /api/orders/{id}", "499");
        assertThat(gone.get("count").asInt()).isEqualTo(24);
        assertThat(gone.get("cluster").get("seconds").asDouble()).isCloseTo(5.0, within(0.05));
        JsonNode zero = finding(root, "GET /api/orders/{id}", "client gave up (Traefik Proxy 0)");
        assertThat(zero.get("count").asInt()).isEqualTo(6);
        // every third planted give-up has OriginStatus 200: the server had answered
        assertThat(gone.get("afterBackendAnswered").asInt() + zero.get("afterBackendAnswered")
                .asInt()).isEqualTo(10);
    }

    @Test
    void caddyGiveUpsAreStatusZeroAnd499() throws Exception {
        JsonNode root = report("caddy.log");
        assertThat(root.get("format").asText()).isEqualTo("caddy");
        assertThat(root.get("unparsed").asLong()).isZero();
        JsonNode zero = finding(root, "GET /foo/{id}", "client gave up (Caddy 0)");
        JsonNode gone = finding(root, "GET /foo/{id}", "499");
        assertThat(zero.get("count").asInt() + gone.get("count").asInt()).isEqualTo(30);
        assertThat(zero.get("count").asInt()).isEqualTo(22);
        assertThat(zero.get("cluster").get("seconds").asDouble()).isCloseTo(3.0, within(0.05));
        assertThat(gone.get("cluster").get("seconds").asDouble()).isCloseTo(3.0, within(0.05));
    }
}
