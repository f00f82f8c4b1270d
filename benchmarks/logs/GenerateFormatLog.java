import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a large log of one format for benchmarks/logs-formats.sh from the format's test fixture
 * (cli/src/test/resources/formats/NAME.log): its header lines once (a W3C file's last
 * #Version/#Fields block), then its records again and again, picked at random (fixed seed), with
 * every run of digits in the path after the first '/' of a request varied so endpoints collapse
 * as in a real log. Usage: java GenerateFormatLog.java FIXTURE LINES FILE
 */
public class GenerateFormatLog {
    public static void main(String[] args) throws IOException {
        List<String> all = new ArrayList<>();
        for (String s : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!s.startsWith("## ") && !s.equals("##") && !s.isEmpty()) {
                all.add(s);
            }
        }
        int lastHeader = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith("#")) {
                lastHeader = i;
            }
        }
        int firstHeader = lastHeader;
        while (firstHeader > 0 && all.get(firstHeader - 1).startsWith("#")) {
            firstHeader--;
        }
        List<String> header = lastHeader < 0 ? List.of() : all.subList(firstHeader, lastHeader + 1);
        List<String> records = all.subList(lastHeader + 1, all.size());
        long lines = Long.parseLong(args[1]);
        SplittableRandom r = new SplittableRandom(16);
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[2]), 1 << 20)) {
            for (String h : header) {
                out.write((h + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[][] recs = new byte[records.size()][];
            for (int i = 0; i < recs.length; i++) {
                recs[i] = (records.get(i) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            for (long n = header.size(); n < lines; n++) {
                out.write(recs[r.nextInt(recs.length)]);
            }
        }
    }
}
