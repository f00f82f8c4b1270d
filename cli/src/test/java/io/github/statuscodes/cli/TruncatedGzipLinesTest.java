package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gzip file cut short: the report covers every whole line the compressed data held before the
 * cut, and says how many, not what was left after the last full read of the buffer.
 */
class TruncatedGzipLinesTest {
    @TempDir
    Path dir;

    @Test
    void everyLineBeforeTheCutIsReadAndCounted() throws Exception {
        StringBuilder log = new StringBuilder();
        Random r = new Random(11);
        for (int i = 0; i < 40_000; i++) {
            log.append(LogsCommandTest.timed("GET /x/" + r.nextInt(), 200,
                    r.nextInt(5000) / 1000.0, "200")).append('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(log.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() * 2 / 3);
        long before = wholeLinesBeforeTheCut(cut);
        Path file = dir.resolve("cut.log.gz");
        Files.write(file, cut);
        Run run = Run.of("logs", "--json", "--format", "timed", file.toString());
        assertThat(run.status).isEqualTo(LogsCommand.CUT_SHORT);
        long lines = new ObjectMapper().readTree(run.out).get("lines").asLong();
        assertThat(lines).as("gunzip reads %d whole lines before the cut", before)
                .isGreaterThanOrEqualTo(before);
        assertThat(run.err).contains("compressed data ends early after " + lines + " lines");
    }

    /** The line breaks a plain GZIPInputStream hands out before it meets the end of the data. */
    private static long wholeLinesBeforeTheCut(byte[] gz) throws IOException {
        long lines = 0;
        byte[] buf = new byte[8192];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    lines += buf[i] == '\n' ? 1 : 0;
                }
            }
        } catch (EOFException expected) {
            // the cut
        }
        return lines;
    }

    @Test
    void aGzipCutWithinTheLinesDetectionReadsKeepsThemAndTheFormat() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            log.append(LogsCommandTest.timed("GET /y/" + i, 200, 0.1 + i / 100.0, "200"))
                    .append('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(log.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 8); // the trailer
        long before = wholeLinesBeforeTheCut(cut);
        Path file = dir.resolve("short.log.gz");
        Files.write(file, cut);
        Run run = Run.of("logs", "--json", file.toString()); // no --format: detected
        assertThat(run.status).as(run.err).isEqualTo(LogsCommand.CUT_SHORT);
        com.fasterxml.jackson.databind.JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.get("format").asText()).isEqualTo("timed");
        assertThat(root.get("lines").asLong()).isEqualTo(before).isGreaterThan(0);
        assertThat(run.err).contains("compressed data ends early after " + before + " lines");
    }
}
