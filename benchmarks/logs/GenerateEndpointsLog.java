import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic nginx access log in README's "timed" format with many endpoints, for
 * benchmarks/logs-html.sh: ENDPOINTS endpoints whose paths are letters only (so none collapses
 * into {id}), each with 2 successes (0.5 to 9 s) and 1 client that gave up at 10 s (499), at
 * random times over one day. Fixed seed: the same file every time.
 * Usage: java GenerateEndpointsLog.java ENDPOINTS FILE
 */
public class GenerateEndpointsLog {
    public static void main(String[] args) throws IOException {
        int endpoints = Integer.parseInt(args[0]);
        SplittableRandom r = new SplittableRandom(21);
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 20)) {
            StringBuilder sb = new StringBuilder(256);
            for (int e = 0; e < endpoints; e++) {
                StringBuilder path = new StringBuilder("/");
                for (char c : Integer.toString(e).toCharArray()) {
                    path.append((char) ('a' + c - '0'));
                }
                path.append("/item");
                for (int k = 0; k < 3; k++) {
                    boolean gone = k == 2;
                    double rt = gone ? 10 + (r.nextDouble() - 0.5) * 0.04 : 0.5 + r.nextDouble() * 8.5;
                    int s = r.nextInt(86_400);
                    sb.setLength(0);
                    sb.append("10.0.0.1 - - [01/Dec/2026:")
                            .append(String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60))
                            .append(" +0000] \"GET ").append(path).append(" HTTP/1.1\" ")
                            .append(gone ? 499 : 200).append(" 10 \"-\" \"bench/1.0\" rt=")
                            .append(String.format(Locale.ROOT, "%.3f", rt)).append(" urt=\"")
                            .append(gone ? "-" : String.format(Locale.ROOT, "%.3f", rt))
                            .append("\" us=\"").append(gone ? "-" : "200").append("\"\n");
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }
}
