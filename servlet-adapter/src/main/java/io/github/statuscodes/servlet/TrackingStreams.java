package io.github.statuscodes.servlet;

import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;

/** The request and response streams that report their I/O failures to a {@link RequestTracker}. */
final class TrackingStreams {

    private TrackingStreams() {
    }

    /** The response body stream: counts bytes, notes failures. */
    static final class Output extends ServletOutputStream {
        private final ServletOutputStream delegate;
        private final RequestTracker tracker;
        private volatile boolean closed;

        Output(ServletOutputStream delegate, RequestTracker tracker) {
            this.delegate = delegate;
            this.tracker = tracker;
        }

        private IOException failed(IOException e) {
            if (!closed) { // after the application's own close(), a failure is its own doing
                tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            }
            return e;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                delegate.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
            tracker.wrote(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                delegate.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
            tracker.wrote(len);
        }

        @Override
        public void print(String s) throws IOException {
            try {
                delegate.print(s);
            } catch (IOException e) {
                throw failed(e);
            }
            tracker.wrote(s == null ? 4 : s.length());
        }

        @Override
        public void flush() throws IOException {
            try {
                delegate.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                delegate.close();
            } catch (IOException e) {
                throw failed(e);
            } finally {
                closed = true;
            }
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener == null ? null : new WriteListener() {
                @Override
                public void onWritePossible() throws IOException {
                    listener.onWritePossible();
                }

                @Override
                public void onError(Throwable t) {
                    tracker.ioFailure(t, Phase.WRITING_RESPONSE);
                    listener.onError(t);
                }
            });
        }
    }

    /** The request body stream: notes failures, such as an upload cut short. */
    static final class Input extends ServletInputStream {
        private final ServletInputStream delegate;
        private final RequestTracker tracker;
        private volatile boolean closed;

        Input(ServletInputStream delegate, RequestTracker tracker) {
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
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return delegate.read(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public int readLine(byte[] b, int off, int len) throws IOException {
            try {
                return delegate.readLine(b, off, len);
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
        public int available() throws IOException {
            try {
                return delegate.available();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            delegate.close();
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener == null ? null : new ReadListener() {
                @Override
                public void onDataAvailable() throws IOException {
                    listener.onDataAvailable();
                }

                @Override
                public void onAllDataRead() throws IOException {
                    listener.onAllDataRead();
                }

                @Override
                public void onError(Throwable t) {
                    tracker.ioFailure(t, Phase.READING_REQUEST);
                    listener.onError(t);
                }
            });
        }
    }
}
