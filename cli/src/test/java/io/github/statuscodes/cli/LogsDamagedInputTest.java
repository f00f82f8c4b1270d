package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged gzip files, hostile file names in error messages, and a heap too small to start. */
class LogsDamagedInputTest {
    @TempDir
    Path dir;

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void aTruncatedGzipIsReportedAsCutShortWithWhatWasRead() throws Exception {
        Path whole = Fixtures.file("timed.log", dir);
        int wholeLines = Fixtures.lines("timed.log").size();
        StringBuilder many = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            many.append(LogsCommandTest.timed("GET /x/" + r.nextInt(), 200, r.nextInt(5000) / 1000.0,
                    "200")).append('\n');
        }
        byte[] gz = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("trunc.gz");
        Files.write(cut, Arrays.copyOf(gz, gz.length * 2 / 3));
        Run run = Run.of("logs", whole.toString(), cut.toString());
        assertThat(run.status).isEqualTo(LogsCommand.CUT_SHORT).isEqualTo(1);
        assertThat(run.err).contains("trunc.gz: compressed data ends early after ");
        assertThat(run.out).contains("cut short: " + cut + ": compressed data ends early after");
        JsonNode json = new ObjectMapper().readTree(
                Run.of("logs", "--json", whole.toString(), cut.toString()).out);
        assertThat(json.get("lines").asLong()).isGreaterThan(wholeLines + 1000)
                .isLessThan(wholeLines + 20_000);
        assertThat(json.get("cutShort")).hasSize(1);
    }

    @Test
    void magicBytesAloneAndJunkAfterThemSayDamagedGzip() throws IOException {
        Path magic = dir.resolve("magic.gz");
        Files.write(magic, new byte[] {0x1f, (byte) 0x8b});
        Path junk = dir.resolve("junk.gz");
        Files.write(junk, new byte[] {0x1f, (byte) 0x8b, 0x77, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        Run a = Run.of("logs", "--format", "timed", magic.toString());
        assertThat(a.status).isEqualTo(1);
        assertThat(a.err).contains("magic.gz: compressed data ends early after 0 lines");
        Run b = Run.of("logs", "--format", "timed", junk.toString());
        assertThat(b.status).isEqualTo(1);
        assertThat(b.err).contains("junk.gz: damaged gzip data");
    }

    @Test
    void aSymlinkLoopWithEscapesInItsNameNeverPrintsThemRaw() throws IOException {
        Path loop = dir.resolve("ev\u001b]0;PWNED\u0007\u001b[31m");
        Files.createSymbolicLink(loop, loop);
        Run run = Run.of("logs", loop.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).startsWith("statuscodes: cannot read").doesNotContain("\u001b", "\u0007");
        assertThat(run.err.lines()).hasSize(1);
    }

    @Test
    void aTinyHeapEndsWithOneLineNotAStackTrace() throws Exception {
        Path log = Fixtures.file("timed.log", dir);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx4m", "-cp", System.getProperty("java.class.path"),
                CommandLine.class.getName(), "logs", log.toString()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() == 0) {
            assertThat(out).contains("(format timed)"); // the heap was enough after all
        } else {
            assertThat(p.exitValue()).as(err).isEqualTo(2);
            assertThat(err).startsWith("statuscodes: out of memory").doesNotContain("\tat ");
            // JDK 21+ logs Runtime.exit itself; with 4 MB of heap that logging may fail and say
            // so in a line of the JDK's own ("Runtime.exit(2) logging failed: ..."), not ours.
            assertThat(err.lines().filter(l -> !l.startsWith("Runtime.exit(")))
                    .hasSize(1);
        }
    }
}
