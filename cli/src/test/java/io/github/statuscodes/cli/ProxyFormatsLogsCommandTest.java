package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logs}, text and {@code --json}, on the Envoy, Istio, Envoy JSON, CloudFront, Google
 * Cloud, Azure Application Gateway and IIS fixtures ({@code formats/NAME.log}; the planted
 * timeouts and the 5xx each holds are listed in their notes): each format detected, the planted
 * client timeout found under the proxy's own signal, that signal explained from core's data, and
 * 5xx split between the proxy and the backend.
 */
class ProxyFormatsLogsCommandTest {
    @TempDir
    Path dir;

    private Path file(String fixture) throws Exception {
        return Fixtures.file(fixture, dir);
    }

    JsonNode json(String fixture) throws Exception {
        Run run = Run.of("logs", "--json", file(fixture).toString());
        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        return new ObjectMapper().readTree(run.out);
    }

    String text(String fixture) throws Exception {
        Run run = Run.of("logs", file(fixture).toString());
        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        return run.out;
    }

    /** The planted cluster: {@code count} give-ups at {@code seconds}, within 0.5 %. */
    static void cluster(JsonNode finding, double seconds, int count) {
        JsonNode c = finding.get("cluster");
        assertThat(c.isNull()).as("a cluster in %s", finding).isFalse();
        assertThat(c.get("seconds").asDouble()).isCloseTo(seconds, within(seconds * 0.005));
        assertThat(c.get("count").asInt()).isEqualTo(count);
    }

    static JsonNode signal(JsonNode root, String vendor, String token) {
        for (JsonNode s : root.get("signals")) {
            if (s.get("vendor").asText().equals(vendor) && s.get("signal").asText().equals(token)) {
                return s;
            }
        }
        throw new AssertionError("no signal " + vendor + " " + token + " in " + root.get("signals"));
    }

    static void serverErrors(JsonNode root, int fromProxy, int fromBackend) {
        JsonNode e = root.get("serverErrors");
        assertThat(e.get("fromProxy").asInt()).as("5xx from the proxy").isEqualTo(fromProxy);
        assertThat(e.get("fromBackend").asInt()).as("5xx from the backend").isEqualTo(fromBackend);
    }

    static void noStatus(JsonNode root, String label, int count, String endedBy) {
        for (JsonNode n : root.get("withoutStatus")) {
            if (n.get("label").asText().equals(label)) {
                assertThat(n.get("count").asInt()).as(label).isEqualTo(count);
                assertThat(n.get("clientGaveUp").asBoolean()).isTrue();
                assertThat(n.get("endedBy").asText()).isEqualTo(endedBy);
                return;
            }
        }
        throw new AssertionError("no line without status " + label + " in " + root);
    }

    @Test
    void envoyGiveUpsAreReportedUnderDcWithTheirMeaning() throws Exception {
        JsonNode root = json("envoy.log");
        assertThat(root.get("format").asText()).isEqualTo("envoy");
        assertThat(root.get("unparsed").asLong()).isZero();
        // three quoted 0 DC lines and 35 generated ones, none with a status code
        noStatus(root, "client gave up (Envoy DC)", 38, "CLIENT");
        assertThat(root.get("codes")).extracting(c -> c.get("code").asInt())
                .doesNotContain(0).contains(200, 503);
        JsonNode gone = ProxyLogsCommandTest.finding(root, "GET /report/{id}",
                "client gave up (Envoy DC)");
        assertThat(gone.get("count").asInt()).isEqualTo(35);
        assertThat(gone.get("code").isNull()).isTrue();
        assertThat(gone.get("endedBy").asText()).isEqualTo("CLIENT");
        cluster(gone, 10.0, 30);
        JsonNode dc = signal(root, "envoy", "DC");
        assertThat(dc.get("endedBy").asText()).isEqualTo("CLIENT");
        assertThat(dc.get("equivalents").get(0).get("code").asInt()).isEqualTo(499);
        serverErrors(root, 3, 2); // 503 UF,URX Envoy's own; 503 with a service time the backend's

        String text = text("envoy.log");
        assertThat(text).contains("client gave up (Envoy DC)")
                .contains("GET /report/{id}: 35 × client gave up (Envoy DC)")
                .contains("ended at 10.0 s")
                .contains("What the signals mean")
                .contains("  Envoy DC: Downstream connection termination; ended by the client;"
                        + " elsewhere 499 Client Closed Request (nginx)")
                .contains("5xx: 5 (6 %): 2 from the upstream, 3 from Envoy itself")
                .doesNotContain("IANA DC");
    }

    @Test
    void istioGiveUpsAreEnvoysDc() throws Exception {
        JsonNode root = json("istio.log");
        assertThat(root.get("format").asText()).isEqualTo("istio");
        assertThat(root.get("unparsed").asLong()).isZero();
        noStatus(root, "client gave up (Envoy DC)", 36, "CLIENT");
        cluster(ProxyLogsCommandTest.finding(root, "GET /report/{id}",
                "client gave up (Envoy DC)"), 15.0, 30);
        serverErrors(root, 3, 2);
        assertThat(text("istio.log")).contains("ended at 15.0 s")
                .contains("Envoy DC: Downstream connection termination; ended by the client");
    }

    @Test
    void envoyJsonGiveUpsAndTimeoutsOfItsOwn() throws Exception {
        JsonNode root = json("envoy-json.log");
        assertThat(root.get("format").asText()).isEqualTo("envoy-json");
        assertThat(root.get("unparsed").asLong()).isZero();
        noStatus(root, "client gave up (Envoy DC)", 35, "CLIENT");
        cluster(ProxyLogsCommandTest.finding(root, "POST /api/orders/{id}/pay",
                "client gave up (Envoy DC)"), 5.0, 30);
        serverErrors(root, 3, 2); // 504 UT Envoy's own, 500 with a service time the backend's
        assertThat(text("envoy-json.log")).contains("ended at 5.00 s")
                .contains("POST /api/orders/{id}/pay: 35 × client gave up (Envoy DC)");
    }

    @Test
    void cloudFrontGiveUpsAre000WithClientCommError() throws Exception {
        JsonNode root = json("cloudfront.log");
        assertThat(root.get("format").asText()).isEqualTo("cloudfront");
        assertThat(root.get("unparsed").asLong()).isZero();
        assertThat(root.get("headerLines").asLong()).isEqualTo(2);
        noStatus(root, "client gave up (Amazon CloudFront ClientCommError)", 35, "CLIENT");
        cluster(ProxyLogsCommandTest.finding(root, "GET /report/{id}",
                "client gave up (Amazon CloudFront ClientCommError)"), 30.0, 30);
        assertThat(signal(root, "cloudfront", "ClientCommError").get("endedBy").asText())
                .isEqualTo("CLIENT");
        // AWS's three 502 OriginDnsError examples and three 502 OriginConnectError; 503 Miss
        serverErrors(root, 6, 2);
        assertThat(text("cloudfront.log")).contains("ended at 30.0 s")
                .contains("Amazon CloudFront ClientCommError: ")
                .contains("from Amazon CloudFront itself");
    }

    @Test
    void googleCloudGiveUpsHaveNoStatusOnlyStatusDetails() throws Exception {
        JsonNode root = json("gcp-lb.log");
        assertThat(root.get("format").asText()).isEqualTo("gcp-lb");
        assertThat(root.get("unparsed").asLong()).isZero();
        String label = "client gave up (Google Cloud Load Balancing"
                + " client_disconnected_before_any_response)";
        noStatus(root, label, 35, "CLIENT");
        cluster(ProxyLogsCommandTest.finding(root, "GET /report/{id}", label), 10.0, 30);
        // the client that left during a 200: the backend's response, thrown away
        JsonNode partial = ProxyLogsCommandTest.finding(root, "GET /export", "200 (Google Cloud"
                + " Load Balancing client_disconnected_after_partial_response)");
        assertThat(partial.get("afterBackendAnswered").asInt()).isEqualTo(1);
        assertThat(root.get("clientGaveUp").get("count").asInt()).isEqualTo(36);
        assertThat(root.get("clientGaveUp").get("afterBackendAnswered").asInt()).isEqualTo(1);
        serverErrors(root, 3, 2);
        assertThat(text("gcp-lb.log")).contains("ended at 10.0 s")
                .contains("Work thrown away: 1 of 36 give-ups");
    }

    @Test
    void azureGiveUpsAre499InNginxsMeaning() throws Exception {
        JsonNode root = json("azure-appgw.log");
        assertThat(root.get("format").asText()).isEqualTo("azure-appgw");
        assertThat(root.get("unparsed").asLong()).isZero();
        JsonNode code499 = null;
        for (JsonNode c : root.get("codes")) {
            if (c.get("code").asInt() == 499) {
                code499 = c;
            }
        }
        assertThat(code499).isNotNull();
        assertThat(code499.get("vendor").asText()).as("499 in nginx's meaning").isEqualTo("nginx");
        assertThat(code499.get("count").asInt()).isEqualTo(35);
        JsonNode gone = ProxyLogsCommandTest.finding(root, "GET /report/{id}",
                "499 (Azure Application Gateway ERRORINFO_CLIENT_CLOSED_REQUEST)");
        assertThat(gone.get("count").asInt()).isEqualTo(35);
        cluster(gone, 20.0, 30);
        // 504 ERRORINFO_UPSTREAM_TIMED_OUT without serverStatus; 503 with serverStatus 503
        serverErrors(root, 3, 2);
        assertThat(text("azure-appgw.log")).contains("ended at 20.0 s")
                .contains("from Azure Application Gateway itself");
    }

    /**
     * IIS's 64 (the network name is no longer available) is the client's sign; 1236 (the
     * connection was aborted by the local system, Microsoft's definition) is IIS's own host, so
     * the three 1236 lines count as their 200 and make no finding.
     */
    @Test
    void iisGiveUpsAre200WithWin32Status64AndNot1236() throws Exception {
        JsonNode root = json("iis.log");
        assertThat(root.get("format").asText()).isEqualTo("iis");
        assertThat(root.get("unparsed").asLong()).isZero();
        assertThat(root.get("headerLines").asLong()).isEqualTo(12);
        // every planted give-up is 64: 30 at 60 s, in one finding with the 5 scattered ones
        JsonNode netname = ProxyLogsCommandTest.finding(root, "GET /report/{id}",
                "200 (Microsoft IIS 64)");
        cluster(netname, 60.0, 30);
        assertThat(netname.get("count").asInt()).isEqualTo(35);
        assertThat(netname.get("endedBy").asText()).isEqualTo("CLIENT");
        for (JsonNode f : root.get("clientGone")) {
            assertThat(f.get("label").asText()).doesNotContain("1236");
        }
        assertThat(root.get("clientGaveUp").get("count").asInt()).isEqualTo(36);
        assertThat(root.get("serverErrors").get("count").asInt()).isEqualTo(5);
        assertThat(root.get("serverErrors").has("fromProxy")).as("IIS logs no backend").isFalse();
        assertThat(text("iis.log")).contains("ended at 60.0 s", "What the signals mean\n")
                .contains("Microsoft IIS 64: ")
                .doesNotContain("IIS 1236").doesNotContain("GET /export");
    }

    @Test
    void filesOfDifferentFormatsInOneRunAreEachReadInTheirOwn() throws Exception {
        Run run = Run.of("logs", "--json", file("envoy.log").toString(),
                file("cloudfront.log").toString(), file("iis.log").toString());
        assertThat(run.status).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.get("format").asText()).isEqualTo("mixed");
        assertThat(root.get("unparsed").asLong()).isZero();
        assertThat(root.get("formats")).extracting(f -> f.get("format").asText())
                .containsExactly("envoy", "cloudfront", "iis");
        noStatus(root, "client gave up (Envoy DC)", 38, "CLIENT");
        noStatus(root, "client gave up (Amazon CloudFront ClientCommError)", 35, "CLIENT");
    }
}
