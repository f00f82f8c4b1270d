package io.github.statuscodes.cli;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * A gzip stream whose data may end early or turn out damaged: every byte inflated before that
 * reaches the reader, then each read throws the error. It tells of no byte {@link #available()},
 * so a {@link java.io.BufferedInputStream} above it reads once per call and never drops bytes it
 * had copied when the error came. While {@link #quiet}, the error reads as the end of the data
 * (format detection then looks at the lines before it). Not thread-safe.
 */
final class GzipInput extends FilterInputStream {
    private IOException failure;
    /** Whether the error reads as the end of the data rather than throwing. */
    boolean quiet;

    GzipInput(InputStream gzip) {
        super(gzip);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure == null) {
            try {
                return in.read(b, off, len);
            } catch (EOFException | ZipException e) {
                failure = e;
            }
        }
        if (quiet) {
            return -1;
        }
        throw failure;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int r = read(skipped, 0, skipped.length);
        return Math.max(r, 0);
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
