package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.Fixtures.parse;
import static io.github.statuscodes.cli.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Caddy's JSON access log, on lines quoted from public issue threads and written by 2.6. */
class CaddyJsonFormatTest {
    static final CaddyJsonFormat CADDY = new CaddyJsonFormat();

    @Test
    void readsSecondsDurationNestedRequestAndEpochTs() throws IOException {
        List<String> lines = Fixtures.lines("caddy.log");
        String s = lines.get(3); // goaccess#2918, with escaped quotes in a response header
        LogLine line = parse(CADDY, s);
        assertThat(line.status).isEqualTo(404);
        assertThat(line.clientGaveUp).isFalse();
        assertThat(line.durationMillis).as("0.00020782 s").isZero();
        assertThat(range(s, line.methodFrom, line.methodTo)).isEqualTo("GET");
        assertThat(range(s, line.targetFrom, line.targetTo)).isEqualTo("/bootstrap.min.css.map");
        assertThat(line.timeMillis).isEqualTo(1_772_481_453_478L);
    }

    @Test
    void statusZeroAsCaddy26LogsAClientThatLeftIsAGiveUpWithoutAStatus() {
        // written by Caddy 2.6.2 here, for curl -m 0.6 against a 1.5 s upstream
        String s = "{\"level\":\"info\",\"ts\":1796532780.5782106,\"logger\":\"http.log.access.log0\","
                + "\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"127.0.0.1\",\"remote_port\":"
                + "\"47768\",\"proto\":\"HTTP/1.1\",\"method\":\"GET\",\"host\":\"127.0.0.1:18090\","
                + "\"uri\":\"/report/2?ms=1500\",\"headers\":{\"User-Agent\":[\"curl/7.88.1\"],"
                + "\"Accept\":[\"*/*\"]}},\"user_id\":\"\",\"duration\":0.600420039,\"size\":0,"
                + "\"status\":0,\"resp_headers\":{\"Server\":[\"Caddy\"]}}";
        LogLine line = parse(CADDY, s);
        assertThat(line.status).isEqualTo(LogLine.NONE);
        assertThat(line.signal).isEqualTo("0");
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.durationMillis).isEqualTo(600);
        assertThat(range(s, line.targetFrom, line.targetTo)).isEqualTo("/report/2?ms=1500");
    }

    @Test
    void readsTheConfigurableDurationAndTimeFormats() {
        String head = "{\"ts\":\"2026-12-06T04:52:59.923Z\",\"request\":{\"method\":\"GET\","
                + "\"uri\":\"/a\"},\"status\":499,\"duration\":";
        LogLine line = parse(CADDY, head + "\"1m2.5s\"}");
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.durationMillis).isEqualTo(62_500);
        assertThat(line.timeMillis).isEqualTo(1_796_532_779_923L);
        assertThat(parse(CADDY, head + "\"1.5ms\"}").durationMillis).isEqualTo(1);
        assertThat(parse(CADDY, head + "\"250µs\"}").durationMillis).isZero();
        assertThat(parse(CADDY, head + "\"3h\"}").durationMillis).isEqualTo(10_800_000);
        assertThat(parse(CaddyJsonFormat.withUnit("ns"), head + "3000123456}").durationMillis)
                .as("nanoseconds, when told").isEqualTo(3000);
        assertThat(parse(CaddyJsonFormat.withUnit("ms"), head + "2.5}").durationMillis)
                .as("milliseconds, when told").isEqualTo(2);
        assertThat(parse(CADDY, head + "3000123456}").durationMillis)
                .as("seconds by default, whatever the size").isEqualTo(3_000_123_456_000L);
        assertThat(parse(CADDY, head + "12}").durationMillis).as("whole seconds")
                .isEqualTo(12_000);
        assertThat(parse(CADDY, head + "\"12 parsecs\"}").durationMillis)
                .isEqualTo(LogLine.NONE);
    }

    @Test
    void theUnitNeverDependsOnTheValue() {
        String head = "{\"ts\":1.0,\"request\":{\"method\":\"GET\",\"uri\":\"/a\"},"
                + "\"status\":200,\"duration\":";
        CaddyJsonFormat ns = CaddyJsonFormat.withUnit("ns");
        assertThat(parse(ns, head + "200000}").durationMillis).as("0.2 ms").isZero();
        assertThat(parse(ns, head + "999999}").durationMillis).isZero();
        assertThat(parse(ns, head + "1000000}").durationMillis).isEqualTo(1);
        assertThat(parse(CADDY, head + "999999}").durationMillis).isEqualTo(999_999_000L);
        assertThat(parse(CADDY, head + "1000000}").durationMillis).isEqualTo(1_000_000_000L);
        assertThat(CaddyJsonFormat.withUnit("seconds")).isNull();
    }

    @Test
    void nanosecondLogsReadWithCaddyDurationNs() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            log.append("{\"ts\":1.0,\"request\":{\"method\":\"GET\",\"uri\":\"/foo/").append(i)
                    .append("\"},\"duration\":").append(200_000 + i * 5000).append(",\"status\":200}\n");
        }
        for (int i = 0; i < 30; i++) {
            log.append("{\"ts\":1.0,\"request\":{\"method\":\"GET\",\"uri\":\"/foo/").append(i)
                    .append("\"},\"duration\":").append(3_000_000_000L + i * 1000)
                    .append(",\"status\":0}\n");
        }
        byte[] in = log.toString().getBytes(StandardCharsets.UTF_8);
        Run ns = Run.withStdin(in, "logs", "--caddy-duration", "ns", "-");
        assertThat(ns.status).isZero();
        assertThat(ns.out).contains("(format caddy)", "ended at 3.00 s",
                "successful GET /foo/{id} took p50 0.000 s");
        assertThat(Run.withStdin(in, "logs", "--caddy-duration", "us", "-").err)
                .contains("--caddy-duration takes the unit of Caddy's duration_format: s, ms, ns");
    }

    @Property
    void aWholeNumberIsReadInTheGivenUnitAtAnySize(
            @ForAll @LongRange(min = 0, max = 9_000_000_000_000L) long n) {
        String line = "{\"ts\":1.0,\"request\":{\"method\":\"GET\",\"uri\":\"/a\"},"
                + "\"status\":200,\"duration\":" + n + "}";
        assertThat(parse(CaddyJsonFormat.withUnit("ns"), line).durationMillis)
                .isEqualTo(n / 1_000_000);
        assertThat(parse(CaddyJsonFormat.withUnit("ms"), line).durationMillis).isEqualTo(n);
        long s = parse(CADDY, line).durationMillis;
        assertThat(s).isEqualTo(n <= Long.MAX_VALUE / 1000 ? n * 1000 : LogLine.NONE);
    }

    @Test
    void rejectsOtherJsonAndJunk() {
        LogLine line = new LogLine();
        for (String s : List.of("", "{}", "{\"status\":200}",
                "{\"request\":{\"method\":\"GET\",\"uri\":\"/\"},\"status\":\"200\"}",
                "{\"request\":{\"method\":\"GET\",\"uri\":\"/\"},\"status\":20}",
                "{\"DownstreamStatus\":200,\"Duration\":5,\"RequestMethod\":\"GET\"}",
                "{\"request\":{\"method\":\"GET\",\"uri\":\"/\"},\"status\":200",
                "127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(CADDY.parse(b, 0, b.length, line)).as(s).isFalse();
        }
    }
}
