package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis with a format whose give-ups carry no status, only the proxy's signal. */
class GiveUpAnalysisTest {
    /**
     * GET /slow: 30 give-ups without status at 15 s (5 of them after the backend answered 200),
     * 40 successes from 1 to 20 s; 3 x 504 UT from the proxy (backend 0); 2 lines without status
     * or signal; one junk line.
     */
    static List<String> log() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("0 DC " + (15_000 + i % 7 - 3) + " GET /slow/" + i + (i < 5 ? " 200" : ""));
        }
        for (int i = 0; i < 40; i++) {
            lines.add("200 - " + (1000 + i * 487) + " GET /slow/" + (100 + i) + " 200");
        }
        for (int i = 0; i < 3; i++) {
            lines.add("504 UT 30000 GET /slow/" + i);
        }
        lines.add("0 - 5 GET /x");
        lines.add("0 - 6 GET /x");
        lines.add("junk");
        return lines;
    }

    static LogAnalysis analyse(List<String> lines) {
        LogAnalysis a = new LogAnalysis(10);
        a.startSource("proxy.log", new SignalFormat());
        LogLine line = new LogLine();
        long n = 0;
        for (String s : lines) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            a.accept(b, 0, b.length, line, "proxy.log", ++n);
        }
        return a;
    }

    @Test
    void aGiveUpWithoutStatusIsReportedUnderItsSignalNotAsACodeNorUnparsed() {
        LogAnalysis a = analyse(log());
        assertThat(a.parsed).isEqualTo(75);
        assertThat(a.unparsed).isEqualTo(1);
        assertThat(a.withoutStatus).isEqualTo(32);
        LogReport r = new LogReport(a);
        assertThat(r.codes).extracting(c -> c.meaning.code()).containsExactlyInAnyOrder(200, 504);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        r.printText(new PrintStream(o, true, StandardCharsets.UTF_8));
        String text = o.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("76 lines, 75 parsed, 1 not parsed",
                "Lines without a status code", "client gave up (TestProxy DC)",
                "no status (TestProxy)",
                "GET /slow/{id}: 30 × client gave up (TestProxy DC)",
                "100 % of the give-ups (TestProxy DC) on GET /slow/{id} ended at 15.0 s",
                "5 of these came after the backend had answered: work done and thrown away",
                "Work thrown away: 5 of 30 give-ups (17 %)",
                "5xx: 3 (4 %): 0 from the upstream, 3 from TestProxy itself");
        assertThat(text).doesNotContain("  0  ", "not parsed: proxy.log:1");
        // successes at 1.000 + 0.487 i s: at least 14.95 s for i >= 29, 11 of 40
        assertThat(text).contains("gives up on the slowest 28 %");
    }

    @Test
    void theJsonSaysTheSame() throws Exception {
        LogReport r = new LogReport(analyse(log()));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        LogReportJson.print(r, new PrintStream(o, true, StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(o.toString(StandardCharsets.UTF_8));
        long sum = 0;
        for (JsonNode c : root.get("codes")) {
            sum += c.get("count").asLong();
        }
        for (JsonNode c : root.get("withoutStatus")) {
            sum += c.get("count").asLong();
        }
        assertThat(sum).isEqualTo(root.get("parsed").asLong());
        JsonNode gone = root.get("clientGone").get(0);
        assertThat(gone.get("code").isNull()).isTrue();
        assertThat(gone.get("signal").asText()).isEqualTo("DC");
        assertThat(gone.get("label").asText()).isEqualTo("client gave up (TestProxy DC)");
        assertThat(gone.get("afterBackendAnswered").asLong()).isEqualTo(5);
        assertThat(gone.get("cluster").get("seconds").asDouble()).isCloseTo(15.0, within(0.05));
        assertThat(root.get("clientGaveUp").get("count").asLong()).isEqualTo(30);
        assertThat(root.get("clientGaveUp").get("afterBackendAnswered").asLong()).isEqualTo(5);
        assertThat(root.get("serverErrors").get("fromProxy").asLong()).isEqualTo(3);
    }

    /**
     * The shared rule: a give-up whose backend had answered is work thrown away whatever status
     * the proxy logged. HAProxy logs the server's 200 with CD when the client left during the
     * body (haproxy#1441, {@code Tr} 5 ms), and 400 CH with {@code Tr} -1 when it left first.
     */
    @Test
    void aHaproxy200CdWithTheServersTimeIsWorkThrownAway() {
        LogAnalysis a = new LogAnalysis(new HaproxyFormat(), 10);
        LogLine line = new LogLine();
        String[] lines = {
            "10.0.0.1:41168 [02/Nov/2021:08:45:35.191] fe be/s1 1/0/0/5/27161 200 1672581 - -"
                    + " CD-- 750/750/17/16/0 0/0 \"GET /a.js HTTP/1.1\"",
            "10.0.0.1:41169 [02/Nov/2021:08:45:36.191] fe be/s1 0/0/0/-1/600 400 206 - -"
                    + " CH-- 10/10/8/8/0 0/0 \"GET /report/1 HTTP/1.1\"",
            "10.0.0.1:41170 [02/Nov/2021:08:45:37.191] fe be/s1 0/0/0/40/41 200 206 - -"
                    + " ---- 10/10/8/8/0 0/0 \"GET /report/2 HTTP/1.1\""};
        long n = 0;
        for (String s : lines) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            a.accept(b, 0, b.length, line, "haproxy.log", ++n);
        }
        assertThat(a.parsed).isEqualTo(3);
        assertThat(a.clientGaveUp).isEqualTo(2);
        assertThat(a.gaveUpAfterBackendAnswered).as("only the 200 CD").isEqualTo(1);
    }
}
