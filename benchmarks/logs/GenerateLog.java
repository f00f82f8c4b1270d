import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic nginx access log in README's "timed" format for benchmarks/logs.sh: 12
 * endpoints with ids, mostly 200s, some 404/502/503/504, and on GET /report/{id} clients with a
 * 10 s timeout (499 at 10.0 s) while the successes take 2-14 s. Fixed seed: the same file every
 * time. Usage: java GenerateLog.java LINES FILE
 */
public class GenerateLog {
    static final String[] ENDPOINTS = {"GET /api/users/", "GET /api/orders/", "POST /api/orders",
            "GET /static/app.js", "GET /", "GET /api/search?q=", "PUT /api/users/", "GET /health",
            "GET /api/products/", "DELETE /api/orders/", "GET /api/cart"};

    public static void main(String[] args) throws IOException {
        long lines = Long.parseLong(args[0]);
        SplittableRandom r = new SplittableRandom(12);
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 20)) {
            StringBuilder sb = new StringBuilder(256);
            for (long i = 0; i < lines; i++) {
                sb.setLength(0);
                String request;
                int status;
                double rt;
                String urt;
                String us;
                if (r.nextDouble() < 0.08) {
                    request = "GET /report/" + r.nextInt(100_000);
                    if (r.nextDouble() < 0.3) {
                        status = 499;
                        rt = 10.0 + (r.nextDouble() - 0.5) * 0.02;
                        urt = "-";
                        us = "-";
                    } else {
                        status = 200;
                        rt = 2 + r.nextDouble() * r.nextDouble() * 12;
                        urt = String.format(Locale.ROOT, "%.3f", rt - 0.001);
                        us = "200";
                    }
                } else {
                    String e = ENDPOINTS[r.nextInt(ENDPOINTS.length)];
                    request = e.endsWith("/") || e.endsWith("=") ? e + r.nextInt(1_000_000) : e;
                    double q = r.nextDouble();
                    status = q < 0.90 ? 200 : q < 0.95 ? 404 : q < 0.97 ? 502 : q < 0.99 ? 503 : 504;
                    rt = r.nextDouble() * r.nextDouble() * 0.8;
                    urt = status == 502 ? "-" : String.format(Locale.ROOT, "%.3f", rt);
                    us = status == 502 ? "-" : Integer.toString(status);
                }
                sb.append("10.0.").append(r.nextInt(256)).append('.').append(r.nextInt(256))
                        .append(" - - [01/Dec/2026:10:")
                        .append(String.format(Locale.ROOT, "%02d:%02d", (i / 60_000) % 60,
                                (i / 1000) % 60))
                        .append(" +0000] \"").append(request).append(" HTTP/1.1\" ").append(status)
                        .append(' ').append(r.nextInt(50_000))
                        .append(" \"-\" \"Mozilla/5.0 (X11; Linux x86_64) bench/1.0\" rt=")
                        .append(String.format(Locale.ROOT, "%.3f", rt)).append(" urt=\"").append(urt)
                        .append("\" us=\"").append(us).append("\"\n");
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
