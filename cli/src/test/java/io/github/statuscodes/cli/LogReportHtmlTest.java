package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
