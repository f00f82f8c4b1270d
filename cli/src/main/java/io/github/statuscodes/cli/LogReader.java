package io.github.statuscodes.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.zip.GZIPInputStream;

/**
 * Streams lines from a log (plain or gzip, told by its first two bytes) through a fixed buffer
 * into a {@link LogAnalysis}: memory does not grow with the file. Lines are split on LF; a CR
 * before it is dropped. Not thread-safe.
 */
final class LogReader {
    static final int BUFFER = 1 << 20;
    private static final long PROGRESS_EVERY_LINES = 1 << 18;

    private final byte[] buf = new byte[BUFFER];
    private final LogLine line = new LogLine();
    private final PrintStream progress;
    private long lastProgressNanos;

    /** @param progress where to write a progress line now and then, or null for none */
    LogReader(PrintStream progress) {
        this.progress = progress;
    }

    /** Opens {@code raw}, gunzipping it when it starts with the gzip magic bytes. */
    static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }

    /** Reads every line of {@code in} into {@code analysis}. */
    void read(InputStream in, String source, LogAnalysis analysis) throws IOException {
        int len = 0; // bytes in buf
        int start = 0; // start of the current line
        long lineNumber = 0;
        boolean skipping = false; // inside a line longer than the buffer
        lastProgressNanos = System.nanoTime();
        while (true) {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
                start = 0;
            }
            if (len == buf.length) { // a line longer than the buffer
                if (!skipping) {
                    lineNumber++;
                    analysis.acceptTooLong(source, lineNumber, BUFFER);
                    skipping = true;
                }
                len = 0;
            }
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                break;
            }
            int scan = len;
            len += r;
            for (int i = Bytes.indexOf(buf, scan, len, (byte) '\n'); i >= 0;
                    i = Bytes.indexOf(buf, i + 1, len, (byte) '\n')) {
                if (skipping) {
                    skipping = false;
                } else {
                    lineNumber++;
                    int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                    analysis.accept(buf, start, end, line, source, lineNumber);
                    if ((lineNumber & (PROGRESS_EVERY_LINES - 1)) == 0 && progress != null) {
                        progress(source, lineNumber);
                    }
                }
                start = i + 1;
            }
        }
        if (len > start && !skipping) {
            lineNumber++;
            int end = buf[len - 1] == '\r' ? len - 1 : len;
            analysis.accept(buf, start, end, line, source, lineNumber);
        }
        if (progress != null && lineNumber >= PROGRESS_EVERY_LINES) {
            progress.print("\r\033[K");
            progress.flush();
        }
    }

    private void progress(String source, long lineNumber) {
        long now = System.nanoTime();
        if (now - lastProgressNanos < 500_000_000L) {
            return;
        }
        lastProgressNanos = now;
        progress.print("\rstatuscodes logs: " + Printable.of(source) + ": "
                + String.format("%,d", lineNumber)
                + " lines\033[K");
        progress.flush();
    }
}
