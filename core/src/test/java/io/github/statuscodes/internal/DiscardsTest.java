package io.github.statuscodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DiscardsTest {

    @Test
    void readsWhatIsThereButNoMoreThanTheLimit() throws IOException {
        InputStream big = new ByteArrayInputStream(new byte[200_000]);

        Discards.readAvailable(big);

        assertThat(big.available()).isEqualTo(200_000 - (int) Discards.LIMIT_BYTES);
    }

    @Test
    void readsASmallBodyToItsEnd() throws IOException {
        InputStream small = new ByteArrayInputStream(new byte[100]);

        Discards.readAvailable(small);

        assertThat(small.read()).isEqualTo(-1);
    }

    @Test
    void neverWaitsForBytesThatHaveNotArrived() throws IOException {
        try (PipedOutputStream out = new PipedOutputStream();
                PipedInputStream in = new PipedInputStream(out)) {
            out.write(new byte[10]);
            long t0 = System.nanoTime();

            Discards.readAvailable(in);   // the writer stays open: a blocking read would hang

            assertThat(in.available()).isZero();
            assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
        }
    }

    /** A decompressing stream's available() says 1 while it waits for bytes: it is not read. */
    @Test
    void neverReadsADecompressingBodyWhoseRestHasNotArrived() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            byte[] noise = new byte[100_000];   // incompressible: 2,000 bytes hold < 64 KiB
            new java.util.Random(17).nextBytes(noise);
            out.write(noise);
        }
        try (PipedOutputStream out = new PipedOutputStream();
                PipedInputStream in = new PipedInputStream(out, 1 << 20)) {
            out.write(gz.toByteArray(), 0, 2000);   // the writer stays open
            GZIPInputStream body = new GZIPInputStream(in);

            CompletableFuture<Void> read = CompletableFuture.runAsync(() -> {
                try {
                    Discards.readAvailable(body);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            read.get(5, TimeUnit.SECONDS);   // a read would wait for the rest, for ever
        }
    }

    @Test
    void discardClosesTheBodyAfterReadingWhatIsThere() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream data = new ByteArrayInputStream(new byte[100]);
        InputStream body = new java.io.FilterInputStream(data) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        Discards.discard(body);

        assertThat(data.available()).isZero();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void theBodyIsClosedWhileThisThreadIsDiscardingAndOnlyThen() {
        java.util.List<String> steps = new java.util.ArrayList<>();
        InputStream body = new java.io.FilterInputStream(new ByteArrayInputStream(new byte[100])) {
            @Override
            public void close() {
                steps.add("close, discarding: " + Discards.isDiscarding());
            }
        };
        assertThat(Discards.isDiscarding()).isFalse();

        Discards.discard(body);

        assertThat(steps).containsExactly("close, discarding: true");
        assertThat(Discards.isDiscarding()).isFalse();
    }

    @Test
    void aBodyThatThrowsOnCloseLeavesTheThreadNotDiscarding() {
        InputStream body = new java.io.FilterInputStream(new ByteArrayInputStream(new byte[1])) {
            @Override
            public int available() throws IOException {
                throw new IOException("connection gone");
            }

            @Override
            public void close() throws IOException {
                throw new IOException("connection gone");
            }
        };

        Discards.discard(body);

        assertThat(Discards.isDiscarding()).isFalse();
    }

    @Test
    void aNoRouteOrNettyConnectTimeoutIsAConnectFailure() {
        assertThat(Discards.isConnectFailure(new RuntimeException(
                new java.net.NoRouteToHostException()))).isTrue();
        assertThat(Discards.isConnectFailure(new java.net.SocketTimeoutException())).isFalse();
    }
}
