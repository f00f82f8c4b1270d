package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logs --html}: the file it writes, its size, and the command line around it. */
class LogReportHtmlTest {
    @TempDir
    Path dir;

    /**
     * 300 endpoints, each with 3 kinds of give-up (499 at a timeout of its own, 408, 504 is no
     * give-up), successes spread over a day: the worst drawn in full, the rest in the table.
     */
    @Test
    void threeHundredEndpointsMakeAReportUnder300Kilobytes() throws Exception {
        List<String> lines = new ArrayList<>();
        Instant t = HtmlReportLogs.START;
        for (int e = 0; e < 300; e++) {
            String path = "/service/" + Integer.toString(e, 26).replaceAll("[0-9]", "q") + "x/item";
            for (int i = 0; i < 40; i++) {
                t = t.plusSeconds(7);
                lines.add(HtmlReportLogs.timed(t, "GET", path, 200, 0.01 * (i + 1) * (e % 7 + 1),
                        "agent"));
            }
            for (int i = 0; i < 5 + e % 11; i++) {
                lines.add(HtmlReportLogs.timed(t.plusSeconds(i * 300L), "GET", path, 499,
                        1 + e % 13 + i * 0.001, "agent"));
                lines.add(HtmlReportLogs.timed(t.plusSeconds(i * 600L), "GET", path, 408,
                        60, "agent"));
            }
        }
        Path log = HtmlReportLogs.write(dir, "many.log", lines);
        Path html = dir.resolve("many.html");
        Run run = Run.of("logs", "--html", html.toString(), log.toString());
        assertThat(run.status).as(run.err).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(Files.size(html)).isLessThan(300 * 1024);
        assertThat(HtmlProperties.count(page, "<figure class=\"finding\"")).isEqualTo(
                LogReportHtml.FULL);
        assertThat(HtmlProperties.count(page, "<tr>")).isGreaterThan(LogReport.MAX_FINDINGS
                - LogReportHtml.FULL);
        assertThat(run.out).startsWith("statuscodes logs: ");
    }

    @Test
    void htmlDoesNotChangeTheJsonOrTheText() throws Exception {
        Path log = HtmlReportLogs.write(dir, "demo.log", HtmlReportLogs.demo());
        String html = dir.resolve("r.html").toString();
        assertThat(Run.of("logs", "--json", "--html", html, log.toString()).out)
                .isEqualTo(Run.of("logs", "--json", log.toString()).out);
        assertThat(Run.of("logs", "--html", html, log.toString()).out)
                .isEqualTo(Run.of("logs", log.toString()).out);
    }

    @Test
    void aReportOfNoLinesSaysSo() throws Exception {
        Path log = HtmlReportLogs.write(dir, "empty.log", List.of());
        Path html = dir.resolve("empty.html");
        assertThat(Run.of("logs", "--format", "timed", "--html", html.toString(),
                log.toString()).status).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("No client gave up and no 5xx in 0 parsed lines.")
                .contains("no timestamps in the log").contains("No 5xx in the log.");
    }

    @Test
    void htmlWithAthenaOrWithoutAFileIsAnError() {
        Run athena = Run.of("logs", "--athena", "--html", "x.html");
        assertThat(athena.status).isEqualTo(2);
        assertThat(athena.err).contains("--athena").contains("--html");
        Run none = Run.of("logs", "--html");
        assertThat(none.status).isEqualTo(2);
        assertThat(none.err).contains("--html needs a value");
        Run empty = Run.of("logs", "--html=", "a.log");
        assertThat(empty.status).isEqualTo(2);
        assertThat(empty.err).contains("--html takes the file to write");
    }

    @Test
    void anUnwritableFileIsAnErrorNamingIt() throws Exception {
        Path log = HtmlReportLogs.write(dir, "demo.log", HtmlReportLogs.demo());
        String target = dir.resolve("no-such-dir").resolve("r.html").toString();
        Run run = Run.of("logs", "--html", target, log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("cannot write").contains("no-such-dir");
    }

    @Test
    void anInputLogIsNeverOverwrittenEvenThroughASymlink() throws Exception {
        Path log = HtmlReportLogs.write(dir, "a.log", HtmlReportLogs.demo());
        Path other = HtmlReportLogs.write(dir, "b.log", HtmlReportLogs.demo());
        byte[] before = Files.readAllBytes(log);
        Run same = Run.of("logs", "--html", log.toString(), log.toString());
        assertThat(same.status).isEqualTo(2);
        assertThat(same.err).contains("is the input log").contains("a.log");
        Run second = Run.of("logs", "--html", other.toString(), log.toString(), other.toString());
        assertThat(second.status).isEqualTo(2);
        assertThat(second.err).contains("b.log");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), log);
        Run viaLink = Run.of("logs", "--html", link.toString(), log.toString());
        assertThat(viaLink.status).isEqualTo(2);
        Run dotted = Run.of("logs", "--html", dir.resolve(".").resolve("a.log").toString(),
                log.toString());
        assertThat(dotted.status).isEqualTo(2);
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
        assertThat(Files.readAllBytes(other)).isEqualTo(Files.readAllBytes(log));
    }

    @Test
    void anExistingReportIsReplacedWholeAndNoTemporaryFileStays() throws Exception {
        Path log = HtmlReportLogs.write(dir, "demo.log", HtmlReportLogs.demo());
        Path html = dir.resolve("r.html");
        Files.writeString(html, "old report that is longer than nothing");
        Run run = Run.of("logs", "--html", html.toString(), log.toString());
        assertThat(run.status).as(run.err).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("demo.log", "r.html");
        }
    }

    @Test
    void aBadTargetIsRefusedBeforeAnyLogIsRead() throws Exception {
        Path missing = dir.resolve("not-read.log");
        Run directory = Run.of("logs", "--html", dir.toString(), missing.toString());
        assertThat(directory.status).isEqualTo(2);
        assertThat(directory.err).contains("is a directory").doesNotContain("no such file");
        Run noDir = Run.of("logs", "--html", dir.resolve("nodir").resolve("x.html").toString(),
                missing.toString());
        assertThat(noDir.status).isEqualTo(2);
        assertThat(noDir.err).contains("no such directory").contains("nodir")
                .doesNotContain("no such file");
    }

    @Test
    void standardOutputAndAnOptionWordAreNoFileName() throws Exception {
        Path log = HtmlReportLogs.write(dir, "demo.log", HtmlReportLogs.demo());
        Run dash = Run.of("logs", "--html", "-", log.toString());
        assertThat(dash.status).isEqualTo(2);
        assertThat(dash.err).contains("--html writes a file, not standard output");
        Run option = Run.of("logs", "--html", "--json", log.toString());
        assertThat(option.status).isEqualTo(2);
        assertThat(option.err).contains("not the option").contains("--json");
        assertThat(Files.exists(Path.of("-"))).isFalse();
        assertThat(Files.exists(Path.of("--json"))).isFalse();
    }

    /** 200 successes of 600 to 3,585 s and 40 give-ups at 900 s, all in one minute. */
    @Test
    void theTimeChartsP95OfLongRequestsAgreesWithTheDurations() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(HtmlReportLogs.timed(HtmlReportLogs.START, "GET", "/ws", 200, 600 + i * 15,
                    "agent"));
        }
        for (int i = 0; i < 40; i++) {
            lines.add(HtmlReportLogs.timed(HtmlReportLogs.START, "GET", "/ws", 499, 900, "agent"));
        }
        Path log = HtmlReportLogs.write(dir, "long.log", lines);
        Path html = dir.resolve("long.html");
        Run run = Run.of("logs", "--html", html.toString(), log.toString());
        assertThat(run.status).as(run.err).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("p95 of successful requests per bucket ([0-9.]+) s").matcher(page);
        assertThat(m.find()).as("caption with the p95").isTrue();
        // the true p95 is 3,435 s; a class is at most 19 % wide
        assertThat(Double.parseDouble(m.group(1))).isBetween(3435 / 1.19, 3435 * 1.19);
        assertThat(page).doesNotContain("516.1 s");
    }

    /** 300 endpoints with 10 give-ups each: 200 of them beyond what any output keeps. */
    @Test
    void findingsLeftOutAndAnOverflowingCapAreStatedInEveryOutput() throws Exception {
        List<String> lines = new ArrayList<>();
        Instant t = HtmlReportLogs.START;
        for (int e = 0; e < 300; e++) {
            String path = "/api/e" + e;
            for (int i = 0; i < 20; i++) {
                lines.add(HtmlReportLogs.timed(t, "GET", path, 200, 0.1 + i * 0.01, "agent"));
            }
            for (int i = 0; i < 10; i++) {
                lines.add(HtmlReportLogs.timed(t, "GET", path, 499, 10, "agent"));
            }
            t = t.plusSeconds(5);
        }
        Path log = HtmlReportLogs.write(dir, "e300.log", lines);
        Path html = dir.resolve("e300.html");
        Run run = Run.of("logs", "--html", html.toString(), log.toString());
        assertThat(run.status).as(run.err).isZero();
        String sentence = "200 more endpoints and kinds with give-ups (2,000 give-ups) are left"
                + " out of every output";
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<dt>Left out</dt>")
                .contains(sentence);
        assertThat(run.out).contains(sentence).contains("90 more (--json lists all 100)")
                .doesNotContain("lists them all");
        JsonNode root = HtmlProperties.JSON.readTree(Run.of("logs", "--json", log.toString()).out);
        assertThat(root.get("clientGone").size()).isEqualTo(LogReport.MAX_FINDINGS);
        assertThat(root.get("clientGoneLeftOut").get("entries").asInt()).isEqualTo(200);
        assertThat(root.get("clientGoneLeftOut").get("count").asLong()).isEqualTo(2000);

        Run capped = Run.of("logs", "--max-endpoints", "50", "--html", html.toString(),
                log.toString());
        assertThat(capped.status).as(capped.err).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<dt>Endpoints</dt>")
                .contains("More than 50 endpoints: the rest are counted together as"
                        + " (other endpoints)")
                .doesNotContain("<dt>Left out</dt>");
    }

    @Test
    void theCspHashIsTheSha256OfTheScriptAsWritten() throws Exception {
        Path log = HtmlReportLogs.write(dir, "demo.log", HtmlReportLogs.demo());
        Path html = dir.resolve("r.html");
        Run.of("logs", "--html", html.toString(), log.toString());
        String page = Files.readString(html);
        int from = page.lastIndexOf("<script>") + "<script>".length();
        String script = page.substring(from, page.indexOf("</script>", from));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("script-src 'sha256-"
                + java.util.Base64.getEncoder().encodeToString(digest) + "';");
        assertThat(page).contains("default-src 'none'");
    }
}
