package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trino.sql.parser.SqlParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsCommandTest {
    @TempDir
    Path dir;

    static String timed(String request, int status, double seconds, String upstreamStatus) {
        return String.format(Locale.ROOT, "10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"%s"
                + " HTTP/1.1\" %d 10 \"-\" \"test\" rt=%.3f urt=\"%s\" us=\"%s\"", request, status,
                seconds, upstreamStatus.equals("-") ? "-" : String.format(Locale.ROOT, "%.3f",
                        seconds), upstreamStatus);
    }

    /**
     * GET /report/{id}: 40 clients gave up at 10.0 s (± 20 ms), 10 at scattered times; 100
     * successes at 2.00, 2.12, ... 13.88 s. GET /search: 20 499s spread from 1 to 20 s. Two junk
     * lines (3 and 7), and 5xx: 3 502 from nginx itself (GET), 2 503 from the upstream (POST).
     */
    static List<String> plantedLog() {
        Random r = new Random(1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(timed("GET /report/" + (1000 + i) + "?format=pdf", 499,
                    9.98 + r.nextInt(41) / 1000.0, "-"));
        }
        for (int i = 0; i < 10; i++) {
            lines.add(timed("GET /report/" + i, 499, 1 + i * 2.9, "-"));
        }
        for (int i = 0; i < 100; i++) {
            lines.add(timed("GET /report/" + (5000 + i), 200, 2 + 0.12 * i, "200"));
        }
        for (int i = 0; i < 20; i++) {
            lines.add(timed("GET /search?q=" + i, 499, 1 + i, "-"));
        }
        for (int i = 0; i < 3; i++) {
            lines.add(timed("GET /api/items/" + i, 502, 0.01, "-"));
        }
        for (int i = 0; i < 2; i++) {
            lines.add(timed("POST /api/items", 503, 0.01, "503"));
        }
        lines.add(2, "this is not an access log line");
        lines.add(6, "\u0001\u0002 binary junk");
        return lines;
    }

    Path write(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aSingleGiveUpEndedAtItsDurationNotBetweenTwoEqualValues() throws IOException {
        Path log = write("one.log", List.of(
                "10.0.0.1 - - [06/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 499 0 \"-\" \"curl\""
                        + " rt=1.000 urt=\"-\" us=\"-\"",
                "10.0.0.1 - - [06/Dec/2026:10:00:01 +0000] \"GET /x HTTP/1.1\" 200 5 \"-\" \"curl\""
                        + " rt=0.100 urt=\"0.100\" us=\"200\""));
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("the one 499 on GET /x ended at 1.00 s")
                .doesNotContain("ended between");
    }

    @Test
    void anEmptyLogSaysItHasNoStatusCodesInsteadOfAnEmptyHeading() throws IOException {
        Path log = dir.resolve("empty.log");
        Files.writeString(log, "", StandardCharsets.UTF_8);
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("Status codes: none")
                .doesNotContainPattern("(?m)^Status codes$");
    }

    @Test
    void findsTheClientTimeoutAndSetsItAgainstTheSuccessfulDurations() throws IOException {
        Path log = write("access.log", plantedLog());
        Run run = Run.of("logs", log.toString());
        assertThat(run.err).isEmpty();
        assertThat(run.status).isZero();
        // 40 of 50 = 80 %; successes >= 9.95 s: 2 + 0.12 i >= 9.95 for i = 67..99, 33 of 100
        assertThat(run.out).contains("(format timed): 177 lines, 175 parsed, 2 not parsed",
                "80 % of the 499s on GET /report/{id} ended at 10.0 s ± 0.05 s;"
                        + " successful GET /report/{id} took p50 7.8",
                "a client with a 10 s timeout gives up on the slowest 33 %",
                "the 499s on GET /search ended between 1.0",
                "no single timeout stands out",
                "not parsed: " + log + ":3: this is not an access log line",
                "not parsed: " + log + ":7: \\x01\\x02 binary junk");
        assertThat(run.out).contains("499  Client Closed Request", "log-only",
                "retryable: no (AFTER_CLIENT_ACTION)");
        // 3 x 502 GET from nginx (no upstream status) and 2 x 503 POST from the upstream; the
        // registry retries 502 for GET (idempotent) and 503 for any method: 5 of 5.
        assertThat(run.out).contains("5xx: 5 (3 %): 2 from the upstream, 3 from nginx itself;"
                + " 5 (100 %) retryable");
    }

    @Test
    void printsTheSameAnalysisAsJson() throws IOException {
        Path log = write("access.log", plantedLog());
        Run run = Run.of("logs", "--json", log.toString());
        assertThat(run.status).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.get("format").asText()).isEqualTo("timed");
        assertThat(root.get("parsed").asLong()).isEqualTo(175);
        assertThat(root.get("unparsed").asLong()).isEqualTo(2);
        long sum = 0;
        for (JsonNode c : root.get("codes")) {
            sum += c.get("count").asLong();
        }
        assertThat(sum).isEqualTo(175);
        JsonNode report = root.get("clientGone").get(0);
        assertThat(report.get("endpoint").asText()).isEqualTo("GET /report/{id}");
        assertThat(report.get("code").asInt()).isEqualTo(499);
        assertThat(report.get("count").asLong()).isEqualTo(50);
        assertThat(report.get("cluster").get("seconds").asDouble()).isCloseTo(10.0, within(0.03));
        assertThat(report.get("cluster").get("count").asLong()).isEqualTo(40);
        // rank 50 of 100 successes: 2 + 0.12 * 49 = 7.88 s; rank 95: 2 + 0.12 * 94 = 13.28 s
        assertThat(report.get("successful").get("p50Seconds").asDouble())
                .isCloseTo(7.88, within(0.02));
        assertThat(report.get("successful").get("p95Seconds").asDouble())
                .isCloseTo(13.28, within(0.04));
        JsonNode search = root.get("clientGone").get(1);
        assertThat(search.get("endpoint").asText()).isEqualTo("GET /search");
        assertThat(search.get("cluster").isNull()).isTrue();
        assertThat(root.get("serverErrors").get("fromProxy").asLong()).isEqualTo(3);
        assertThat(root.get("serverErrors").get("fromBackend").asLong()).isEqualTo(2);
    }

    @Test
    void readsGzipAndStandardInputAlike() throws IOException {
        List<String> lines = plantedLog();
        Path gz = dir.resolve("access.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Run fromGz = Run.of("logs", gz.toString());
        Run fromStdin = Run.withStdin(Files.readAllBytes(gz), "logs", "-");
        assertThat(fromGz.status).isZero();
        assertThat(fromGz.out).contains("177 lines, 175 parsed");
        assertThat(fromStdin.out.replace("(stdin)", gz.toString())).isEqualTo(fromGz.out);
    }

    @Test
    void explainsAnAlbLog() throws IOException {
        List<String> lines = new ArrayList<>(AlbFormatTest.awsExamples());
        // 460s on POST /upload/{id}: 6 at 30 s (the client's timeout), 2 of them after the
        // target had answered 200
        for (int i = 0; i < 6; i++) {
            lines.add("https 2026-11-30T10:00:30.00" + i + "000Z app/lb/1 203.0.113.9:5000"
                    + " 10.0.0.5:8080 -1 -1 -1 460 " + (i < 2 ? "200" : "-") + " 120 0"
                    + " \"POST https://api.example.com:443/upload/" + (77 + i) + " HTTP/1.1\""
                    + " \"-\" - - arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/t/1"
                    + " \"Root=1-1\" \"-\" \"-\" 1 2026-11-30T10:00:00.000000Z \"forward\" \"-\""
                    + " \"-\" \"10.0.0.5:8080\" \"-\" \"-\" \"-\" TID_1");
        }
        Path log = write("alb.log", lines);
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("(format alb): 13 lines, 13 parsed, 0 not parsed",
                "460  Client Closed Connection", "AWS Elastic Load Balancing",
                "100 % of the 460s on POST /upload/{id} ended at 30.0 s",
                "ALB: 2 of 6 460s (33 %) came after the target had answered",
                "5xx: 1 (8 %): 0 from the target, 1 from the load balancer");
    }

    @Test
    void failsWithOneLineWhenNoFormatMatches() throws IOException {
        Path log = write("junk.log", List.of("hello", "world"));
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).startsWith("statuscodes: cannot tell the format of \"" + log + "\"");
    }

    @Test
    void readsAUserLogFormat() throws IOException {
        Path log = write("custom.log", List.of(
                "[01/Dec/2026:10:00:00 +0000] 200 0.120 \"GET /a HTTP/1.1\"",
                "[01/Dec/2026:10:00:01 +0000] 499 5.000 \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", "[$time_local] $status $request_time \"$request\"",
                log.toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("2 lines, 2 parsed", "GET /a: 1 × 499");
    }

    @Test
    void rejectsBadOptionsWithExit2() {
        assertThat(Run.of("logs").err).startsWith("statuscodes: logs needs a FILE");
        assertThat(Run.of("logs", "--format", "apache", "x").err)
                .startsWith("statuscodes: unknown log format \"apache\"");
        assertThat(Run.of("logs", "--log-format", "$request_time", "x").err)
                .contains("no $status");
        assertThat(Run.of("logs", "--max-endpoints", "0", "x").err)
                .contains("--max-endpoints takes a number");
        assertThat(Run.of("logs", dir.resolve("missing.log").toString()).err)
                .startsWith("statuscodes: no such file:");
        assertThat(Run.of("logs", "--frob").status).isEqualTo(2);
    }

    @Test
    void capsTheNumberOfEndpoints() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(timed("GET /page" + (char) ('a' + i % 26) + (char) ('a' + i / 26), 200, 0.1,
                    "200"));
        }
        Run run = Run.of("logs", "--json", "--max-endpoints", "10",
                write("many.log", lines).toString());
        JsonNode endpoints = new ObjectMapper().readTree(run.out).get("endpoints");
        assertThat(endpoints.get("distinct").asInt())
                .as("kept endpoints, not the (other endpoints) entry").isEqualTo(10);
        assertThat(endpoints.get("overflowed").asBoolean()).isTrue();
    }

    @Test
    void athenaSqlParsesWithTrinosParser() {
        Run run = Run.of("logs", "--athena", "--table", "mydb.alb_logs");
        assertThat(run.status).isZero();
        List<String> statements = AthenaSql.statements("mydb.alb_logs");
        assertThat(statements).hasSize(4);
        SqlParser parser = new SqlParser();
        for (String sql : statements) {
            assertThat(run.out).contains(sql);
            parser.createStatement(sql.substring(0, sql.lastIndexOf(';')));
        }
        assertThat(run.out).contains("FROM mydb.alb_logs", "elb_status_code = 460",
                "regexp_like(target_status_code, '^[1-9][0-9][0-9]$')");
    }

    @Test
    void athenaSqlForCloudFrontParsesWithTrinosParser() {
        Run run = Run.of("logs", "--athena", "--format", "cloudfront", "--table", "cdn.logs");
        assertThat(run.status).as(run.err).isZero();
        List<String> statements = AthenaCloudFrontSql.statements("cdn.logs");
        assertThat(statements).hasSize(4);
        SqlParser parser = new SqlParser();
        for (String sql : statements) {
            assertThat(run.out).contains(sql);
            parser.createStatement(sql.substring(0, sql.lastIndexOf(';')));
        }
        assertThat(run.out).contains("FROM cdn.logs", "'ClientCommError', 'ClientHungUpRequest'",
                "WHEN sc_status = 0 THEN").doesNotContain("elb_status_code");
        assertThat(Run.of("logs", "--athena", "--format", "cloudfront").out)
                .contains("FROM cloudfront_standard_logs");
        assertThat(Run.of("logs", "--format", "cloudfront", "--athena").out)
                .isEqualTo(Run.of("logs", "--athena", "--format=cloudfront").out);
    }

    @Test
    void athenaKeepsAlbAsTheDefaultAndRefusesOtherFormats() {
        assertThat(Run.of("logs", "--athena").out)
                .isEqualTo(Run.of("logs", "--athena", "--format", "alb").out)
                .contains("FROM alb_access_logs");
        Run run = Run.of("logs", "--athena", "--format", "envoy");
        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("--athena knows the tables AWS documents for alb and"
                + " cloudfront logs, not \"envoy\"");
    }

    @Test
    void detectsEachFileOnItsOwn() throws IOException {
        Path nginx = write("access.log", plantedLog());
        Path alb = write("alb.log", AlbFormatTest.awsExamples());
        Path ingress = write("ingress.log", FormatDetectionProperties.fixture("upstreaminfo"));
        Run run = Run.of("logs", nginx.toString(), alb.toString(), ingress.toString());
        assertThat(run.err).isEmpty();
        // 177 lines (2 junk) + 7 AWS examples + 128 ingress-nginx lines
        assertThat(run.out).contains(nginx + " (format timed), " + alb + " (format alb), "
                + ingress + " (format upstreaminfo): 312 lines, 310 parsed, 2 not parsed");
        assertThat(run.out).contains("499  Client Closed Request");
        assertThat(run.out.lines().filter(l -> l.startsWith("  200  OK"))).hasSize(1);
    }

    @Test
    void namesTheCandidatesOfAnAmbiguousLog() throws IOException {
        List<String> lines = new ArrayList<>(AlbFormatTest.awsExamples().subList(0, 2));
        lines.add(timed("GET /a", 200, 0.1, "200"));
        lines.add(timed("GET /b", 200, 0.1, "200"));
        Path log = write("mixed.log", lines);
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err.lines()).hasSize(1);
        assertThat(run.err).contains("its first lines read equally well as alb and timed;"
                + " give --format alb");
    }

    @Test
    void findsTheTimeoutInAnIngressNginxLog() throws IOException {
        Path log = write("ingress.log", FormatDetectionProperties.fixture("upstreaminfo"));
        Run run = Run.of("logs", log.toString());
        assertThat(run.status).isZero();
        // fixture: 40 x 499 at 30 s on POST /execute/{id}; successes 1 + 44 k / 59 s, k = 0..59,
        // at least 29.93 s for k >= 39: 21 of 60 = 35 %
        assertThat(run.out).contains("(format upstreaminfo): 128 lines, 128 parsed, 0 not parsed",
                "POST /execute/{id}: 40 × 499",
                "100 % of the 499s on POST /execute/{id} ended at 30.0 s",
                "a client with a 30 s timeout gives up on the slowest 35 %",
                "5xx: 5 (4 %): 2 from the upstream, 3 from nginx itself");
    }

    @Test
    void readsCombinedFollowedByUnlabelledTimings() throws IOException {
        Path log = write("main.log", FormatDetectionProperties.fixture("combined-times"));
        Run run = Run.of("logs", "--json", log.toString());
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.get("format").asText()).isEqualTo("combined-times");
        assertThat(root.get("unparsed").asLong()).isZero();
        assertThat(root.get("linesWithDuration").asLong()).isEqualTo(root.get("parsed").asLong());
        JsonNode gone = root.get("clientGone").get(0);
        assertThat(gone.get("endpoint").asText()).isEqualTo("GET /report/{id}");
        assertThat(gone.get("cluster").get("seconds").asDouble()).isCloseTo(10.0, within(0.05));
        assertThat(root.get("serverErrors").get("fromProxy").asLong()).isEqualTo(1);
    }

    @Test
    void escapesEveryControlCharacterFromTheLog() throws IOException {
        String[] paths = {"/a\u001b[31mred", "/b\u001b]0;title\u0007", "/c\u009b31m", "/d\u0000nul",
                "/e\u007fdel", "/f\u202egnp.exe", "/g\u0085nel"};
        List<String> lines = new ArrayList<>();
        for (String p : paths) {
            lines.add(timed("GET " + p, 499, 1.0, "-"));
        }
        Run run = Run.of("logs", write("evil.log", lines).toString());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("GET /a\\x1b[31mred", "/c\\x9b31m", "/d\\x00nul",
                "/e\\x7fdel", "/f\\u202egnp.exe");
        run.out.chars().forEach(c -> assertThat(c == '\n' || c >= 0x20 && c < 0x7f
                || c > 0x9f && Character.getType(c) != Character.FORMAT)
                .as("character U+%04X in the output", c).isTrue());
    }

    @Test
    void namesTheDurationFieldThatNeverParsed() throws IOException {
        Path log = write("custom.log", List.of(
                "[01/Dec/2026:10:00:00 +0000] 200 fast \"GET /a HTTP/1.1\"",
                "[01/Dec/2026:10:00:01 +0000] 499 slow \"GET /a HTTP/1.1\""));
        Run run = Run.of("logs", "--log-format", "[$time_local] $status $request_time \"$request\"",
                log.toString());
        assertThat(run.out).contains("2 parsed", "no line had a number of seconds in"
                + " $request_time");
    }

    @Test
    void printsTheRecommendedLogFormatInsteadOfPointingElsewhere() throws IOException {
        assertThat(Run.of("logs", "--help").out).contains("log_format timed '$remote_addr",
                "access_log /var/log/nginx/access.log timed;").doesNotContain("README");
        Path log = write("combined.log", FormatDetectionProperties.fixture("combined"));
        Run run = Run.of("logs", log.toString());
        assertThat(run.out).contains("(format combined)", "log_format timed '$remote_addr",
                " rt=$request_time urt=").doesNotContain("README");
    }

    @Test
    void refusesAFileWithAthena() throws IOException {
        Path log = write("alb.log", AlbFormatTest.awsExamples());
        Run run = Run.of("logs", "--athena", log.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("--athena prints SQL", "reads no file; drop \"" + log);
    }

    @Test
    void neverSaysAllWhenItMeansEvery() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(timed("GET /slow/" + i, 499, 5.0, "-"));
            lines.add(timed("GET /slow/" + i, 200, 6.0 + i, "200"));
        }
        Run run = Run.of("logs", write("slow.log", lines).toString());
        assertThat(run.out).contains("every one took at least that long, so a client with a 5 s"
                + " timeout gives up on all of them").doesNotContain("slowest 100 %");
    }

    @Test
    void neitherCutsReasonPhrasesNorRunsColumnsTogether() throws IOException {
        List<String> lines = new ArrayList<>(AlbFormatTest.awsExamples());
        lines.add("https 2026-11-30T10:00:30.000000Z app/lb/1 203.0.113.9:5000 10.0.0.5:8080 -1 -1"
                + " -1 460 - 120 0 \"POST https://api.example.com:443/upload/7 HTTP/1.1\" \"-\" - -"
                + " arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/t/1 \"Root=1-1\" \"-\""
                + " \"-\" 1 2026-11-30T10:00:00.000000Z \"forward\" \"-\" \"-\" \"10.0.0.5:8080\""
                + " \"-\" \"-\" \"-\" TID_1");
        Run alb = Run.of("logs", write("alb.log", lines).toString());
        assertThat(alb.out).contains("460  Client Closed Connection",
                "AWS Elastic Load Balancing  log-only").doesNotContain("…");
        Run nginx = Run.of("logs", write("n.log", List.of(timed("GET /a", 431, 0.1, "431")))
                .toString());
        assertThat(nginx.out).contains("431  Request Header Fields Too Large  ")
                .doesNotContain("…");
    }
}
