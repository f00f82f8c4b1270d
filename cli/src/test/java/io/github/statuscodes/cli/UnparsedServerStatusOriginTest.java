package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An Azure Application Gateway v2 {@code serverStatus} that is not a status code tells nothing
 * about where a 5xx came from or whether the backend had answered a client that gave up: those
 * lines count as "not logged", as Traefik's unparsable {@code OriginStatus} does. Microsoft's
 * {@code "-"} and a missing {@code serverStatus} still say the backend gave no answer.
 */
class UnparsedServerStatusOriginTest {

    private static String line(int second, int status, String serverStatus, String errorInfo) {
        return "{\"timeStamp\":\"2026-12-01T10:00:0" + second + "+00:00\","
                + "\"operationName\":\"ApplicationGatewayAccess\","
                + "\"category\":\"ApplicationGatewayAccessLog\",\"properties\":{"
                + "\"httpMethod\":\"GET\",\"originalRequestUriWithArgs\":\"/x\","
                + "\"requestUri\":\"/x\",\"httpStatus\":" + status + ",\"timeTaken\":0.10" + second
                + (serverStatus == null ? "" : ",\"serverStatus\":\"" + serverStatus + "\"")
                + ",\"error_info\":\"" + errorInfo + "\","
                + "\"transactionId\":\"0000000000000000000000000000000" + second + "\"}}\n";
    }

    private static byte[] log(String serverStatus) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            sb.append(line(i, 502, serverStatus, "ERRORINFO_NO_ERROR"));
            sb.append(line(i, 499, serverStatus, "ERRORINFO_CLIENT_CLOSED_REQUEST"));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(byte[] log) throws Exception {
        Run run = Run.withStdin(log, "logs", "--json", "--format", "azure-appgw", "-");
        assertThat(run.status).isZero();
        return new ObjectMapper().readTree(run.out);
    }

    @Test
    void aServerStatusThatIsNoStatusCodeLeavesTheOriginNotLogged() throws Exception {
        Run run = Run.withStdin(log("unknown"), "logs", "--format", "azure-appgw", "-");
        assertThat(run.status).isZero();
        assertThat(run.out)
                .as("nothing in the log says the gateway made the 502s")
                .doesNotContain("from Azure Application Gateway itself", "0 of 3 give-ups");

        JsonNode json = json(log("unknown"));
        assertThat(json.get("unparsed").asLong()).isZero();
        JsonNode errors = json.get("serverErrors");
        assertThat(errors.get("count").asLong()).isEqualTo(3);
        assertThat(errors.get("fromProxy").asLong()).isZero();
        assertThat(errors.get("originNotLogged").asLong()).isEqualTo(3);
        assertThat(json.get("clientGaveUp").get("backendLogged").asLong()).isZero();
    }

    @Test
    void aDashOrNoServerStatusStillMeansTheBackendGaveNoAnswer() throws Exception {
        for (String none : new String[] {"-", null}) {
            JsonNode errors = json(log(none)).get("serverErrors");
            assertThat(errors.get("fromProxy").asLong()).as("serverStatus %s", none).isEqualTo(3);
            assertThat(errors.get("originNotLogged").asLong()).as("serverStatus %s", none).isZero();
        }
    }
}
