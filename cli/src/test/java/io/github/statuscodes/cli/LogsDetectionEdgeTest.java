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

/** Auto-detection on logs whose first lines tell little: over-long, blank, or none. */
class LogsDetectionEdgeTest {
    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aFirstLineLongerThanTheSampleIsSkippedAndTheRestDetected() throws IOException {
        List<String> caddy = Fixtures.lines("caddy.log");
        List<String> lines = new ArrayList<>();
        lines.add("{\"ts\":1.0,\"request\":{\"method\":\"GET\",\"uri\":\"/\",\"headers\":{\"X\":[\""
                + "a".repeat(70_000) + "\"]}},\"duration\":0.001,\"status\":200}");
        lines.addAll(caddy);
        Run run = Run.of("logs", write("caddylong.log", lines).toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("(format caddy): " + lines.size() + " lines, "
                + lines.size() + " parsed, 0 not parsed");
    }

    @Test
    void aLongTimedLineFirstStillGivesTimed() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(LogsCommandTest.timed("GET /" + "b".repeat(70_000), 200, 0.1, "200"));
        for (int i = 0; i < 5; i++) {
            lines.add(LogsCommandTest.timed("GET /x/" + i, 499, 2.0, "-"));
        }
        Run run = Run.of("logs", write("long.log", lines).toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("(format timed): 6 lines, 6 parsed");
    }

    @Test
    void onlyOverLongLinesCannotBeToldAndSaySo() throws IOException {
        Path log = write("allLong.log", List.of("x".repeat(70_000), "y".repeat(70_000)));
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("statuscodes: cannot tell the format of")
                .contains("first 50 lines", "under 64 KB");
    }

    @Test
    void emptyAndBlankLogsNameNoFormat() throws IOException {
        Path empty = write("empty.log", List.of());
        Path blank = write("blank.log", List.of("", "  ", ""));
        Run run = Run.of("logs", empty.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("empty.log (format none (empty)): 0 lines").doesNotContain("alb");
        Run json = Run.of("logs", "--json", blank.toString());
        assertThat(json.status).isZero();
        assertThat(json.out).doesNotContain("\"alb\"").contains("\"none (empty)\"");
        Run stdin = Run.withStdin(new byte[0], "logs", "-");
        assertThat(stdin.out).contains("(stdin) (format none (empty))");
    }

    @Test
    void anEmptyFileBesideATimedOneKeepsNginxsReport() throws IOException, Exception {
        Path empty = write("empty.log", List.of());
        Path timed = Fixtures.file("timed.log", dir);
        JsonNode alone = new ObjectMapper().readTree(Run.of("logs", "--json", timed.toString()).out);
        JsonNode both = new ObjectMapper().readTree(
                Run.of("logs", "--json", empty.toString(), timed.toString()).out);
        assertThat(both.get("serverErrors")).isEqualTo(alone.get("serverErrors"));
        assertThat(both.get("codes")).isEqualTo(alone.get("codes"));
    }
}
