package io.github.statuscodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
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
}
