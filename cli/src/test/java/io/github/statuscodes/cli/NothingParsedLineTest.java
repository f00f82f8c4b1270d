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
    @Test
    void aBidiOverrideInAFileNameIsEscapedOnStderr() throws IOException {
        Path log = write("evil\u202egol.txt", List.of("not a line of any format"));
        Run run = Run.of("logs", "--format", "alb", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("evil\\u202egol.txt").doesNotContain("\u202e");
        Run missing = Run.of("logs", dir.resolve("gone\u202e\u2066.log").toString());
        assertThat(missing.status).isEqualTo(2);
        assertThat(missing.err).startsWith("statuscodes: no such file: ")
                .contains("gone\\u202e\\u2066.log").doesNotContain("\u202e", "\u2066");
    }

    @Test
    void aGzipCutShortWhoseLinesAllFailToParseGivesOneLine() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("not a log line ").append(i * 7919L % 100_003).append('\n');
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path gz = dir.resolve("junk.log.gz");
        Files.write(gz, java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        Run run = Run.of("logs", "--format", "timed", gz.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err.lines()).as(run.err).hasSize(1);
        assertThat(run.err).contains("no line of \"" + gz + "\" parses as format timed",
                "then compressed data ends early");
    }
}
