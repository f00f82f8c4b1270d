package io.github.statuscodes.servlet;

import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The response as the filter chain sees it: its body streams report to the tracker. */
final class TrackingResponse extends HttpServletResponseWrapper {
    private final RequestTracker tracker;
    private TrackingStreams.Output output;
    private TrackingWriter writer;

    TrackingResponse(HttpServletResponse response, RequestTracker tracker) {
        super(response);
        this.tracker = tracker;
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        if (output == null) {
            output = new TrackingStreams.Output(super.getOutputStream(), tracker);
        }
        return output;
    }

    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        if (writer == null) {
            PrintWriter delegate = super.getWriter();
            writer = new TrackingWriter(delegate, tracker, charset(getCharacterEncoding()));
            tracker.writerCreated(writer);
        }
        return writer;
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
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
    public void sendError(int sc, String msg) throws IOException {
        try {
            super.sendError(sc, msg);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        try {
            super.sendError(sc);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        try {
            super.sendRedirect(location);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.WRITING_RESPONSE);
            throw e;
        }
    }
}
