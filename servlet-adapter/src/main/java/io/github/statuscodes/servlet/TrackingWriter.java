package io.github.statuscodes.servlet;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The response writer: counts the bytes the written characters take in the response encoding.
 * A container's {@code PrintWriter} swallows its {@code IOException}s and only sets a flag, which
 * {@link #delegateHasError()} reads.
 */
final class TrackingWriter extends PrintWriter {
    private final PrintWriter delegate;
    private final RequestTracker tracker;
    private final Charset charset;

    TrackingWriter(PrintWriter delegate, RequestTracker tracker, Charset charset) {
        super(delegate);
        this.delegate = delegate;
        this.tracker = tracker;
        this.charset = charset;
    }

    /** Returns the delegate's error flag (flushing it, as {@code checkError()} does). */
    boolean delegateHasError() {
        boolean error = delegate.checkError();
        if (error) {
            tracker.writerFailure();
        }
        return error;
    }

    @Override
    public void write(int c) {
        delegate.write(c);
        tracker.wrote(c < 0x80 || charset.equals(StandardCharsets.ISO_8859_1) ? 1
                : String.valueOf((char) c).getBytes(charset).length);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        delegate.write(buf, off, len);
        tracker.wrote(byteLength(new String(buf, off, len)));
    }

    @Override
    public void write(String s, int off, int len) {
        delegate.write(s, off, len);
        tracker.wrote(byteLength(s.substring(off, off + len)));
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public boolean checkError() {
        return delegateHasError();
    }

    private long byteLength(String s) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return utf8Length(s);
        }
        if (charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII)) {
            return s.length();
        }
        return s.getBytes(charset).length;
    }

    static long utf8Length(CharSequence s) {
        long n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < len
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1; // an encoder replaces a lone surrogate with '?'
            } else {
                n += 3;
            }
        }
        return n;
    }
}
