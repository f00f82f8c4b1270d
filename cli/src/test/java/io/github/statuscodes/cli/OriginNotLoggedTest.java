package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines that do not log the backend's status: neither origin of a 5xx, nor work thrown away. */
class OriginNotLoggedTest {
    private static byte[] combinedWithRequestTimeOnly() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            sb.append("1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 502 0 \"-\""
                    + " \"ua\" 1.00").append(i).append('\n');
            sb.append("1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 499 0 \"-\""
                    + " \"ua\" 10.00").append(i).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void requestTimeOnlyClaimsNoOriginAndNoWorkThrownAway() throws Exception {
        Run run = Run.withStdin(combinedWithRequestTimeOnly(), "logs", "-");
        assertThat(run.status).isZero();
        assertThat(run.out).contains("(format combined-times)",
                "5xx: 3 (50 %): where they came from is not logged",
                "Work thrown away: not logged")
                .doesNotContain("from the upstream", "0 of 3 give-ups");
        JsonNode json = new ObjectMapper().readTree(
                Run.withStdin(combinedWithRequestTimeOnly(), "logs", "--json", "-").out);
        JsonNode errors = json.get("serverErrors");
        assertThat(errors.get("fromBackend").asLong() + errors.get("fromProxy").asLong()
                + errors.get("originNotLogged").asLong()).isEqualTo(errors.get("count").asLong());
        assertThat(errors.get("originNotLogged").asLong()).isEqualTo(3);
        assertThat(json.get("clientGaveUp").get("backendLogged").asLong()).isZero();
    }

    @Test
    void traefikJsonWithoutOriginStatusCountsItAsNotLogged() {
        String head = "{\"RequestMethod\":\"GET\",\"RequestPath\":\"/x\",\"Duration\":1000000,"
                + "\"StartUTC\":\"2026-12-01T10:00:00Z\",\"DownstreamStatus\":";
        String log = head + "502,\"OriginStatus\":502}\n" + head + "502}\n"
                + head + "502,\"OriginStatus\":\"x\"}\n";
        Run run = Run.withStdin(log.getBytes(StandardCharsets.UTF_8), "logs", "--format",
                "traefik-json", "-");
        assertThat(run.out).contains("3 lines, 3 parsed",
                "5xx: 3 (100 %): 1 from the upstream, 0 from Traefik Proxy itself, 2 not logged");
    }
}
