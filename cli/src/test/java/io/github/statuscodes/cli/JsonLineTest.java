package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLineTest {
    static final JsonKeys GCP = JsonKeys.of("httpRequest.status", "httpRequest.latency",
            "jsonPayload.statusDetails", "timestamp", "httpRequest.requestMethod");

    static JsonLine scan(String s, JsonKeys keys) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        JsonLine j = new JsonLine();
        assertThat(j.scan(b, 0, b.length, keys)).as(s).isTrue();
        return j;
    }

    static String target(String s, JsonKeys keys) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(line.json.scan(b, 0, b.length, keys)).as(s).isTrue();
        line.json.target(0, line);
        byte[] t = line.target(b);
        return new String(t, line.targetFrom, line.targetTo - line.targetFrom,
                StandardCharsets.UTF_8);
    }

    @Test
    void decodesTheEscapesOfARequestTarget() {
        JsonKeys uri = JsonKeys.of("requestUri");
        // Azure's documented example writes "\/" for "/"
        assertThat(target("{\"requestUri\":\"\\/\"}", uri)).isEqualTo("/");
        assertThat(target("{\"requestUri\":\"\\/api\\/orders\\/7?q=\\\"a\\\"\"}", uri))
                .isEqualTo("/api/orders/7?q=\"a\"");
        assertThat(target("{\"requestUri\":\"/caf\\u00e9/\\ud83d\\ude00/\\\\\"}", uri))
                .isEqualTo("/caf\u00e9/\ud83d\ude00/\\");
        assertThat(target("{\"requestUri\":\"/a\\tb\\n\"}", uri)).isEqualTo("/a\tb\n");
        // a lone surrogate is U+FFFD; an escape JSON does not know is kept as written
        assertThat(target("{\"requestUri\":\"/\\ud800/\\x/\\u12\"}", uri))
                .isEqualTo("/\ufffd/\\x/\\u12");
    }

    @Test
    void leavesATargetWithoutEscapesInTheLineItself() {
        byte[] b = "{\"requestUri\":\"/plain\"}".getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(line.json.scan(b, 0, b.length, JsonKeys.of("requestUri"))).isTrue();
        line.json.target(0, line);
        assertThat(line.targetBytes).isNull();
        assertThat(line.target(b)).isSameAs(b);
        assertThat(new String(b, line.targetFrom, line.targetTo - line.targetFrom,
                StandardCharsets.UTF_8)).isEqualTo("/plain");
    }

    @Test
    void azuresEscapedSlashIsThePathInTheReport() throws Exception {
        String line = Fixtures.lines("azure-appgw.log").get(0); // "requestUri":"\/"
        assertThat(line).contains("\"requestUri\":\"\\/\"");
        Run run = Run.withStdin((line + "\n").getBytes(StandardCharsets.UTF_8), "logs", "--json",
                "--format", "azure-appgw", "-");
        assertThat(run.status).isZero();
        assertThat(run.out).doesNotContain("\\\\/");
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogLine l = new LogLine();
        assertThat(new AzureAppGatewayFormat().parse(b, 0, b.length, l)).isTrue();
        byte[] key = new byte[512];
        int n = Endpoints.key(b, l, key);
        assertThat(new String(key, 0, n, StandardCharsets.UTF_8)).isEqualTo("GET /");
    }

    @Test
    void readsNestedKeysOfACloudLoggingEntry() {
        JsonLine j = scan("{\"httpRequest\":{\"requestMethod\":\"GET\",\"latency\":\"10.003456s\"},"
                + " \"jsonPayload\": {\"@type\": \"type.googleapis.com/google.cloud.loadbalancing"
                + ".type.LoadBalancerLogEntry\", \"statusDetails\":"
                + " \"client_disconnected_before_any_response\"},"
                + " \"timestamp\": \"2026-12-01T10:00:00.123456Z\"}", GCP);
        assertThat(j.has(0)).isFalse();
        assertThat(j.status(0)).isEqualTo(LogLine.NONE);
        assertThat(j.secondsToMillis(1)).isEqualTo(10_003);
        assertThat(j.is(2, "client_disconnected_before_any_response")).isTrue();
        assertThat(j.is(2, "client_disconnected")).isFalse();
        assertThat(j.isoMillis(3)).isEqualTo(1_796_119_200_123L);
        assertThat(j.is(4, "GET")).isTrue();
    }

    @Test
    void readsNumbersWrittenAsStringsAndALiterallyDottedKey() {
        JsonLine j = scan("{\"response_code\":\"0\",\"duration\":\"1870\",\"a.b\":7}",
                JsonKeys.of("response_code", "duration", "a.b"));
        assertThat(j.status(0)).isEqualTo(LogLine.NONE);
        assertThat(j.decimal(0, 0)).isZero();
        assertThat(j.decimal(1, 0)).isEqualTo(1870);
        assertThat(j.decimal(2, 0)).isEqualTo(7);
        assertThat(j.isString(2)).isFalse();
    }

    @Test
    void readsGoFloatSecondsAndNanoseconds() {
        JsonLine j = scan("{\"duration\":5e-07,\"Duration\":10003000000,\"s\":0.5,\"n\":null}",
                JsonKeys.of("duration", "Duration", "s", "n"));
        assertThat(j.secondsToMillis(0)).isZero();
        assertThat(j.decimal(1, -6)).isEqualTo(10_003);
        assertThat(j.secondsToMillis(2)).isEqualTo(500);
        assertThat(j.has(3)).isTrue();
        assertThat(j.decimal(3, 0)).isEqualTo(LogLine.NONE);
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        JsonLine j = scan("{\"msg\":\"say \\\"status\\\":200 \\\\\",\"status\":499}",
                JsonKeys.of("status"));
        assertThat(j.status(0)).isEqualTo(499);
    }

    @Test
    void junkIsNotAnObject() {
        JsonKeys k = JsonKeys.of("z");
        JsonLine j = new JsonLine();
        for (String s : new String[] {"", "   ", "[1]", "{", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}",
                "{\"a\":1} x", "1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200"}) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(j.scan(b, 0, b.length, k)).as(s).isFalse();
        }
        byte[] b = "{\"a\":1,\"junk".getBytes(StandardCharsets.UTF_8);
        assertThat(j.scan(b, 0, b.length, JsonKeys.of("a"))).as("stops once every key is found").isTrue();
        assertThat(j.decimal(0, 0)).isEqualTo(1);
    }

    @Test
    void refusesBadKeyPaths() {
        assertThatThrownBy(() -> JsonKeys.of("a", "a")).hasMessageContaining("\"a\" given twice");
        assertThatThrownBy(() -> JsonKeys.of("a.")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"a.\"");
        assertThatThrownBy(() -> JsonKeys.of((String) null)).isInstanceOf(
                NullPointerException.class).hasMessage("paths[0]");
    }
}
