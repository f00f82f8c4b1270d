package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint cap keeps the analysis within the heap: by the sizes (each endpoint's worst case
 * against the cap the heap allows) and in a forked JVM at -Xmx64m reading a log with more
 * endpoints, each at its worst case, than that heap holds.
 */
class EndpointMemoryTest {
    @TempDir
    Path dir;

    @Test
    void theCapFitsHalfTheHeapAtEachEndpointsWorstCase() {
        for (long mb : new long[] {32, 64, 128, 512, 4096, 65536}) {
            long heap = mb << 20;
            int cap = Endpoints.heapCap(heap);
            assertThat(cap).isPositive();
            assertThat((cap + 1) * Endpoint.MAX_BYTES).as("%d MB", mb)
                    .isLessThanOrEqualTo(Math.max(Endpoint.MAX_BYTES * 2,
                            (heap - Endpoints.RESERVED_BYTES) / 2 + Endpoint.MAX_BYTES));
        }
        // an endpoint's worst case: a success histogram and every give-up group with one
        assertThat(Endpoint.MAX_BYTES).isGreaterThanOrEqualTo(
                (Endpoint.MAX_GROUPS + 1) * (4L * Histogram.BUCKETS));
        assertThat(new Endpoints(100_000, 128L << 20).cap()).isLessThan(100_000);
        assertThat(new Endpoints(300, 128L << 20).cap()).isEqualTo(300);
    }

    @Test
    void aSmallHeapLowersTheCapInsteadOfRunningOutOfMemory() throws Exception {
        // 3,000 endpoints, each with a success, a 408 and a 499: three histograms (77 KB) each,
        // about 230 MB in all, where the heap is 64 MB.
        Path log = dir.resolve("many.log");
        try (BufferedWriter w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3000; i++) {
                String path = "GET /p" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "q"
                        + (char) ('a' + i % 26);
                for (int code : new int[] {200, 408, 499}) {
                    w.write(LogsCommandTest.timed(path, code, 1 + i % 50, "-"));
                    w.write('\n');
                }
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), CommandLine.class.getName(), "logs",
                "--max-endpoints", "100000", log.toString()))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("OutOfMemoryError", "Exception");
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).contains("9,000 lines, 9,000 parsed", "--max-endpoints 100,000 lowered to",
                "(other endpoints)");
    }

    @Test
    void theLoweredCapSaysWhichLimitLoweredIt() {
        // An endpoint's worst case: 4 histograms of 16 + 4 × 6,400 + 32 bytes, and 1,024 more:
        // 103,616 bytes, 101 KB. Half of 64 MB beyond the 24 MB reserve: 20 MB, 202 of them.
        assertThat(new Endpoints(100_000, 64L << 20).loweredBecause()).isEqualTo(
                "each endpoint may take up to 101 KB, and half of the heap (64 MB) beyond the"
                + " 24 MB kept for the rest of the analysis holds 202");
        // A heap within the reserve leaves the floor of one endpoint, whatever its size.
        assertThat(new Endpoints(300, 16L << 20).loweredBecause()).isEqualTo(
                "the heap (16 MB) leaves no room for endpoints beyond the 24 MB kept for the"
                + " rest of the analysis");
        assertThat(new Endpoints(300, 16L << 20).cap()).isOne();
    }

    @Test
    void aHeapSmallerThanTheReserveIsNamedAsTheReason() throws Exception {
        Path log = dir.resolve("two.log");
        Files.write(log, List.of(LogsCommandTest.timed("GET /a", 200, 1, "-"),
                LogsCommandTest.timed("GET /b", 499, 1, "-")), StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx16m", "-cp",
                System.getProperty("java.class.path"), CommandLine.class.getName(), "logs",
                log.toString()))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).containsPattern("--max-endpoints 300 lowered to 1: the heap \\(1[0-6] MB\\)"
                + " leaves no room for endpoints beyond the 24 MB kept for the rest of the analysis"
                + " \\(java -Xmx\\.\\.\\. for more\\)")
                .doesNotContain("each endpoint may take");
    }
}
