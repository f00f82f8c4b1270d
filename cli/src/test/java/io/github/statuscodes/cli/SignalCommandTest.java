package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line explains access-log values: {@code statuscodes envoy DC} and the like. */
class SignalCommandTest {
    int status;
    String out;
    String err;

    void run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        status = CommandLine.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
    }

    @Test
    void explainsAnEnvoyFlag() {
        run("envoy", "DC");
        assertThat(status).isZero();
        assertThat(err).isEmpty();
        assertThat(out).startsWith("DC Downstream connection termination\n".replace("\n",
                System.lineSeparator())).contains("vendor:       Envoy (envoy)",
                "field:        %RESPONSE_FLAGS%", "ended by:     CLIENT",
                "same as:      499 Client Closed Request (nginx)",
                "also written: DownstreamConnectionTermination",
                "source:       https://www.envoyproxy.io/");
    }

    @Test
    void explainsAnHaproxyStateWithItsCookieCharactersAndAnUndocumentedPair() {
        run("haproxy", "CD--", "sH", "SQ");
        assertThat(status).isZero();
        assertThat(out).contains("CD Client aborted during the data transfer",
                "sH Server timeout before the response headers", "same as:      504 Gateway Timeout",
                "SQ Server aborted, queued", "ended by:     BACKEND");
    }

    @Test
    void explainsCloudFront000WithVendorOptionAndGcpByItsShortName() {
        run("000", "--vendor", "cloudfront");
        assertThat(status).isZero();
        assertThat(out).startsWith("000 No response sent").contains("field:        sc-status",
                "ended by:     CLIENT");
        run("gcp", "client_disconnected_before_any_response");
        assertThat(status).isZero();
        assertThat(out).contains("Google Cloud Load Balancing (google-cloud-lb)",
                "jsonPayload.statusDetails");
    }

    @Test
    void aCodeAfterAVendorIsThatVendorsMeaning() {
        run("traefik", "499");
        assertThat(status).isZero();
        assertThat(out).startsWith("499 Client Closed Request").contains("vendor:       nginx");
        run("esri", "499");
        assertThat(out).startsWith("499 Token Required");
    }

    @Test
    void printsJsonForSignalsAndCodesTogether() throws Exception {
        run("--json", "envoy", "UF,URX", "503");
        assertThat(status).isZero();
        JsonNode array = new ObjectMapper().readTree(out);
        assertThat(array).hasSize(3);
        JsonNode uf = array.get(0);
        assertThat(uf.get("signal").asText()).isEqualTo("UF");
        assertThat(uf.get("vendor").asText()).isEqualTo("envoy");
        assertThat(uf.get("endedBy").asText()).isEqualTo("BACKEND");
        assertThat(uf.get("equivalents").get(0).get("code").asInt()).isEqualTo(502);
        assertThat(uf.get("documentation").asText()).startsWith("https://");
        assertThat(array.get(1).get("signal").asText()).isEqualTo("URX");
        assertThat(array.get(2).get("code").asInt()).isEqualTo(503);
    }

    @Test
    void listsAVendorsLogValues() {
        run("--list", "--vendor", "haproxy");
        assertThat(status).isZero();
        assertThat(out).contains("CD    haproxy     Client aborted during the data transfer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "dc", "UF,XX", "\u001b[31mDC", "\u009bDC", "000"})
    void anUnknownValueIsOneEscapedLineAndExit2(String value) {
        run("envoy", value);
        assertThat(status).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.lines()).hasSize(1);
        assertThat(err).startsWith("statuscodes: ").doesNotContain("\u001b", "\u009b")
                .contains("envoy");
    }

    @Test
    void aVendorWithoutValuesSaysWhatToGive() {
        run("haproxy");
        assertThat(status).isEqualTo(2);
        assertThat(err).startsWith("statuscodes: no status code or log value given");
    }

    @Test
    void helpDocumentsTheVendorForm() {
        run("--help");
        assertThat(out).contains("VENDOR VALUE", "envoy DC", "haproxy CD", "cloudfront 000",
                "gcp client_disconnected_before_any_response", "iis 64");
    }
}
