package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --log-format} (or an nginx {@code --format}) whose variables never hold a value of
 * their kind: every such variable is named with an escaped sample, and a file of which no line
 * parses ends the run with exit status 2 and one line on stderr.
 */
class FieldsNeverParsedTest {
    private static final String FORMAT = "[$time_local] $status $request_time \"$request\"";

    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void namesATimeThatNeverParsedWithASample() throws IOException {
        Path log = write("local.log", List.of(
                "[yesterday at noon] 200 0.120 \"GET /a HTTP/1.1\"",
                "[yesterday at one] 499 5.000 \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", FORMAT, log.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("2 lines, 2 parsed", "never parsed: " + log
                + ": $time_local never held a time such as 01/Dec/2026:10:00:00 +0000 (2 lines,"
                + " e.g. \"yesterday at noon\")").doesNotContain("$status never", "$request_time");
    }

    @Test
    void theHtmlPageNamesTheFieldsThatNeverParsedToo() throws IOException {
        Path log = write("page.log", List.of(
                "[yesterday at noon] 200 0.120 \"GET /a HTTP/1.1\"",
                "[yesterday at one] 499 5.000 \"GET /a HTTP/1.1\""));
        Path html = dir.resolve("page.html");
        Run run = Run.of("logs", "--log-format", FORMAT, "--html", html.toString(),
                log.toString());
        assertThat(run.status).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<dt>Never parsed</dt><dd>" + log
                + ": $time_local never held a time such as 01/Dec/2026:10:00:00 +0000 (2 lines,");
        Path fine = write("fine.log", List.of("[01/Dec/2026:10:00:00 +0000] 200 0.120"
                + " \"GET /a HTTP/1.1\""));
        Run clean = Run.of("logs", "--log-format", FORMAT, "--html", html.toString(),
                fine.toString());
        assertThat(clean.status).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).doesNotContain("Never parsed");
    }

    @Test
    void namesTheDurationAndTheTimeTogether() throws IOException {
        Path log = write("both.log", List.of(
                "[today] 200 fast \"GET /a HTTP/1.1\"",
                "[today] 499 slow \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", FORMAT, "--json", log.toString());
        assertThat(run.status).isZero();
        JsonNode never = json(run.out).get("neverParsed");
        assertThat(never).hasSize(2);
        assertThat(never.get(0).asText()).isEqualTo(log + ": $time_local never held a time such"
                + " as 01/Dec/2026:10:00:00 +0000 (2 lines, e.g. \"today\")");
        assertThat(never.get(1).asText()).isEqualTo(log + ": $request_time never held a number of"
                + " seconds (2 lines, e.g. \"fast\")");
    }

    @Test
    void aFileOfWhichNoLineParsesEndsWithExit2NamingTheStatus() throws IOException {
        Path log = write("status.log", List.of(
                "[01/Dec/2026:10:00:00 +0000] OK 0.120 \"GET /a HTTP/1.1\"",
                "[01/Dec/2026:10:00:01 +0000] \u001b[31mGONE 5.000 \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", FORMAT, log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).contains("no line of \"" + log + "\" parses as format log_format"
                + " (2 lines): $status never held a status code (2 lines, e.g. \"OK\")",
                "give the log_format line").doesNotContain("\u001b", "$request_time never",
                "$time_local never");
    }

    @Test
    void theSampleIsEscaped() throws IOException {
        Path log = write("escape.log", List.of(
                "[01/Dec/2026:10:00:00 +0000] \u001b[31m 0.120 \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", FORMAT, log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("$status never held a status code (1 line, e.g."
                + " \"\\x1b[31m\")").doesNotContain("\u001b");
    }

    @Test
    void aLayoutThatNeverMatchesSaysSoAndShowsTheFirstLine() throws IOException {
        Path log = write("layout.log", List.of("200 GET /a 0.120", "499 GET /a 5.000"));
        Run run = Run.of("logs", "--log-format", FORMAT, log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("(2 lines): its lines do not have the layout of the format",
                "the first: 200 GET /a 0.120");
    }

    @Test
    void aNamedFormatOfWhichNoLineParsesEndsWithExit2() throws IOException {
        Path log = write("nginx.log", List.of(LogsCommandTest.timed("GET /a", 200, 0.1, "200")));
        Run run = Run.of("logs", "--format", "haproxy", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("no line of \"" + log + "\" parses as format haproxy (1 line);"
                + " the first: 10.0.0.1 - - [01/Dec/2026", "give the --format or --log-format");
    }

    @Test
    void oneFileThatParsesDoesNotExcuseAnotherThatDoesNot() throws IOException {
        Path good = write("good.log", List.of(LogsCommandTest.timed("GET /a", 200, 0.1, "200")));
        Path bad = write("bad.log", List.of("not a line of any format"));
        Run run = Run.of("logs", "--format", "timed", good.toString(), bad.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("no line of \"" + bad + "\" parses as format timed (1 line)");
    }

    @Test
    void anEmptyFileOrOneOfHeadersStillReports() throws IOException {
        Path empty = write("empty.log", List.of("", "   "));
        Run run = Run.of("logs", "--log-format", FORMAT, empty.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("0 parsed");
    }

    @Test
    void aFormatThatParsesNamesNothing() throws IOException {
        Path log = write("fine.log", List.of(
                "[01/Dec/2026:10:00:00 +0000] 200 0.120 \"GET /a HTTP/1.1\"",
                "[01/Dec/2026:10:00:01 +0000] 499 - \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", FORMAT, log.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).doesNotContain("never parsed");
    }

    private static JsonNode json(String s) throws IOException {
        return new ObjectMapper().readTree(s);
    }
}
