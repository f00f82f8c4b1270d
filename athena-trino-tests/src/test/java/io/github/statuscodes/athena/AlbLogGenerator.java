package io.github.statuscodes.athena;

import static io.github.statuscodes.athena.RandomParts.hex;
import static io.github.statuscodes.athena.RandomParts.method;
import static io.github.statuscodes.athena.RandomParts.uuid;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * ALB access-log lines in the format of AWS's "Access logs for your Application Load Balancer"
 * page, every field up to conn_trace_id, from a fixed seed. Planted: on {@code GET /reports/{id}}
 * clients that give up at 10 s (460s at 10 s ± 40 ms, half of them after the target answered),
 * 460s spread over 0.2–9 s with no timeout on {@code POST /api/payments}, 5xx from the load
 * balancer and from targets, and paths whose ids the endpoint rule must collapse (numbers, dates,
 * hex, UUIDs, long tokens).
 */
final class AlbLogGenerator {
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'000Z'").withZone(ZoneOffset.UTC);

    private final SplittableRandom random;
    private Instant clock = Instant.parse("2026-03-02T08:00:00Z");

    AlbLogGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** {@code n} lines of ordinary traffic with the planted findings mixed in. */
    List<String> lines(int n) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(next());
        }
        return lines;
    }

    private String next() {
        int pick = random.nextInt(1000);
        if (pick < 40) { // the planted timeout: 10 s ± 40 ms
            long ms = 10_000 - 40 + random.nextInt(81);
            return line("GET", "/reports/" + (1000 + random.nextInt(9000)) + "?format=pdf", 460,
                    random.nextBoolean() ? "200" : "-", ms);
        }
        if (pick < 50) { // 460s with no timeout in common
            return line("POST", "/api/payments", 460, random.nextInt(4) == 0 ? "201" : "-",
                    200 + random.nextInt(8800));
        }
        if (pick < 52) { // a few 460s on another endpoint, too few for a cluster
            return line("GET", "/api/orders/" + random.nextInt(100_000), 460, "-",
                    3000 + random.nextInt(3));
        }
        if (pick < 62) { // the load balancer's own 5xx: no target, or a target that failed
            int code = new int[] {502, 503, 504}[random.nextInt(3)];
            return line(method(random), "/api/orders/" + random.nextInt(100_000), code, "-",
                    code == 504 ? 60_000 + random.nextInt(20) : random.nextInt(30));
        }
        if (pick < 72) { // the target's 5xx, passed on
            int code = random.nextBoolean() ? 500 : 503;
            return line(method(random), "/api/orders/" + random.nextInt(100_000), code,
                    Integer.toString(code), 5 + random.nextInt(400));
        }
        if (pick < 74) { // a 502 whose target answered something else
            return line("GET", "/api/orders/" + random.nextInt(100_000), 502, "200",
                    5 + random.nextInt(40));
        }
        String[] paths = {
            "/reports/" + (1000 + random.nextInt(9000)) + "?format=pdf",
            "/api/orders/" + random.nextInt(100_000),
            "/api/payments",
            "/archive/2026-03-0" + (1 + random.nextInt(9)),
            "/files/" + hex(random, 10),
            "/users/" + uuid(random) + "/avatar",
            "/session/tok" + random.nextInt(10) + "abcdefghijklmnopqrstu",
            "/static/app.js",
            "/",
            "/search?q=abc#top",
        };
        String path = paths[random.nextInt(paths.length)];
        String method = path.equals("/api/payments") ? "POST" : "GET";
        int code = new int[] {200, 200, 200, 200, 200, 201, 204, 301, 304, 404, 400}[
                random.nextInt(11)];
        long ms = path.startsWith("/reports/")
                ? (long) (1500 + Math.abs(random.nextDouble() + random.nextDouble() - 1) * 12_000)
                : 3 + (long) (Math.exp(random.nextDouble() * 7));
        return line(method, path, code, Integer.toString(code), ms);
    }

    /** One line; {@code ms} from request_creation_time to time. */
    private String line(String method, String path, int code, String target, long ms) {
        clock = clock.plusMillis(random.nextInt(50));
        Instant created = clock;
        Instant time = created.plusNanos(ms * 1_000_000 + random.nextInt(1000) * 1000L);
        boolean answered = !target.equals("-");
        String targetPort = answered || code == 460 ? "10.0.1." + random.nextInt(8) + ":8080" : "-";
        String processing = answered
                ? String.format(Locale.ROOT, "0.000 %.3f 0.000", ms / 1000.0)
                : "0.000 -1 -1";
        return String.join(" ",
                random.nextBoolean() ? "https" : "h2",
                MICROS.format(time),
                "app/my-loadbalancer/50dc6c495c0c9188",
                "198.51.100." + random.nextInt(256) + ":" + (1024 + random.nextInt(60000)),
                targetPort,
                processing,
                Integer.toString(code),
                target,
                Integer.toString(100 + random.nextInt(900)),
                Integer.toString(200 + random.nextInt(9000)),
                "\"" + method + " https://www.example.com:443" + path + " HTTP/1.1\"",
                "\"Mozilla/5.0 (X11; Linux x86_64)\"",
                "ECDHE-RSA-AES128-GCM-SHA256",
                "TLSv1.2",
                "arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/"
                        + "73e2d6bc24d8a067",
                "\"Root=1-" + hex(random, 8) + "-" + hex(random, 24) + "\"",
                "\"www.example.com\"",
                "\"arn:aws:acm:us-east-2:123456789012:certificate/"
                        + "12345678-1234-1234-1234-123456789012\"",
                "1",
                MILLIS.format(created),
                "\"forward\"",
                "\"-\"",
                "\"-\"",
                "\"" + targetPort + "\"",
                "\"" + target + "\"",
                "\"-\"",
                "\"-\"",
                "TID_" + hex(random, 16));
    }
}
