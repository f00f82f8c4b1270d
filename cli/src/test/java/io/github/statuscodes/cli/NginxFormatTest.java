package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NginxFormatTest {
    static LogLine parse(LogFormat f, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(f.parse(b, 0, b.length, line)).as(s).isTrue();
        return line;
    }

    @Test
    void readsCombinedWithoutDurations() {
        LogFormat combined = LogFormat.named("combined");
        LogLine line = parse(combined, "203.0.113.7 - alice [01/Dec/2026:10:00:00 +0100]"
                + " \"GET /orders/42?page=2 HTTP/1.1\" 499 0 \"https://example.com/a b\""
                + " \"Mozilla/5.0 (X11; Linux)\"");
        assertThat(line.status).isEqualTo(499);
        assertThat(line.durationMillis).isEqualTo(LogLine.NONE);
        assertThat(line.backendStatus).isEqualTo(LogLine.NONE);
        assertThat(combined.hasDurations()).isFalse();
    }

    @Test
    void readsTheTimedFormatWithSeveralUpstreams() {
        LogLine line = parse(LogFormat.named("timed"), "10.0.0.1 - - [01/Dec/2026:10:00:00"
                + " +0000] \"POST /api/x HTTP/2.0\" 200 12 \"-\" \"curl/8\" rt=1.503"
                + " urt=\"0.500, 1.002\" us=\"502, 200\"");
        assertThat(line.status).isEqualTo(200);
        assertThat(line.durationMillis).isEqualTo(1_503);
        assertThat(line.backendStatus).isEqualTo(200);
    }

    @Test
    void takesTheUpstreamTimeWhenThereIsNoRequestTime() {
        NginxFormat f = NginxFormat.compile("custom",
                "$remote_addr [$time_local] \"$request\" ${status} $upstream_response_time");
        LogLine line = parse(f, "::1 [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 0.250");
        assertThat(line.durationMillis).isEqualTo(250);
        assertThat(f.hasDurations()).isTrue();
    }

    @Test
    void logsNoUpstreamStatusAsZero() {
        LogLine line = parse(LogFormat.named("timed"), "10.0.0.1 - - [01/Dec/2026:10:00:00 +0000]"
                + " \"GET /slow HTTP/1.1\" 499 0 \"-\" \"-\" rt=0.500 urt=\"-\" us=\"-\"");
        assertThat(line.status).isEqualTo(499);
        assertThat(line.backendStatus).isZero();
        assertThat(line.durationMillis).isEqualTo(500);
    }

    @Test
    void rejectsALineWithMoreOrLessThanTheFormat() {
        LogFormat combined = LogFormat.named("combined");
        LogLine line = new LogLine();
        for (String s : new String[] {"", "junk", "1.2.3.4 - - [x] \"GET / HTTP/1.1\" 200 1 \"-\""
                + " \"-\" rt=0.1 urt=\"-\" us=\"-\"", "1.2.3.4 - - [x] \"GET / HTTP/1.1\" 20 1"
                + " \"-\" \"-\"", "1.2.3.4 - - [x] \"GET / HTTP/1.1\" 2000 1 \"-\" \"-\""}) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(combined.parse(b, 0, b.length, line)).as(s).isFalse();
        }
    }

    @Test
    void refusesAFormatWithoutStatusOrWithAdjacentVariables() {
        assertThatThrownBy(() -> NginxFormat.compile("x", "$remote_addr $request_time"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no $status");
        assertThatThrownBy(() -> NginxFormat.compile("x", "$status$request_time"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$request_time follows another variable");
    }

    @Test
    void readsTheTimeAndTheGiveUpRule() {
        LogLine line = parse(LogFormat.named("timed"), "10.0.0.1 - - [01/Dec/2026:11:00:00 +0100]"
                + " \"GET /slow HTTP/1.1\" 499 0 \"-\" \"-\" rt=0.500 urt=\"-\" us=\"-\"");
        assertThat(line.timeMillis).isEqualTo(1_796_119_200_000L); // 2026-12-01T10:00:00Z
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.signal).isNull();
        line = parse(NginxFormat.compile("iso", "$time_iso8601 $status \"$request\""),
                "2026-12-01T11:00:00+01:00 200 \"GET / HTTP/1.1\"");
        assertThat(line.timeMillis).isEqualTo(1_796_119_200_000L);
        assertThat(line.clientGaveUp).isFalse();
        line = parse(NginxFormat.compile("msec", "$msec $status"), "1796119200.123 408");
        assertThat(line.timeMillis).isEqualTo(1_796_119_200_123L);
        assertThat(line.clientGaveUp).as("408: nginx gave up on a slow client").isFalse();
        line = parse(NginxFormat.compile("msec", "$msec $status"), "yesterday 200");
        assertThat(line.timeMillis).isEqualTo(LogLine.NO_TIME);
    }
}
