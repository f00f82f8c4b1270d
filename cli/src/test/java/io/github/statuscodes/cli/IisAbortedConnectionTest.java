package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IIS line with {@code sc-win32-status} 1236 (the connection was aborted by the local system)
 * is not a client that gave up, but its response did not arrive either: it must not count as a
 * successful request, whose durations the give-ups are measured against.
 */
class IisAbortedConnectionTest {
    private static final String LINE = "2026-12-01 10:00:00 10.0.0.1 GET /a - 443 - 1.2.3.4 ua -"
            + " 200 0 %d %d";

    @TempDir
    Path dir;

    @Test
    void aConnectionIisAbortedIsNotCountedAsASuccessfulRequest() throws IOException {
        List<String> lines = new ArrayList<>(List.of("#Software: Microsoft Internet Information"
                + " Services 10.0", "#Fields: " + IisFormat.DEFAULT_FIELDS));
        for (int i = 1; i <= 50; i++) {
            lines.add(String.format(LINE, 0, 100 + i * 10)); // 50 answered in 0.11..0.6 s
        }
        for (int i = 0; i < 20; i++) {
            lines.add(String.format(LINE, 64, 60_000)); // 20 clients gave up at 60 s
        }
        for (int i = 0; i < 5; i++) {
            lines.add(String.format(LINE, 1236, 61_000)); // 5 connections IIS aborted
        }
        Path log = dir.resolve("iis.log");
        Files.writeString(log, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        Run run = Run.of("logs", "--json", log.toString());
        assertThat(run.status).isZero();
        JsonNode gone = new ObjectMapper().readTree(run.out).get("clientGone").get(0);
        assertThat(gone.get("count").asInt()).isEqualTo(20);
        assertThat(gone.get("successful").get("count").asInt())
                .as("the 5 aborted connections delivered no response").isEqualTo(50);
        assertThat(gone.get("successful").get("p95Seconds").asDouble()).isLessThan(1.0);
    }
}
