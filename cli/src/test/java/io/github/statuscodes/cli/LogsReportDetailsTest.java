package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Durations out of range, endpoint counts, a cut list, and options given twice. */
class LogsReportDetailsTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void absurdDurationsAreCountedOutOfRangeNotClamped() throws Exception {
        String log = LogsCommandTest.timed("GET /a", 499, 1.0, "-") + "\n"
                + LogsCommandTest.timed("GET /a", 499, 1.0, "-").replace("rt=1.000",
                        "rt=999999999.999") + "\n"
                + LogsCommandTest.timed("GET /a", 499, 1.0, "-").replace("rt=1.000",
                        "rt=123456789") + "\n";
        Run run = Run.withStdin(bytes(log), "logs", "-");
        assertThat(run.out).contains("2 durations over 49 days left out as out of range")
                .doesNotContain("4290773");
        JsonNode json = new ObjectMapper().readTree(Run.withStdin(bytes(log), "logs", "--json",
                "-").out);
        assertThat(json.get("durationsOutOfRange").asLong()).isEqualTo(2);
        assertThat(json.get("linesWithDuration").asLong()).isEqualTo(1);
    }

    /** A duration is kept exactly when it fits the histogram, whatever its size. */
    @Property(tries = 200)
    void aDurationIsKeptOrCountedOutOfRange(
            @ForAll @LongRange(min = 0, max = 99_999_999_999L) long millis) {
        String line = LogsCommandTest.timed("GET /a", 200, 1.0, "200").replace("rt=1.000",
                "rt=" + millis / 1000 + "." + String.format("%03d", millis % 1000));
        LogAnalysis a = new LogAnalysis(LogFormat.named("timed"), 10);
        byte[] b = bytes(line);
        a.accept(b, 0, b.length, new LogLine(), "x", 1);
        assertThat(a.withDuration + a.durationsOutOfRange).isEqualTo(1);
        assertThat(a.durationsOutOfRange).isEqualTo(millis > Histogram.MAX ? 1 : 0);
    }

    @Test
    void distinctCountsEndpointsNotTheOtherEntry() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            log.append(LogsCommandTest.timed("GET /p" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
                    499, 1.0, "-")).append('\n');
        }
        JsonNode json = new ObjectMapper().readTree(Run.withStdin(bytes(log.toString()), "logs",
                "--json", "--max-endpoints", "10", "-").out);
        assertThat(json.get("endpoints").get("distinct").asInt()).isEqualTo(10);
        assertThat(json.get("endpoints").get("overflowed").asBoolean()).isTrue();
        assertThat(json.get("clientGoneTotal").asInt()).isEqualTo(11);
    }

    @Test
    void twoFormatOptionsAndAnEmptyNameAreRefused() {
        Run two = Run.of("logs", "--format", "caddy", "--log-format", "$status", "x");
        assertThat(two.status).isEqualTo(2);
        assertThat(two.err).contains("give one of --format and --log-format");
        Run empty = Run.of("logs", "");
        assertThat(empty.status).isEqualTo(2);
        assertThat(empty.err).contains("an empty FILE name").doesNotContain("Exception");
    }
}
