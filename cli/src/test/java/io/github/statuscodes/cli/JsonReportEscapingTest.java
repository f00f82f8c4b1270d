package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code logs --json} escapes what the text report escapes, and stays the same JSON. */
class JsonReportEscapingTest {
    @Test
    void c1ControlsAndBidiOverridesAreEscaped() throws Exception {
        byte[] log = ("1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET /a/\u009bm/\u202eRLO\u200b"
                + " HTTP/1.1\" 499 0 \"-\" \"ua\"\n").getBytes(StandardCharsets.UTF_8);
        Run run = Run.withStdin(log, "logs", "--json", "-");
        assertThat(run.status).isZero();
        assertThat(run.out).doesNotContain("\u009b", "\u202e", "\u200b")
                .contains("\\u009bm/\\u202eRLO\\u200b");
        assertThat(new ObjectMapper().readTree(run.out).get("clientGone").get(0)
                .get("endpoint").asText()).isEqualTo("GET /a/\u009bm/\u202eRLO\u200b");
    }
}
