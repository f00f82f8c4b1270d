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
 * A CloudFront standard log (the {@code #Version} and {@code #Fields} header, then tab-separated
 * lines with the 33 fields of AWS's "Standard logging reference") from a fixed seed. Planted: on
 * {@code GET /videos/{id}} viewers that give up at 20 s (± 30 ms): {@code 000 ClientCommError},
 * and {@code 200 ClientCommError} after a {@code Miss} (the origin's answer thrown away);
 * {@code 000 ClientHungUpRequest} spread over 0.2–9 s on {@code POST /api/upload}; a few
 * {@code 000} with no client result type, downloads cut ({@code Error} after a {@code Hit}) and
 * 408s; 5xx from the origin ({@code Miss}), from CloudFront ({@code Origin...} errors,
 * {@code LimitExceeded}) and cached ones ({@code Hit}); ids in paths.
 */
final class CloudFrontLogGenerator {
    static final String HEADER = "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip"
            + " cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query"
            + " cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes"
            + " time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type"
            + " cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte"
            + " x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start"
            + " sc-range-end\n";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd\tHH:mm:ss").withZone(ZoneOffset.UTC);

    private final SplittableRandom random;
    private Instant clock = Instant.parse("2026-03-02T08:00:00Z");

    CloudFrontLogGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The header and {@code n} lines. */
    String log(int n) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            sb.append(next()).append('\n');
        }
        return sb.toString();
    }

    private String next() {
        int pick = random.nextInt(1000);
        String video = "/videos/" + (1000 + random.nextInt(9000));
        if (pick < 30) { // the planted timeout: 20 s ± 30 ms, nothing sent yet
            return line("GET", video, "000", "Error", "Error", "ClientCommError",
                    20_000 - 30 + random.nextInt(61));
        }
        if (pick < 45) { // the same timeout after the origin's answer was passed on
            return line("GET", video, "200", "Miss", "Miss", "ClientCommError",
                    20_000 - 30 + random.nextInt(61));
        }
        if (pick < 55) { // hung up while sending the request: no timeout in common
            return line("POST", "/api/upload", "000", "Error", "Error", "ClientHungUpRequest",
                    200 + random.nextInt(8800));
        }
        if (pick < 58) { // 000 with no client result type
            return line("GET", "/api/items/" + random.nextInt(100_000), "000", "Error", "Error",
                    "Error", 1000 + random.nextInt(3000));
        }
        if (pick < 66) { // downloads cut: Error after a Hit
            return line("GET", video, "200", "Error", "Hit", "Error",
                    500 + random.nextInt(15_000));
        }
        if (pick < 69) { // 408 Request Timeout, CloudFront's own
            return line("POST", "/api/upload", "408", "Error", "Error", "Error",
                    10_000 + random.nextInt(20));
        }
        if (pick < 79) { // CloudFront's 5xx: origin errors, its own limits
            String[][] kinds = {{"502", "OriginConnectError"}, {"504", "OriginReadTimeout"},
                {"502", "OriginDnsError"}, {"503", "LimitExceeded"}};
            String[] k = kinds[random.nextInt(kinds.length)];
            String result = k[1].equals("LimitExceeded") ? "LimitExceeded" : "Error";
            return line(method(random), "/api/items/" + random.nextInt(100_000), k[0], result,
                    result, k[1],
                    k[0].equals("504") ? 30_000 + random.nextInt(20) : random.nextInt(50));
        }
        if (pick < 89) { // the origin's 5xx, passed on; or cached
            String code = random.nextBoolean() ? "500" : "503";
            String result = random.nextInt(4) == 0 ? "Hit" : "Miss";
            return line(method(random), "/api/items/" + random.nextInt(100_000), code, result,
                    result, result, 5 + random.nextInt(400));
        }
        String[] paths = {
            video,
            "/api/items/" + random.nextInt(100_000),
            "/api/upload",
            "/archive/2026-03-0" + (1 + random.nextInt(9)),
            "/users/" + uuid(random) + "/avatar",
            "/static/app.js",
            "/",
        };
        String path = paths[random.nextInt(paths.length)];
        String method = path.equals("/api/upload") ? "POST" : "GET";
        String code = new String[] {"200", "200", "200", "206", "304", "404", "403"}[
                random.nextInt(7)];
        String result = new String[] {"Hit", "Hit", "Miss", "RefreshHit"}[random.nextInt(4)];
        long ms = path.startsWith("/videos/")
                ? (long) (1500 + Math.abs(random.nextDouble() + random.nextDouble() - 1) * 12_000)
                : (long) Math.exp(random.nextDouble() * 7);
        return line(method, path, code, result, result, result, ms);
    }

    /** One line; {@code ms} is time-taken. */
    private String line(String method, String path, String status, String result,
            String responseResult, String detailed, long ms) {
        clock = clock.plusMillis(random.nextInt(200));
        String seconds = String.format(Locale.ROOT, "%.3f", ms / 1000.0);
        return String.join("\t",
                DATE.format(clock),
                "FRA56-P" + (1 + random.nextInt(9)),
                Integer.toString(300 + random.nextInt(90_000)),
                "192.0.2." + random.nextInt(256),
                method,
                "d111111abcdef8.cloudfront.net",
                path,
                status,
                "-",
                "Mozilla/5.0%20(X11;%20Linux%20x86_64)",
                random.nextInt(5) == 0 ? "page=" + random.nextInt(9) : "-",
                "-",
                result,
                hex(random, 20) + "==",
                "www.example.com",
                "https",
                Integer.toString(100 + random.nextInt(900)),
                seconds,
                "-",
                "TLSv1.3",
                "TLS_AES_128_GCM_SHA256",
                responseResult,
                "HTTP/2.0",
                "-",
                "-",
                Integer.toString(1024 + random.nextInt(60_000)),
                seconds,
                detailed,
                "application/json",
                Integer.toString(random.nextInt(90_000)),
                "-",
                "-");
    }
}
