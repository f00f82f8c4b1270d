package io.github.statuscodes.servlet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * What {@code getWriter()} writes into: encodes each write at once and passes the bytes to the
 * response's (tracking) output stream, so that the byte count is what the container accepted and
 * a failed write reaches the tracker as the container's own {@link IOException}. It keeps no
 * characters back except the high half of a surrogate pair split across two writes, so nothing is
 * lost when the container completes the response without flushing this writer. The
 * {@link java.io.PrintWriter} around it turns its exceptions into the error flag, as a container's
 * writer does. Not thread-safe, like a container's writer.
 */
final class TrackingWriter extends Writer {
    private final OutputStream out;
    private final CharsetEncoder encoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    /** Bytes of the byte-order mark the encoder writes after each reset (UTF-16: 2), or 0. */
    private final int markLength;
    private boolean started;
    private char pendingHigh;
    private IOException failure;

    TrackingWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.markLength = markLength(charset);
    }

    /**
     * The length of the byte-order mark the charset's encoder puts before the first character
     * after a reset (UTF-16 and the JDK's {@code -BOM} charsets), from what it makes of one and
     * of two characters; 0 for every other charset.
     */
    static int markLength(Charset charset) {
        try {
            int one = charset.newEncoder().encode(CharBuffer.wrap("A")).remaining();
            int two = charset.newEncoder().encode(CharBuffer.wrap("AA")).remaining();
            return Math.max(0, 2 * one - two);
        } catch (java.nio.charset.CharacterCodingException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        CharBuffer chars;
        int end = off + len;
        char last = buf[end - 1];
        boolean holdBack = Character.isHighSurrogate(last);
        if (pendingHigh != 0) {
            char[] joined = new char[len + 1];
            joined[0] = pendingHigh;
            System.arraycopy(buf, off, joined, 1, len);
            chars = CharBuffer.wrap(joined, 0, holdBack ? len : len + 1);
        } else {
            chars = CharBuffer.wrap(buf, off, holdBack ? len - 1 : len);
        }
        pendingHigh = holdBack ? last : 0;
        encode(chars);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        char[] buf = new char[len];
        s.getChars(off, off + len, buf, 0);
        write(buf, 0, len);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    /**
     * Encodes whole characters (a pair split across writes was joined before). The encoder is
     * reset for each write, so that a stateful one (ISO-2022-JP) ends each write in its initial
     * state; the byte-order mark it then writes again is dropped after the first write.
     */
    private void encode(CharBuffer chars) throws IOException {
        if (failure != null) {
            throw failure; // as a container's writer, drop everything after the first failure
        }
        if (!chars.hasRemaining()) {
            return;
        }
        int skip = started ? markLength : 0;
        started = true;
        encoder.reset();
        while (encoder.encode(chars, bytes, true).isOverflow()) {
            skip = drain(skip);
        }
        while (encoder.flush(bytes).isOverflow()) {
            skip = drain(skip);
        }
        drain(skip);
    }

    /** Writes the encoded bytes but the first {@code skip}; returns how many are left to skip. */
    private int drain(int skip) throws IOException {
        int n = bytes.position();
        int skipped = Math.min(skip, n);
        try {
            if (n > skipped) {
                out.write(bytes.array(), skipped, n - skipped);
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        } finally {
            bytes.clear();
        }
        return skip - skipped;
    }

    /** Encodes a lone high surrogate left from the last write, as the encoder's replacement. */
    private void finishPending() throws IOException {
        if (pendingHigh != 0) {
            char c = pendingHigh;
            pendingHigh = 0;
            encode(CharBuffer.wrap(new char[] {c}));
        }
    }

    /**
     * Forgets a held-back surrogate, for {@code resetBuffer()} and {@code reset()}; the next write
     * starts the body again, with its byte-order mark.
     */
    void discardPending() {
        pendingHigh = 0;
        started = false;
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (failure == null) {
                finishPending();
            }
        } finally {
            out.close();
        }
    }
}
