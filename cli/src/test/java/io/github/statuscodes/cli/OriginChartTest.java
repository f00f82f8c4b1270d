package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The 5xx-by-origin bar of {@code logs --html}, drawn from ALB lines. */
class OriginChartTest {
    private static final Pattern RECT = Pattern.compile(
            "<rect class=\"(\\w+)\" x=\"([0-9.]+)\" y=\"(\\d+)\" width=\"([0-9.]+)\""
                    + " height=\"\\d+\" data-n=\"(\\d+)\">");

    /** An ALB line: elb status, then the target's ("-": the load balancer answered itself). */
    private static String alb(String method, int elb, String target) {
        String times = target.equals("-") ? "-1 -1 -1" : "0.001 0.200 0.000";
        return "https 2026-12-01T10:00:00.000000Z app/lb/1 203.0.113.9:5000 10.0.0.5:8080 "
                + times + " " + elb + " " + target + " 120 0 \"" + method
                + " https://api.example.com:443/orders HTTP/1.1\" \"okhttp/4.12.0\""
                + " TLS_AES_128_GCM_SHA256 TLSv1.3"
                + " arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/t/1 \"Root=1-1\""
                + " \"api.example.com\" \"arn:aws:acm:eu-west-1:1:certificate/1\" 1"
                + " 2026-12-01T09:59:59.800000Z \"forward\" \"-\" \"-\" \"10.0.0.5:8080\" \"-\""
                + " \"-\" \"-\" TID_1234";
    }

    private static LogReport report(List<String> lines) {
        LogAnalysis a = new LogAnalysis(300, false);
        a.startSource("alb.log", LogFormat.named("alb"));
        LogLine line = new LogLine();
        long n = 0;
        for (String l : lines) {
            byte[] b = l.getBytes(StandardCharsets.UTF_8);
            a.accept(b, 0, b.length, line, "alb.log", ++n);
        }
        return new LogReport(a);
    }

    @Test
    void barsSplitTheWidthByOriginInCountOrder() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(alb("GET", 503, "503"));
        }
        lines.add(alb("GET", 502, "-"));
        lines.add(alb("POST", 502, "-"));
        lines.add(alb("GET", 200, "200"));
        LogReport r = report(lines);
        String svg = OriginChart.svg(r);
        List<String[]> rects = new ArrayList<>();
        Matcher m = RECT.matcher(svg);
        while (m.find()) {
            rects.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        // the backend's 3 of 5, then the load balancer's 2 of 5, then the retryable bar below
        assertThat(rects).hasSize(3);
        assertThat(rects.get(0)).containsExactly("be", "0.0", "4", "384.0", "3");
        assertThat(rects.get(1)).containsExactly("px", "384.0", "4", "256.0", "2");
        assertThat(rects.get(2)[0]).isEqualTo("be");
        assertThat(rects.get(2)[2]).isEqualTo("36");
        // 503 is retryable for any method, 502 for GET only (RFC 9110 idempotency): 4 of 5
        assertThat(rects.get(2)[4]).isEqualTo("4");
        assertThat(Double.parseDouble(rects.get(2)[3])).isEqualTo(640.0 * 4 / 5);
        assertThat(svg).startsWith("<svg class=\"chart origin\" viewBox=\"0 0 640 64\"")
                .endsWith("</text></svg>");
        assertThat(OriginChart.summary(r)).startsWith("5 5xx (").contains(" of parsed lines): 3 from"
                + " the target (solid), 2 from the load balancer (hatched); 4 (").endsWith(
                        ") retryable under the registry's rules for their method.");
    }
}
