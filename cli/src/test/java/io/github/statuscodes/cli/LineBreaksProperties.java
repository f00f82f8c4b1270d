package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Line breaks: LF, CR LF and a lone CR each end a line, wherever the reads split them. */
class LineBreaksProperties {
    private static final String[] BREAKS = {"\n", "\r\n", "\r"};

    /** A format that keeps every line it is given and reads none. */
    private static final class Recording extends LogFormat {
        final List<String> lines = new ArrayList<>();

        Recording() {
            super("recording", io.github.statuscodes.Vendor.NGINX, false, false);
        }

        @Override
        boolean parse(byte[] b, int from, int to, LogLine line) {
            lines.add(new String(b, from, to - from, StandardCharsets.UTF_8));
            return false;
        }
    }

    /** Returns at most {@code chunk} bytes a read, so a CR LF may fall across two reads. */
    private static final class Chunked extends InputStream {
        private final ByteArrayInputStream in;
        private final int chunk;

        Chunked(byte[] data, int chunk) {
            this.in = new ByteArrayInputStream(data);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, chunk));
        }
    }

    private static List<String> read(byte[] log, int chunk) throws IOException {
        Recording f = new Recording();
        LogAnalysis a = new LogAnalysis(f, 5);
        new LogReader(null).read(new Chunked(log, chunk), "x", a);
        assertThat(a.lines).isEqualTo(f.lines.size());
        return f.lines;
    }

    @Property(tries = 500)
    void everyBreakEndsOneLineWhereverTheReadsSplitIt(
            @ForAll("lines") @Size(max = 30) List<String> lines,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 2) Integer> breaks,
            @ForAll boolean lastBroken,
            @ForAll @IntRange(min = 1, max = 64) int chunk) throws IOException {
        StringBuilder log = new StringBuilder();
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            log.append(lines.get(i));
            if (i + 1 < lines.size() || lastBroken) {
                String br = BREAKS[breaks.isEmpty() ? 0 : breaks.get(i % breaks.size())];
                if (previous.equals("\r") && lines.get(i).isEmpty() && br.startsWith("\n")) {
                    br = "\r"; // CR, empty line, LF would read as one CR LF break
                }
                log.append(br);
                previous = br;
            }
        }
        List<String> expected = new ArrayList<>(lines);
        if (!expected.isEmpty() && !lastBroken && expected.get(expected.size() - 1).isEmpty()) {
            expected.remove(expected.size() - 1); // nothing after the last break: no line
        }
        assertThat(read(log.toString().getBytes(StandardCharsets.UTF_8), chunk))
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\t').ofMaxLength(40)
                .list();
    }

    @Example
    void twoLfsInARowAreAnEmptyLineButCrLfIsOneBreak() throws IOException {
        assertThat(read("a\n\nb\r\nc\r\rd".getBytes(StandardCharsets.US_ASCII), 1 << 20))
                .containsExactly("a", "", "b", "c", "", "d");
    }

    @Example
    void aLogWithCarriageReturnLineEndsIsDetectedAndReadLineByLine() throws IOException {
        String log = "203.0.113.7 - - [01/Dec/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5"
                + " \"-\" \"curl/8.5.0\"\r"
                + "203.0.113.8 - - [01/Dec/2026:10:00:01 +0000] \"GET /b HTTP/1.1\" 499 0"
                + " \"-\" \"curl/8.5.0\"\r"
                + "203.0.113.9 - - [01/Dec/2026:10:00:02 +0000] \"POST /c HTTP/1.1\" 502 0"
                + " \"-\" \"curl/8.5.0\"\r";
        Path dir = Files.createTempDirectory("cr-log");
        Path file = dir.resolve("access.log");
        Files.write(file, log.getBytes(StandardCharsets.US_ASCII));
        try {
            Run r = Run.of("logs", file.toString());
            assertThat(r.status).as(r.err).isZero();
            assertThat(r.out).contains("(format combined): 3 lines, 3 parsed, 0 not parsed");
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }
}
