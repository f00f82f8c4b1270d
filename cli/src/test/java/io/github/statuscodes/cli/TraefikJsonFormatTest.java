package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.Fixtures.parse;
import static io.github.statuscodes.cli.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traefik's JSON access log, on lines quoted from public issue threads. */
class TraefikJsonFormatTest {
    static final TraefikJsonFormat TRAEFIK = new TraefikJsonFormat();

    @Test
    void readsDurationInNanosecondsAndBothStatuses() throws IOException {
        String s = Fixtures.lines("traefik-json.log").get(0);
        LogLine line = parse(TRAEFIK, s);
        assertThat(line.status).isEqualTo(207);
        assertThat(line.backendStatus).isEqualTo(207);
        assertThat(line.durationMillis).as("Duration 8184335 ns").isEqualTo(8);
        assertThat(line.clientGaveUp).isFalse();
        assertThat(range(s, line.methodFrom, line.methodTo)).isEqualTo("REPORT");
        assertThat(range(s, line.targetFrom, line.targetTo)).isEqualTo("/dav.php/calendars/");
        assertThat(line.timeMillis)
                .isEqualTo(Instant.parse("2024-12-29T11:42:47.503Z").toEpochMilli());
    }

    @Test
    void a499IsAGiveUpEvenWithANestedServiceUrlObject() throws IOException {
        String s = Fixtures.lines("traefik-json.log").get(1); // traefik#7681
        LogLine line = parse(TRAEFIK, s);
        assertThat(line.status).isEqualTo(499);
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.backendStatus).as("OriginStatus 499 is Traefik's, not the server's")
                .isZero();
        assertThat(line.durationMillis).as("Duration 1226037 ns").isEqualTo(1);
        assertThat(range(s, line.targetFrom, line.targetTo))
                .isEqualTo("/bootstrap/3.3.2/css/bootstrap.css");
    }

    @Test
    void downstreamStatusZeroIsAGiveUpWithoutAStatus() {
        // traefik#10504: DownstreamStatus 0 and OriginStatus 0 after 38.8 s (fields shortened)
        LogLine line = parse(TRAEFIK, "{\"ClientAddr\":\"X.X.X.X:3808\",\"DownstreamContentSize\":0,"
                + "\"DownstreamStatus\":0,\"Duration\":38786475932,\"OriginContentSize\":0,"
                + "\"OriginDuration\":38786282729,\"OriginStatus\":0,\"RequestMethod\":\"GET\","
                + "\"RequestPath\":\"/api/v1/relay/ws\",\"RequestProtocol\":\"HTTP/1.1\"}");
        assertThat(line.status).isEqualTo(LogLine.NONE);
        assertThat(line.signal).isEqualTo("0");
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.backendStatus).isZero();
        assertThat(line.durationMillis).isEqualTo(38_786);
        assertThat(line.timeMillis).isEqualTo(LogLine.NO_TIME);
    }

    @Test
    void rejectsOtherJsonAndJunk() {
        LogLine line = new LogLine();
        for (String s : List.of("", "{}", "{\"DownstreamStatus\":200}",
                "{\"DownstreamStatus\":\"200\",\"Duration\":5}",
                "{\"DownstreamStatus\":2000,\"Duration\":5}",
                "{\"level\":\"info\",\"ts\":1.5,\"msg\":\"handled request\",\"request\":{\"method\":"
                        + "\"GET\",\"uri\":\"/\"},\"duration\":0.1,\"status\":200}",
                "{\"DownstreamStatus\":200,\"Duration\":5",
                "127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(TRAEFIK.parse(b, 0, b.length, line)).as(s).isFalse();
        }
    }
}
