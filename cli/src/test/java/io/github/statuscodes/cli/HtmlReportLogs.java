package io.github.statuscodes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Logs written for the HTML report's tests, with what each holds stated where it is made. */
final class HtmlReportLogs {
    static final DateTimeFormatter CLF = DateTimeFormatter
            .ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    /** Paths and a user agent an attacker could send, each to run a script if not escaped. */
    static final String[] HOSTILE_PATHS = {
        "/<script>document.title='pwned';window.pwned=true</script>",
        "/<img/src=x/onerror=window.pwned=true>",
        "javascript:window.pwned=true",
        "/a</script><!--<script>window.pwned=true</script>",
        "/line\u2028sep\u2029para/x'onmouseover=window.pwned=true",
    };
    static final String HOSTILE_AGENT = "</script><script>window.pwned=true</script><!--\u2028";
    /** A file name that is also markup. */
    static final String HOSTILE_FILE = "<img src=x onerror=window.pwned=true>.log";

    private HtmlReportLogs() {
    }

    static String timed(Instant at, String method, String target, int status, double seconds,
            String agent) {
        return String.format(Locale.ROOT, "10.0.0.1 - - [%s] \"%s %s HTTP/1.1\" %d 10 \"-\""
                + " \"%s\" rt=%.3f urt=\"%s\" us=\"%s\"", CLF.format(at), method, target, status,
                agent, seconds, status == 499 || status == 502 ? "-"
                        : String.format(Locale.ROOT, "%.3f", seconds),
                status == 499 || status == 502 ? "-" : Integer.toString(status));
    }

    /**
     * GET /report/{id}: 400 successes with durations 0.2 s + i × 35 ms (0.2 to 14.165 s), and
     * clients that gave up at exactly 10.200 s, one a minute from 10:00 for 60 minutes plus 30 in
     * the minute 10:40 (a burst); 90 give-ups in all. GET /search: 200 successes 50 to 249 ms.
     * POST /orders: 50 × 502 from nginx itself (no upstream status). Two hours of lines in all.
     */
    static List<String> demo() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add(timed(START.plusSeconds(i * 18L), "GET", "/report/" + (1000 + i), 200,
                    0.2 + i * 0.035, "okhttp/4.12.0"));
        }
        for (int m = 0; m < 60; m++) {
            lines.add(timed(START.plusSeconds(m * 60L + 7), "GET", "/report/" + m, 499, 10.2,
                    "okhttp/4.12.0"));
        }
        for (int k = 0; k < 30; k++) {
            lines.add(timed(START.plusSeconds(40 * 60L + k), "GET", "/report/" + k, 499, 10.2,
                    "okhttp/4.12.0"));
        }
        for (int i = 0; i < 200; i++) {
            lines.add(timed(START.plusSeconds(i * 36L), "GET", "/search?q=" + i, 200,
                    0.05 + i * 0.001, "Mozilla/5.0"));
        }
        for (int i = 0; i < 50; i++) {
            lines.add(timed(START.plusSeconds(i * 144L), "POST", "/orders", 502, 0.01, "curl"));
        }
        return lines;
    }

    /** Successful /report/{id} in {@link #demo()} that took at least {@code seconds}. */
    static long demoSuccessesAtLeast(double seconds) {
        long n = 0;
        for (int i = 0; i < 400; i++) {
            if (0.2 + i * 0.035 >= seconds - 1e-9) {
                n++;
            }
        }
        return n;
    }

    /**
     * Each hostile path: 6 clients gave up at 2 s and 4 successes (0.5 to 2.0 s), with the hostile
     * user agent; then 10 harmless endpoints with 3 give-ups each (so the report has a table).
     */
    static List<String> hostile() {
        List<String> lines = new ArrayList<>();
        int t = 0;
        for (String p : HOSTILE_PATHS) {
            for (int i = 0; i < 6; i++) {
                lines.add(timed(START.plusSeconds(t++), "GET", p, 499, 2.0, HOSTILE_AGENT));
            }
            for (int i = 0; i < 4; i++) {
                lines.add(timed(START.plusSeconds(t++), "GET", p, 200, 0.5 * (i + 1),
                        HOSTILE_AGENT));
            }
        }
        for (int e = 0; e < 10; e++) {
            String path = "/plain/" + (char) ('a' + e) + "x";
            for (int i = 0; i < 3; i++) {
                lines.add(timed(START.plusSeconds(t++), "GET", path, 499, 1.0 + e, "curl"));
            }
        }
        return lines;
    }

    /**
     * AWS ALB lines: GET /export/{id} 100 successes taking 1 + i × 0.3 s (processing times 0.001,
     * t, 0.000), and 20 clients that closed the connection (460, -1 -1 -1) after 30.000 s.
     */
    static List<String> alb() {
        List<String> lines = new ArrayList<>();
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'",
                Locale.ROOT).withZone(ZoneOffset.UTC);
        for (int i = 0; i < 120; i++) {
            boolean gone = i >= 100;
            Instant end = START.plusSeconds(i * 30L + 31);
            double target = 1 + i * 0.3;
            Instant created = gone ? end.minusSeconds(30) : end.minusMillis(
                    Math.round((target + 0.001) * 1000));
            lines.add("https " + iso.format(end) + " app/lb/1 203.0.113.9:5000 10.0.0.5:8080 "
                    + (gone ? "-1 -1 -1 460 -" : String.format(Locale.ROOT,
                            "0.001 %.3f 0.000 200 200", target))
                    + " 120 0 \"GET https://api.example.com:443/export/" + (7000 + i)
                    + " HTTP/1.1\" \"okhttp/4.12.0\" TLS_AES_128_GCM_SHA256 TLSv1.3"
                    + " arn:aws:elasticloadbalancing:eu-west-1:1:targetgroup/t/1 \"Root=1-1\""
                    + " \"api.example.com\" \"arn:aws:acm:eu-west-1:1:certificate/1\" 1 "
                    + iso.format(created) + " \"forward\" \"-\" \"-\" \"10.0.0.5:8080\" \"-\""
                    + " \"-\" \"-\" TID_1234");
        }
        return lines;
    }

    static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return p;
    }
}
