package io.github.statuscodes.servlet;

import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * The request reader: notes failures, such as a form post cut short. Every reading method goes
 * straight to the container's reader, so the buffer of this subclass stays unused.
 */
final class TrackingReader extends BufferedReader {
    private final BufferedReader delegate;
    private final RequestTracker tracker;
    private volatile boolean closed;

    TrackingReader(BufferedReader delegate, RequestTracker tracker) {
        super(delegate, 1);
        this.delegate = delegate;
        this.tracker = tracker;
    }

    private IOException failed(IOException e) {
        if (!closed) {
            tracker.ioFailure(e, Phase.READING_REQUEST);
        }
        return e;
    }

    @Override
    public int read() throws IOException {
        try {
            return delegate.read();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        try {
            return delegate.read(cbuf, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public String readLine() throws IOException {
        try {
            return delegate.readLine();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return delegate.skip(n);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean ready() throws IOException {
        try {
            return delegate.ready();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean markSupported() {
        return delegate.markSupported();
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        delegate.mark(readAheadLimit);
    }

    @Override
    public void reset() throws IOException {
        delegate.reset();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        delegate.close();
    }
}
