package io.github.statuscodes.servlet;

import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The response as the filter chain sees it: its body streams report to the tracker, and so does
 * every status the application sets, which the filter then never overwrites.
 */
final class TrackingResponse extends HttpServletResponseWrapper {
    private final RequestTracker tracker;
    private TrackingStreams.Output output;
    private TrackingWriter writer;
    private PrintWriter printWriter;

    TrackingResponse(HttpServletResponse response, RequestTracker tracker) {
        super(response);
        this.tracker = tracker;
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this"
                    + " response");
        }
        if (output == null) {
            output = new TrackingStreams.Output(super.getOutputStream(), tracker);
        }
        return output;
    }

    /**
     * Returns a writer that encodes into the container's output stream, so that the tracker
     * counts the bytes the container accepted and sees the exception of a failed write (a
     * container's own writer swallows it and keeps only a flag). As a container does in
     * {@code getWriter()} (Tomcat's very code), the character encoding is fixed first, so that
     * {@code Content-Type} names it; later changes to it are ignored, as the Servlet
     * specification requires once the writer exists.
     */
    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        if (printWriter == null) {
            if (output != null) {
                throw new IllegalStateException("getOutputStream() has already been called for"
                        + " this response");
            }
            Charset charset = charset(getCharacterEncoding());
            super.setCharacterEncoding(charset.name());
            TrackingStreams.Output stream = new TrackingStreams.Output(super.getOutputStream(),
                    tracker);
            writer = new TrackingWriter(stream, charset);
            printWriter = new PrintWriter(writer);
        }
        return printWriter;
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    @Override
    public synchronized void setCharacterEncoding(String charset) {
        if (writer == null) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public synchronized void setContentType(String type) {
        super.setContentType(writer == null || type == null ? type : withoutCharset(type));
    }

    /**
     * A {@code Content-Type} set as a header once the writer exists goes through
     * {@link #setContentType}, so that its charset cannot contradict the writer's: the container
     * does not know of this writer and would take it.
     */
    @Override
    public synchronized void setHeader(String name, String value) {
        if (writer != null && "Content-Type".equalsIgnoreCase(name)) {
            setContentType(value);
        } else {
            super.setHeader(name, value);
        }
    }

    /** As {@link #setHeader}: a second {@code Content-Type} replaces the first. */
    @Override
    public synchronized void addHeader(String name, String value) {
        if (writer != null && "Content-Type".equalsIgnoreCase(name)) {
            setContentType(value);
        } else {
            super.addHeader(name, value);
        }
    }

    /** The media type without its charset parameter, which the writer has fixed already. */
    static String withoutCharset(String type) {
        StringBuilder sb = new StringBuilder(type.length());
        for (String part : type.split(";")) {
            if (sb.length() > 0 && part.strip().toLowerCase(Locale.ROOT).startsWith("charset=")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    @Override
    public synchronized void resetBuffer() {
        super.resetBuffer();
        if (writer != null) {
            writer.discardPending();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        try {
            super.flushBuffer();
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }

    @Override
    public void setStatus(int sc) {
        super.setStatus(sc);
        tracker.statusSet(true);
    }

    /**
     * Resets the container's response and, as Servlet 6.0 does, forgets whether
     * {@code getWriter()} or {@code getOutputStream()} was called.
     */
    @Override
    public synchronized void reset() {
        super.reset();
        tracker.statusSet(false); // back to the container's default
        output = null;
        writer = null;
        printWriter = null;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        tracker.statusSet(true);
        try {
            super.sendError(sc, msg);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        tracker.statusSet(true);
        try {
            super.sendError(sc);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        tracker.statusSet(true);
        try {
            super.sendRedirect(location);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }
}
