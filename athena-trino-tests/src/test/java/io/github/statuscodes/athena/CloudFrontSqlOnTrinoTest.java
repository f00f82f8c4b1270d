package io.github.statuscodes.athena;

import static io.github.statuscodes.athena.AthenaSqlOnTrinoTest.cli;
import static io.github.statuscodes.athena.AthenaSqlOnTrinoTest.number;
import static io.github.statuscodes.athena.AthenaSqlOnTrinoTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trino.testing.DistributedQueryRunner;
import io.trino.testing.MaterializedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statement that {@code logs --athena --format cloudfront} prints, run on Trino over the
 * CloudFront standard-log table AWS documents, gives the figures that
 * {@code logs --json --format cloudfront} gives for the same files.
 */
class CloudFrontSqlOnTrinoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static DistributedQueryRunner trino;
    static Path fixture;
    static Path fixtureCopy;
    static Path generated;

    @BeforeAll
    static void start() throws Exception {
        trino = SharedTrino.runner();
        // The cli's fixture without its own notes (the ## lines): as CloudFront writes a file,
        // two header lines and then the records.
        String log = resource("/formats/cloudfront.log").lines()
                .filter(l -> !l.startsWith("##"))
                .collect(Collectors.joining("\n", "", "\n"));
        fixture = SharedTrino.write("cloudfront_docs", "cloudfront.log", log);
        // A distribution's folder holds many files, each with its header.
        fixtureCopy = SharedTrino.write("cloudfront", "E2EXAMPLE.2019-12-04-21.a.log", log);
        generated = SharedTrino.write("cloudfront", "E2EXAMPLE.2026-03-02-08.b.log",
                new CloudFrontLogGenerator(20).log(8_000));
        AwsCloudFrontTable aws = AwsCloudFrontTable.published();
        trino.execute(aws.createInTrino("cloudfront_docs", "local:///cloudfront_docs"));
        trino.execute(aws.createInTrino("cloudfront_standard_logs", "local:///cloudfront"));
    }

    @Test
    void theFixtureGivesTheCommandLinesFigures() throws Exception {
        JsonNode json = compare("cloudfront_docs", fixture);
        assertThat(json.get("parsed").asLong()).isEqualTo(86);
        JsonNode report = finding(json, "GET /report/{id}", null, "ClientCommError");
        assertThat(report.get("cluster").get("seconds").asDouble()).isCloseTo(30.0, within(0.05));
    }

    @Test
    void aFolderWithAGeneratedLogGivesTheCommandLinesFigures() throws Exception {
        JsonNode json = compare("cloudfront_standard_logs", fixtureCopy, generated);
        // The planted timeout is found by both, at 20 s, before and after the origin answered.
        for (Integer code : new Integer[] {null, 200}) {
            JsonNode videos = finding(json, "GET /videos/{id}", code, "ClientCommError");
            assertThat(videos.get("cluster").get("seconds").asDouble()).as("code %s", code)
                    .isCloseTo(20.0, within(0.05));
        }
        assertThat(finding(json, "GET /videos/{id}", 200, "ClientCommError")
                .get("afterBackendAnswered").asLong()).isGreaterThan(80);
        assertThat(finding(json, "POST /api/upload", null, "ClientHungUpRequest").get("cluster")
                .isNull()).isTrue();
        // Every kind of give-up the format knows is there.
        finding(json, "GET /api/items/{id}", null, "000");
        finding(json, "GET /videos/{id}", 200, "Error");
        finding(json, "POST /api/upload", 408, null);
        JsonNode e = json.get("serverErrors");
        assertThat(e.get("fromProxy").asLong()).isGreaterThan(60);
        assertThat(e.get("fromBackend").asLong()).isGreaterThan(40);
        assertThat(e.get("count").asLong() - e.get("fromProxy").asLong()
                - e.get("fromBackend").asLong()).as("cached 5xx").isGreaterThan(10);
    }

    @Test
    void theDefaultTableIsAwssAndAlbStaysTheDefault() {
        assertThat(cli("logs", "--athena", "--format", "cloudfront"))
                .contains("FROM cloudfront_standard_logs").doesNotContain("alb_access_logs");
        assertThat(cli("logs", "--athena")).contains("FROM alb_access_logs")
                .doesNotContain("cloudfront");
    }

    /** Runs both, asserts that every figure agrees, and returns the command line's report. */
    private static JsonNode compare(String table, Path... logs) throws Exception {
        List<String> statements = new ArrayList<>();
        for (String s : cli("logs", "--athena", "--format", "cloudfront", "--table", table)
                .split(";\\R")) {
            if (!s.isBlank()) {
                statements.add(s.strip());
            }
        }
        assertThat(statements).hasSize(4);
        List<String> args = new ArrayList<>(List.of("logs", "--json", "--format", "cloudfront"));
        for (Path log : logs) {
            args.add(log.toString());
        }
        JsonNode json = JSON.readTree(cli(args.toArray(String[]::new)));
        assertThat(json.get("unparsed").asLong()).isZero();
        List<List<MaterializedRow>> results = new ArrayList<>();
        for (String statement : statements) {
            results.add(trino.execute(statement).getMaterializedRows());
        }
        codes(results.get(0), json);
        clusters(results.get(1), json, successfulDurations(statements.get(0)));
        thrownAway(results.get(2), json);
        serverErrors(results.get(3), json);
        return json;
    }

    /** 1: every code, and every signal of the lines without one, with count and share. */
    private static void codes(List<MaterializedRow> rows, JsonNode json) {
        Map<String, long[]> sql = new HashMap<>();
        long all = 0;
        for (MaterializedRow r : rows) {
            Object code = r.getField(0);
            Object signal = r.getField(1);
            assertThat(code == null ^ signal == null).as("a code or a signal: %s", r).isTrue();
            sql.put(code != null ? code.toString() : (String) signal, new long[] {
                (Long) r.getField(2), Math.round(number(r.getField(3)) * 100)});
            all += (Long) r.getField(2);
        }
        assertThat(all).isEqualTo(json.get("parsed").asLong());
        Map<String, long[]> cli = new HashMap<>();
        for (JsonNode c : json.get("codes")) {
            cli.put(c.get("code").asText(), new long[] {c.get("count").asLong(),
                Math.round(c.get("share").asDouble() * 10_000)});
        }
        for (JsonNode c : json.get("withoutStatus")) {
            cli.put(c.get("signal").asText(), new long[] {c.get("count").asLong(),
                Math.round(c.get("share").asDouble() * 10_000)});
        }
        assertThat(sql.keySet()).isEqualTo(cli.keySet());
        cli.forEach((key, v) -> {
            assertThat(sql.get(key)[0]).as("count of %s", key).isEqualTo(v[0]);
            assertThat(sql.get(key)[1]).as("percent of %s (in 1/100 %%)", key)
                    .isCloseTo(v[1], within(1L));
        });
    }

    /**
     * Every endpoint's successful durations in ms, sorted: the lines as statement 1 reads them
     * (its {@code WITH}), every value rather than approx_percentile's digest.
     */
    private static Map<String, List<Long>> successfulDurations(String first) {
        String with = first.substring(first.indexOf("WITH "), first.lastIndexOf("\nSELECT "));
        Map<String, List<Long>> durations = new HashMap<>();
        for (MaterializedRow r : trino.execute(with + "\nSELECT endpoint,"
                + " array_sort(array_agg(ms)) FROM lines WHERE code BETWEEN 200 AND 399"
                + " AND signal IS NULL AND ms IS NOT NULL GROUP BY endpoint").getMaterializedRows()) {
            @SuppressWarnings("unchecked")
            List<Long> sorted = (List<Long>) r.getField(1);
            durations.put((String) r.getField(0), sorted);
        }
        return durations;
    }

    /** 2: per endpoint and kind of give-up, the cluster (or none) and successful durations. */
    private static void clusters(List<MaterializedRow> rows, JsonNode json,
            Map<String, List<Long>> successful) {
        List<String> cliKinds = new ArrayList<>();
        for (JsonNode finding : json.get("clientGone")) {
            cliKinds.add(kind(finding.get("endpoint").asText(), code(finding), signal(finding)));
        }
        List<String> sqlKinds = new ArrayList<>();
        for (MaterializedRow r : rows) {
            String endpoint = (String) r.getField(0);
            Integer code = (Integer) r.getField(1);
            String signal = (String) r.getField(2);
            String kind = kind(endpoint, code, signal);
            sqlKinds.add(kind);
            JsonNode finding = finding(json, endpoint, code, signal);
            assertThat(r.getField(3)).as("give-ups %s", kind)
                    .isEqualTo(finding.get("count").asLong());
            JsonNode cluster = finding.get("cluster");
            if (cluster == null || cluster.isNull()) {
                assertThat(r.getField(4)).as("no cluster %s", kind).isNull();
            } else {
                double seconds = cluster.get("seconds").asDouble();
                // The command line counts in log-linear buckets (at most 0.4 % wide).
                assertThat(number(r.getField(4))).as("cluster %s", kind)
                        .isCloseTo(seconds, within(seconds * 0.004 + 0.002));
                assertThat(number(r.getField(5))).as("± %s", kind)
                        .isCloseTo(cluster.get("plusMinusSeconds").asDouble(), within(0.002));
                assertThat(r.getField(6)).as("in the cluster %s", kind)
                        .isEqualTo(cluster.get("count").asLong());
                assertThat(number(r.getField(7))).as("cluster share %s", kind)
                        .isCloseTo(cluster.get("share").asDouble() * 100, within(0.06));
            }
            JsonNode ok = finding.get("successful");
            if (ok == null || ok.isNull()) {
                assertThat(r.getField(8)).as("successful %s", kind).isNull();
            } else {
                assertThat(r.getField(8)).as("successful %s", kind)
                        .isEqualTo(ok.get("count").asLong());
                List<Long> sorted = successful.get(endpoint);
                assertThat(sorted).as("successful %s", kind).hasSize(ok.get("count").asInt());
                for (int q = 0; q < 2; q++) {
                    double p = q == 0 ? 0.5 : 0.95;
                    double cli = ok.get(q == 0 ? "p50Seconds" : "p95Seconds").asDouble();
                    double sql = number(r.getField(9 + q));
                    // Nearest rank: the command line's bucket (at most 0.4 % wide) holds it.
                    int rank = (int) Math.max(1, Math.ceil(p * sorted.size()));
                    double exact = sorted.get(rank - 1) / 1e3;
                    assertThat(cli).as("p%s %s by the command line", (int) (p * 100), kind)
                            .isCloseTo(exact, within(exact * 0.004 + 0.002));
                    // approx_percentile interpolates between neighbouring ranks: 2 % beyond
                    // the values next to the nearest rank.
                    double below = sorted.get(Math.max(0, rank - 2)) / 1e3;
                    double above = sorted.get(Math.min(sorted.size() - 1, rank)) / 1e3;
                    assertThat(sql).as("p%s %s by approx_percentile", (int) (p * 100), kind)
                            .isBetween(below * 0.98 - 0.002, above * 1.02 + 0.002);
                }
            }
        }
        assertThat(sqlKinds).containsExactlyInAnyOrderElementsOf(cliKinds);
    }

    /** 3: give-ups after the origin's answer, per endpoint and kind, and in all. */
    private static void thrownAway(List<MaterializedRow> rows, JsonNode json) {
        Map<String, Long> sql = new HashMap<>();
        long total = 0;
        for (MaterializedRow r : rows) {
            sql.put(kind((String) r.getField(0), (Integer) r.getField(1), (String) r.getField(2)),
                    (Long) r.getField(3));
            total += (Long) r.getField(3);
        }
        Map<String, Long> cli = new HashMap<>();
        for (JsonNode finding : json.get("clientGone")) {
            long n = finding.path("afterBackendAnswered").asLong();
            if (n > 0) {
                cli.put(kind(finding.get("endpoint").asText(), code(finding), signal(finding)), n);
            }
        }
        assertThat(sql).isEqualTo(cli);
        assertThat(total)
                .isEqualTo(json.get("clientGaveUp").get("afterBackendAnswered").asLong());
    }

    /** 4: 5xx by origin, and how many the registry's rules would retry. */
    private static void serverErrors(List<MaterializedRow> rows, JsonNode json) {
        Map<String, Long> byOrigin = new HashMap<>();
        long all = 0;
        long retryable = 0;
        Map<Integer, Long> byCode = new HashMap<>();
        for (MaterializedRow r : rows) {
            long n = (Long) r.getField(2);
            all += n;
            byOrigin.merge((String) r.getField(1), n, Long::sum);
            retryable += (Long) r.getField(3);
            byCode.merge((Integer) r.getField(0), n, Long::sum);
        }
        JsonNode e = json.get("serverErrors");
        assertThat(all).isEqualTo(e.get("count").asLong());
        assertThat(byOrigin.getOrDefault("origin", 0L)).isEqualTo(e.get("fromBackend").asLong());
        assertThat(byOrigin.getOrDefault("CloudFront", 0L)).isEqualTo(e.get("fromProxy").asLong());
        assertThat(byOrigin.keySet()).isSubsetOf("origin", "CloudFront", "unknown");
        assertThat(retryable).isEqualTo(e.get("retryable").asLong());
        Map<Integer, Long> cli = new HashMap<>();
        for (JsonNode c : json.get("codes")) {
            if (c.get("code").asInt() >= 500 && c.get("code").asInt() < 600) {
                cli.put(c.get("code").asInt(), c.get("count").asLong());
            }
        }
        assertThat(byCode).isEqualTo(cli);
    }

    private static JsonNode finding(JsonNode json, String endpoint, Integer code, String signal) {
        for (JsonNode finding : json.get("clientGone")) {
            if (finding.get("endpoint").asText().equals(endpoint)
                    && Objects.equals(code(finding), code)
                    && Objects.equals(signal(finding), signal)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + kind(endpoint, code, signal) + " in " + json);
    }

    private static Integer code(JsonNode finding) {
        JsonNode c = finding.get("code");
        return c == null || c.isNull() ? null : c.asInt();
    }

    private static String signal(JsonNode finding) {
        JsonNode s = finding.get("signal");
        return s == null || s.isNull() ? null : s.asText();
    }

    private static String kind(String endpoint, Integer code, String signal) {
        return "on " + endpoint + " (" + code + " " + signal + ")";
    }
}
