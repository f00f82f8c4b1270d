package io.github.statuscodes.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.cli.CommandLine;
import io.trino.testing.DistributedQueryRunner;
import io.trino.testing.MaterializedRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statement that {@code logs --athena} prints, run on Trino (Athena engine v3's engine: a
 * coordinator and two workers, the Hive connector, its file metastore and the local file system)
 * over AWS's ALB table, gives the figures that {@code logs --json} gives for the same file.
 */
class AthenaSqlOnTrinoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static DistributedQueryRunner trino;
    static AwsAlbTable aws;
    static Path generated;
    static Path awsExamples;

    @BeforeAll
    static void start() throws Exception {
        aws = AwsAlbTable.published();
        generated = write("alb", "generated.log",
                String.join("\n", new AlbLogGenerator(460).lines(20_000)) + "\n");
        awsExamples = write("alb2018", "alb-aws-docs-examples.log", resource(
                "/alb-aws-docs-examples.log"));
        trino = SharedTrino.runner();
        trino.execute(aws.createInTrino("alb_access_logs", "local:///alb"));
        trino.execute(aws.withoutNewerColumns().createInTrino("alb_access_logs_2018",
                "local:///alb2018"));
    }

    @Test
    void runsOnACoordinatorAndTwoWorkers() {
        List<MaterializedRow> nodes = trino.execute(
                "SELECT coordinator, count(*) FROM system.runtime.nodes GROUP BY coordinator"
                        + " ORDER BY coordinator").getMaterializedRows();
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).getFields()).containsExactly(false, 2L);
        assertThat(nodes.get(1).getFields()).containsExactly(true, 1L);
    }

    @Test
    void generatedLogWithATimeoutClusterGivesTheCommandLinesFigures() throws Exception {
        Figures f = compare("alb_access_logs", generated);
        // The planted timeout is found by both, at 10 s.
        JsonNode reports = f.finding("GET /reports/{id}");
        assertThat(reports.get("cluster").get("seconds").asDouble()).isCloseTo(10.0, within(0.05));
        assertThat(reports.get("count").asLong()).isGreaterThan(500);
        assertThat(f.json.get("closedAfterTargetAnswer").asLong()).isGreaterThan(200);
        assertThat(f.json.get("clientGaveUp").get("count").asLong())
                .isEqualTo(f.json.get("closedByClient460").asLong());
        assertThat(f.json.get("serverErrors").get("fromProxy").asLong()).isGreaterThan(100);
        assertThat(f.json.get("serverErrors").get("fromBackend").asLong()).isGreaterThan(100);
        // 460s with no timeout in common: no cluster, in both.
        assertThat(f.finding("POST /api/payments").get("cluster").isNull()).isTrue();
    }

    @Test
    void awsDocumentationExamplesGiveTheCommandLinesFigures() throws Exception {
        Figures f = compare("alb_access_logs_2018", awsExamples);
        assertThat(f.json.get("parsed").asLong()).isEqualTo(7);
    }

    @Test
    void thePublishedRegexNeedsTheFieldsAddedAfter2018() throws Exception {
        Pattern published = Pattern.compile(aws.regex, Pattern.DOTALL);
        Pattern older = Pattern.compile(aws.withoutNewerColumns().regex, Pattern.DOTALL);
        for (String line : resource("/alb-aws-docs-examples.log").split("\n")) {
            assertThat(published.matcher(line).matches()).as(line).isFalse();
            assertThat(older.matcher(line).matches()).as(line).isTrue();
        }
        for (String line : Files.readAllLines(generated).subList(0, 200)) {
            assertThat(published.matcher(line).matches()).as(line).isTrue();
        }
        // So on the published table the examples are rows of NULLs, which statement 1 shows as
        // the code NULL.
        trino.execute(aws.createInTrino("alb_examples_published", "local:///alb2018"));
        String first = cli("logs", "--athena", "--table", "alb_examples_published")
                .split(";\\R")[0];
        List<MaterializedRow> rows = trino.execute(first).getMaterializedRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getFields()).containsExactly(null, 7L, null);
    }

    /** Runs both, asserts that every figure agrees, and returns them. */
    private static Figures compare(String table, Path log) throws IOException {
        String sql = cli("logs", "--athena", "--table", table);
        List<String> statements = new ArrayList<>();
        for (String s : sql.split(";\\R")) {
            if (!s.isBlank()) {
                statements.add(s.strip());
            }
        }
        assertThat(statements).hasSize(4);
        JsonNode json = JSON.readTree(cli("logs", "--json", log.toString()));
        assertThat(json.get("unparsed").asLong()).isZero();
        Figures f = new Figures(json);
        List<List<MaterializedRow>> results = new ArrayList<>();
        for (String statement : statements) {
            results.add(trino.execute(statement).getMaterializedRows());
        }
        codes(results.get(0), json);
        clusters(results.get(1), f);
        thrownAway(results.get(2), f);
        serverErrors(results.get(3), json);
        return f;
    }

    /** 1: every code with its count and share; no row the table's regex did not match. */
    private static void codes(List<MaterializedRow> rows, JsonNode json) {
        Map<Integer, long[]> sql = new HashMap<>();
        for (MaterializedRow r : rows) {
            assertThat(r.getField(0)).as("a line AWS's regex did not match").isNotNull();
            sql.put((Integer) r.getField(0), new long[] {(Long) r.getField(1),
                    Math.round(number(r.getField(2)) * 100)});
        }
        Map<Integer, long[]> cli = new HashMap<>();
        for (JsonNode c : json.get("codes")) {
            cli.put(c.get("code").asInt(), new long[] {c.get("count").asLong(),
                    Math.round(c.get("share").asDouble() * 10_000)});
        }
        assertThat(sql.keySet()).isEqualTo(cli.keySet());
        cli.forEach((code, v) -> {
            assertThat(sql.get(code)[0]).as("count of %d", code).isEqualTo(v[0]);
            assertThat(sql.get(code)[1]).as("percent of %d (in 1/100 %%)", code)
                    .isCloseTo(v[1], within(1L));
        });
    }

    /** 2: per endpoint, the 460s, their cluster (or none) and the successful durations. */
    private static void clusters(List<MaterializedRow> rows, Figures f) {
        List<String> cliEndpoints = new ArrayList<>();
        for (JsonNode finding : f.json.get("clientGone")) {
            if (finding.get("code").asInt() == 460) {
                cliEndpoints.add(finding.get("endpoint").asText());
            }
        }
        List<String> sqlEndpoints = new ArrayList<>();
        for (MaterializedRow r : rows) {
            String endpoint = (String) r.getField(0);
            sqlEndpoints.add(endpoint);
            JsonNode finding = f.finding(endpoint);
            assertThat(r.getField(1)).as("460s on %s", endpoint)
                    .isEqualTo(finding.get("count").asLong());
            JsonNode cluster = finding.get("cluster");
            if (cluster.isNull()) {
                assertThat(r.getField(2)).as("no cluster on %s", endpoint).isNull();
            } else {
                double seconds = cluster.get("seconds").asDouble();
                // The command line counts in log-linear buckets (at most 0.4 % wide).
                assertThat(number(r.getField(2))).as("cluster on %s", endpoint)
                        .isCloseTo(seconds, within(seconds * 0.004 + 0.002));
                assertThat(number(r.getField(3))).as("± on %s", endpoint)
                        .isCloseTo(cluster.get("plusMinusSeconds").asDouble(), within(0.002));
                assertThat(r.getField(4)).as("in the cluster on %s", endpoint)
                        .isEqualTo(cluster.get("count").asLong());
                assertThat(number(r.getField(5))).as("cluster share on %s", endpoint)
                        .isCloseTo(cluster.get("share").asDouble() * 100, within(0.06));
            }
            JsonNode ok = finding.get("successful");
            if (ok == null) {
                assertThat(r.getField(6)).isNull();
            } else {
                assertThat(r.getField(6)).as("successful on %s", endpoint)
                        .isEqualTo(ok.get("count").asLong());
                for (int q = 0; q < 2; q++) {
                    double cli = ok.get(q == 0 ? "p50Seconds" : "p95Seconds").asDouble();
                    // approx_percentile against the command line's buckets.
                    assertThat(number(r.getField(7 + q))).as("p%s on %s", q == 0 ? 50 : 95,
                            endpoint).isCloseTo(cli, within(cli * 0.02 + 0.002));
                }
            }
        }
        assertThat(sqlEndpoints).containsExactlyInAnyOrderElementsOf(cliEndpoints);
    }

    /** 3: 460s after the target's answer, per endpoint and in all. */
    private static void thrownAway(List<MaterializedRow> rows, Figures f) {
        Map<String, Long> sql = new HashMap<>();
        long total = 0;
        for (MaterializedRow r : rows) {
            sql.merge((String) r.getField(0), (Long) r.getField(2), Long::sum);
            total += (Long) r.getField(2);
        }
        Map<String, Long> cli = new HashMap<>();
        for (JsonNode finding : f.json.get("clientGone")) {
            long n = finding.path("closedAfterTargetAnswer").asLong();
            if (n > 0) {
                cli.put(finding.get("endpoint").asText(), n);
            }
        }
        assertThat(sql).isEqualTo(cli);
        assertThat(total)
                .isEqualTo(f.json.get("clientGaveUp").get("afterBackendAnswered").asLong());
    }

    /** 4: 5xx by origin, and how many the registry's rules would retry. */
    private static void serverErrors(List<MaterializedRow> rows, JsonNode json) {
        long all = 0;
        long target = 0;
        long loadBalancer = 0;
        long retryable = 0;
        Map<Integer, Long> byCode = new HashMap<>();
        for (MaterializedRow r : rows) {
            long n = (Long) r.getField(2);
            all += n;
            target += r.getField(1).equals("target") ? n : 0;
            loadBalancer += r.getField(1).equals("load balancer") ? n : 0;
            retryable += (Long) r.getField(3);
            byCode.merge((Integer) r.getField(0), n, Long::sum);
        }
        JsonNode e = json.get("serverErrors");
        assertThat(all).isEqualTo(e.get("count").asLong());
        assertThat(target).isEqualTo(e.get("fromBackend").asLong());
        assertThat(loadBalancer).isEqualTo(e.get("fromProxy").asLong());
        assertThat(retryable).isEqualTo(e.get("retryable").asLong());
        Map<Integer, Long> cli = new HashMap<>();
        for (JsonNode c : json.get("codes")) {
            if (c.get("code").asInt() >= 500 && c.get("code").asInt() < 600) {
                cli.put(c.get("code").asInt(), c.get("count").asLong());
            }
        }
        assertThat(byCode).isEqualTo(cli);
    }

    /** The command line's report. */
    record Figures(JsonNode json) {
        JsonNode finding(String endpoint) {
            for (JsonNode finding : json.get("clientGone")) {
                if (finding.get("endpoint").asText().equals(endpoint)
                        && finding.get("code").asInt() == 460) {
                    return finding;
                }
            }
            throw new AssertionError("no 460 finding for " + endpoint + " in " + json);
        }
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = AthenaSqlOnTrinoTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path write(String folder, String name, String content) throws Exception {
        return SharedTrino.write(folder, name, content);
    }
}
