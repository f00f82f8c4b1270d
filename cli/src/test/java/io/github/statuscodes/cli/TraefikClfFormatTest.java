package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.Fixtures.parse;
import static io.github.statuscodes.cli.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traefik's default ("common") access-log format, on lines quoted from traefik#9842. */
class TraefikClfFormatTest {
    static final TraefikClfFormat TRAEFIK = new TraefikClfFormat();

    @Test
    void statusZeroAndDashAreGiveUpsWithoutAStatus() throws IOException {
        List<String> lines = Fixtures.lines("traefik.log");
        String s = lines.get(0);
        LogLine line = parse(TRAEFIK, s);
        assertThat(line.status).isEqualTo(LogLine.NONE);
        assertThat(line.signal).isEqualTo("0");
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.durationMillis).isEqualTo(2676);
        assertThat(line.backendStatus).isEqualTo(LogLine.NONE);
        assertThat(range(s, line.methodFrom, line.methodTo)).isEqualTo("PUT");
        assertThat(range(s, line.targetFrom, line.targetTo))
                .isEqualTo("/gomoku-api/board-v2/24895/computer-move/1");
        assertThat(line.timeMillis)
                .isEqualTo(Instant.parse("2023-04-15T09:06:48Z").toEpochMilli());
        LogLine dash = parse(TRAEFIK, lines.get(2));
        assertThat(dash.signal).isEqualTo("-");
        assertThat(dash.durationMillis).isZero();
    }

    @Test
    void a499IsAGiveUpAndOtherCodesAreNot() {
        LogLine gone = parse(TRAEFIK, "192.0.2.1 - - [16/Apr/2023:10:00:00 +0200] \"GET /a/1"
                + " HTTP/1.1\" 499 0 \"-\" \"okhttp/4.12.0\" 7 \"api@docker\" \"http://10.0.0.1:80\""
                + " 5001ms");
        assertThat(gone.status).isEqualTo(499);
        assertThat(gone.clientGaveUp).isTrue();
        assertThat(gone.signal).isNull();
        assertThat(gone.durationMillis).isEqualTo(5001);
        assertThat(gone.timeMillis)
                .isEqualTo(Instant.parse("2023-04-16T08:00:00Z").toEpochMilli());
        LogLine ok = parse(TRAEFIK, "192.0.2.1 - - [16/Apr/2023:10:00:00 +0000] \"GET /a/1"
                + " HTTP/1.1\" 200 12 \"https://x/\" \"Mozilla/5.0 (X11; Linux)\" 8"
                + " \"api@docker\" \"http://10.0.0.1:80\" 15ms");
        assertThat(ok.status).isEqualTo(200);
        assertThat(ok.clientGaveUp).isFalse();
        assertThat(ok.durationMillis).isEqualTo(15);
    }

    @Test
    void rejectsOtherFormatsAndBrokenLines() {
        LogLine line = new LogLine();
        for (String s : List.of("",
                "127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
                "127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""
                        + " rt=0.5 urt=\"0.5\" us=\"200\"",
                "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1 0/0/1/2/3 200 1 - - ----"
                        + " 1/1/0/0/0 0/0 \"GET / HTTP/1.1\"",
                "192.0.2.1 - - [16/Apr/2023:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 \"-\" \"-\""
                        + " 1 \"r@docker\" \"http://10.0.0.1:80\" 12",
                "192.0.2.1 - - [16/Apr/2023:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 \"-\" \"-\""
                        + " x \"r@docker\" \"http://10.0.0.1:80\" 12ms",
                "192.0.2.1 - - [16/Foo/2023:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 \"-\" \"-\""
                        + " 1 \"r@docker\" \"http://10.0.0.1:80\" 12ms",
                "172.20.48.154 - - [12/Sep/2017:15:10:41 +0000] \"GET /prometheus/alerts"
                        + " HTTP/1.1\" %!d(<nil>) %!d(<nil>) - \"Mozilla/5.0\" 155025 - - 0ms")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(TRAEFIK.parse(b, 0, b.length, line)).as(s).isFalse();
        }
    }
}
