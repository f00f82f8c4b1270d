package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.Fixtures.parse;
import static io.github.statuscodes.cli.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HAProxy's httplog lines, quoted from its manual and issue threads and measured on 2.6. */
class HaproxyFormatTest {
    static final HaproxyFormat HAPROXY = new HaproxyFormat();

    @Test
    void readsTheManualsExampleWithItsSyslogPrefixAndHeaderCaptures() throws IOException {
        String s = Fixtures.lines("haproxy.log").get(0);
        LogLine line = parse(HAPROXY, s);
        assertThat(line.status).isEqualTo(200);
        assertThat(line.backendStatus).isEqualTo(200);
        assertThat(line.durationMillis).isEqualTo(109);
        assertThat(line.signal).isNull();
        assertThat(line.clientGaveUp).isFalse();
        assertThat(range(s, line.methodFrom, line.methodTo)).isEqualTo("GET");
        assertThat(range(s, line.targetFrom, line.targetTo)).isEqualTo("/index.html");
        assertThat(line.timeMillis)
                .isEqualTo(Instant.parse("2009-02-06T12:14:14.655Z").toEpochMilli());
    }

    @Test
    void aClientAbortIsTheTerminationStateWhateverTheStatus() throws IOException {
        List<String> lines = Fixtures.lines("haproxy.log");
        // haproxy#1441: SD (server side), CD and cD, all logged as 200
        String[] signals = {"SD", "CD", "cD", "cD"};
        boolean[] gaveUp = {false, true, true, true};
        long[] durations = {125_115, 27_161, 610_840, 420_426};
        for (int i = 0; i < 4; i++) {
            String s = lines.get(i + 1);
            LogLine line = parse(HAPROXY, s);
            assertThat(line.status).as(s).isEqualTo(200);
            assertThat(line.signal).as(s).isEqualTo(signals[i]);
            assertThat(line.clientGaveUp).as(s).isEqualTo(gaveUp[i]);
            assertThat(line.durationMillis).as(s).isEqualTo(durations[i]);
            assertThat(line.backendStatus).as("Tr >= 0: the server answered").isEqualTo(200);
        }
        assertThat(range(lines.get(2), parse(HAPROXY, lines.get(2)).targetFrom,
                parse(HAPROXY, lines.get(2)).targetTo))
                .isEqualTo("https://example.org/REDACTED.js");
    }

    @Test
    void readsWhatHaproxy26WritesWithAbortOnCloseRawAndRfc5424() {
        String raw = "127.0.0.1:42534 [06/Dec/2026:04:52:36.366] fe be/up 0/0/0/-1/596 400 206"
                + " - - CH-- 1/1/0/0/0 0/0 \"GET /report/2?ms=1500 HTTP/1.1\"";
        for (String prefix : new String[] {"", "<134>Dec  6 04:52:46 localhost haproxy[10539]: ",
                "<134>1 2026-12-06T04:52:48.297176+00:00 - haproxy 10576 - - "}) {
            LogLine line = parse(HAPROXY, prefix + raw);
            assertThat(line.status).isEqualTo(400);
            assertThat(line.signal).isEqualTo("CH");
            assertThat(line.clientGaveUp).isTrue();
            assertThat(line.backendStatus).as("Tr -1: no response from the server").isZero();
            assertThat(line.durationMillis).isEqualTo(596);
        }
    }

    @Test
    void readsMinusOneStatusNoServerAndLogasapTimers() {
        LogLine bad = parse(HAPROXY, "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe fe/<NOSRV>"
                + " -1/-1/-1/-1/+3 -1 0 - - CR-- 1/1/0/0/0 0/0 \"<BADREQ>\"");
        assertThat(bad.status).isEqualTo(LogLine.NONE);
        assertThat(bad.signal).isEqualTo("CR");
        assertThat(bad.clientGaveUp).isTrue();
        assertThat(bad.durationMillis).isEqualTo(3);
        assertThat(bad.backendStatus).isZero();
        assertThat(bad.methodTo - bad.methodFrom).as("no request line").isZero();
        LogLine asap = parse(HAPROXY, "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1"
                + " 0/0/1/2/+3 200 +100 - - ---- 1/1/0/0/+1 0/0 \"GET /big HTTP/1.1\"");
        assertThat(asap.durationMillis).isEqualTo(3);
        assertThat(asap.signal).isNull();
        LogLine timeout = parse(HAPROXY, "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1"
                + " 0/0/1/-1/30001 504 194 - - sH-- 1/1/0/0/0 0/0 \"POST /slow HTTP/1.1\"");
        assertThat(timeout.signal).isEqualTo("sH");
        assertThat(timeout.clientGaveUp).as("the server timed out, not the client").isFalse();
        assertThat(timeout.backendStatus).isZero();
    }

    @Test
    void rejectsOtherFormatsAndBrokenLines() {
        LogLine line = new LogLine();
        for (String s : List.of("",
                "127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
                "192.0.2.1 - - [16/Apr/2023:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 \"-\" \"-\""
                        + " 1 \"r@docker\" \"http://10.0.0.1:80\" 12ms",
                "10.0.0.1:5000 [06/Dec/2026:04:52:36] fe be/s1 0/0/1/2/3 200 1 - - ---- 1/1/0/0/0"
                        + " 0/0 \"GET / HTTP/1.1\"",
                "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1 0/0/1/2 200 1 - - ---- 1/1/0/0/0"
                        + " 0/0 \"GET / HTTP/1.1\"",
                "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1 0/0/1/2/3 2000 1 - - ----"
                        + " 1/1/0/0/0 0/0 \"GET / HTTP/1.1\"",
                "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1 0/0/1/2/3 200 1 - - ----"
                        + " 1/1/0/0/0 0/0",
                "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe be/s1 0/0/1/2/3 200 1 - - ----"
                        + " 1/1/0/0/0 0/0 {unclosed \"GET / HTTP/1.1\"")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(HAPROXY.parse(b, 0, b.length, line)).as(s).isFalse();
        }
    }
}
