package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one stderr line for a file of which no line parses: safe for a terminal whatever the file
 * is called, and showing the file's own first line however many files came before it.
 */
class NothingParsedLineTest {
    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aFileNameWithAColonAndAnEscapeSequenceNeverReachesTheTerminal() throws IOException {
        Path log = write("x: \u001b]0;PWNED\u0007.log", List.of("not a line of any format"));
        Run run = Run.of("logs", "--format", "alb", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).contains("the first: not a line of any format")
                .doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aFileNameWithAColonAndAnEscapeSequenceIsEscapedForANginxFormatToo() throws IOException {
        Path log = write("y: \u001b[31m.log", List.of("not a line of any format"));
        Run run = Run.of("logs", "--format", "timed", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).doesNotContain("\u001b");
    }

    @Test
    void theFirstLineIsShownEvenWhenEarlierFilesFilledTheUnparsedExamples() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LogAnalysis.MAX_EXAMPLES; i++) {
            lines.add("# comment " + i);
        }
        lines.add(LogsCommandTest.timed("GET /a", 200, 0.1, "200"));
        Path first = write("first.log", lines);
        Path bad = write("bad.log", List.of("the first line of bad.log"));
        Run alone = Run.of("logs", "--format", "alb", bad.toString());
        assertThat(alone.err).contains("the first: the first line of bad.log");
        Run run = Run.of("logs", "--format", "timed", first.toString(), bad.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("no line of \"" + bad + "\" parses as format timed",
                "the first line of bad.log");
    }
}
