package io.github.statuscodes.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.zip.GZIPInputStream;

/**
 * Streams lines from a log (plain or gzip, told by its first two bytes) through a fixed buffer
 * into a {@link LogAnalysis}: memory does not grow with the file. A line ends at LF, CR LF or a
 * lone CR. Not thread-safe.
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

    /**
     * Opens {@code raw}, gunzipping it (as a {@link GzipInput}) when it starts with the gzip
     * magic bytes.
     */
    static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GzipInput(new GZIPInputStream(in, 1 << 16));
        }
        return in;
    }

    /** Reads every line of {@code in} into {@code analysis}. */
    void read(InputStream in, String source, LogAnalysis analysis) throws IOException {
        int len = 0; // bytes in buf
        int start = 0; // start of the current line
        long lineNumber = 0;
        boolean skipping = false; // inside a line longer than the buffer
        boolean afterCr = false; // the last line ended at a CR that was the last byte read
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
            if (afterCr && r > 0) {
                afterCr = false;
                if (buf[scan] == '\n') { // the LF of a CR LF split between two reads
                    scan++;
                    start = scan;
                }
            }
            int i = Bytes.indexOfLineBreak(buf, scan, len);
            while (i >= 0) {
                if (skipping) {
                    skipping = false;
                } else {
                    lineNumber++;
                    analysis.accept(buf, start, i, line, source, lineNumber);
                }
                int next = i + 1;
                if (buf[i] == '\r') {
                    if (next == len) {
                        afterCr = true;
                    } else if (buf[next] == '\n') {
                        next++;
                    }
                }
                start = next;
                i = Bytes.indexOfLineBreak(buf, next, len);
            }
            if (progress != null) {
                progress(source, lineNumber);
            }
        }
        if (len > start && !skipping) {
            lineNumber++;
            analysis.accept(buf, start, len, line, source, lineNumber);
        }
        if (progress != null && lineNumber >= PROGRESS_EVERY_LINES) {
            progress.print("\r\033[K");
            progress.flush();
        }
    }

    /** A progress line, at most twice a second, once the log is long enough to need one. */
    private void progress(String source, long lineNumber) {
        if (lineNumber < PROGRESS_EVERY_LINES) {
            return;
        }
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
