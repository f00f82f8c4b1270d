package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ALB access-log format, on the example entries of AWS's own documentation. */
class AlbFormatTest {
    static List<String> awsExamples() throws IOException {
        try (InputStream in = AlbFormatTest.class.getResourceAsStream(
                "/alb-aws-docs-examples.log")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    static LogLine parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(new AlbFormat().parse(b, 0, b.length, line)).as(s).isTrue();
        return line;
    }

    static String range(String s, int from, int to) {
        return new String(s.getBytes(StandardCharsets.UTF_8), from, to - from,
                StandardCharsets.UTF_8);
    }

    @Test
    void parsesEveryExampleOfAwsDocumentation() throws IOException {
        List<String> examples = awsExamples();
        assertThat(examples).hasSize(7);
        int[] elb = {200, 200, 200, 101, 101, 200, 502};
        int[] target = {200, 200, 200, 101, 101, 200, 0};
        for (int i = 0; i < examples.size(); i++) {
            String s = examples.get(i);
            LogLine line = parse(s);
            assertThat(line.status).as(s).isEqualTo(elb[i]);
            assertThat(line.backendStatus).as(s).isEqualTo(target[i]);
            assertThat(range(s, line.methodFrom, line.methodTo)).isEqualTo("GET");
            // time 22:23:00.186641 minus request_creation_time 22:22:48.364000
            assertThat(line.durationMillis).as(s).isEqualTo(11_822);
        }
        LogLine h2 = parse(examples.get(2));
        assertThat(range(examples.get(2), h2.targetFrom, h2.targetTo))
                .isEqualTo("https://10.0.2.105:773/");
    }

    @Test
    void readsA460WithMinusOneProcessingTimesByItsTwoTimestamps() {
        String s = "https 2026-11-30T10:00:10.012000Z app/lb/1 203.0.113.9:5000 10.0.0.5:8080"
                + " -1 -1 -1 460 - 120 0 \"GET https://api.example.com:443/report/42?x=1"
                + " HTTP/1.1\" \"okhttp/4.12.0\" TLS_AES_128_GCM_SHA256 TLSv1.3"
                + " arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/t/1 \"Root=1-1\""
                + " \"api.example.com\" \"arn:aws:acm:eu-west-1:1:certificate/1\" 1"
                + " 2026-11-30T10:00:00.010000Z \"forward\" \"-\" \"-\" \"10.0.0.5:8080\" \"-\""
                + " \"-\" \"-\" TID_1234";
        LogLine line = parse(s);
        assertThat(line.status).isEqualTo(460);
        assertThat(line.backendStatus).isZero();
        assertThat(line.durationMillis).isEqualTo(10_002);
        assertThat(line.clientGaveUp).isTrue();
        assertThat(line.timeMillis).isEqualTo(java.time.Instant.parse("2026-11-30T10:00:10.012Z")
                .toEpochMilli());
        assertThat(range(s, line.targetFrom, line.targetTo))
                .isEqualTo("https://api.example.com:443/report/42?x=1");
    }

    @Test
    void sumsTheProcessingTimesOfAnOldLineWithoutRequestCreationTime() {
        LogLine line = parse("http 2016-08-10T22:08:42.945958Z app/my-loadbalancer/50dc6c495c0c9188"
                + " 192.168.131.39:2817 10.0.0.1:80 0.000 1.001 0.002 200 200 34 366"
                + " \"GET http://www.example.com:80/ HTTP/1.1\" \"curl/7.46.0\" - -"
                + " arn:aws:elasticloadbalancing:us-east-2:1:targetgroup/t/1");
        assertThat(line.durationMillis).isEqualTo(1_003);
    }

    @Test
    void rejectsNginxLinesAndJunk() {
        LogLine line = new LogLine();
        for (String s : List.of("", "http", "127.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET /"
                + " HTTP/1.1\" 200 1 \"-\" \"-\"", "http 2018-07-02T22:23:00Z lb a b 0 0 0 2000 200"
                + " 1 1 \"GET / HTTP/1.1\"", "http not-a-time lb a b 0 0 0 200 200 1 1 \"GET /\"")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(new AlbFormat().parse(b, 0, b.length, line)).as(s).isFalse();
        }
    }
}
