package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An {@code $upstream_status} that never held a status code tells nothing about where a 5xx came
 * from or whether the backend had answered a client that gave up: those lines count as "not
 * logged", as Traefik's unparsable {@code OriginStatus} does, never as made by nginx itself.
 */
class UnparsedUpstreamStatusOriginTest {
    private static final String FORMAT =
            "$remote_addr [$time_local] \"$request\" $status $request_time $upstream_status";

    private static byte[] log() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            sb.append("1.2.3.4 [01/Dec/2026:10:00:0").append(i)
                    .append(" +0000] \"GET /x HTTP/1.1\" 502 0.10").append(i).append(" x\n");
            sb.append("1.2.3.4 [01/Dec/2026:10:00:0").append(i)
                    .append(" +0000] \"GET /x HTTP/1.1\" 499 1.00").append(i).append(" x\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUpstreamStatusThatNeverParsesLeavesTheOriginNotLogged() throws Exception {
        Run run = Run.withStdin(log(), "logs", "--log-format", FORMAT, "-");
        assertThat(run.status).isZero();
        assertThat(run.out).contains("$upstream_status never held a status code (6 lines");
        assertThat(run.out)
                .as("the report just said $upstream_status never parsed")
                .doesNotContain("3 from nginx itself", "0 of 3 give-ups");

        JsonNode json = new ObjectMapper().readTree(
                Run.withStdin(log(), "logs", "--json", "--log-format", FORMAT, "-").out);
        JsonNode errors = json.get("serverErrors");
        assertThat(errors.get("count").asLong()).isEqualTo(3);
        assertThat(errors.get("fromProxy").asLong()).isZero();
        assertThat(errors.get("originNotLogged").asLong()).isEqualTo(3);
        assertThat(json.get("clientGaveUp").get("backendLogged").asLong()).isZero();
    }

    @Test
    void theTimedFormatReadsAnUnparsableUsTheSameWay() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            sb.append("1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 502 5 \"-\""
                    + " \"ua\" rt=0.1 urt=\"0.1\" us=\"x\"\n");
        }
        JsonNode json = new ObjectMapper().readTree(Run.withStdin(
                sb.toString().getBytes(StandardCharsets.UTF_8), "logs", "--json", "--format",
                "timed", "-").out);
        assertThat(json.get("neverParsed").toString()).contains("$upstream_status");
        assertThat(json.get("serverErrors").get("fromProxy").asLong()).isZero();
        assertThat(json.get("serverErrors").get("originNotLogged").asLong()).isEqualTo(3);
    }
}
