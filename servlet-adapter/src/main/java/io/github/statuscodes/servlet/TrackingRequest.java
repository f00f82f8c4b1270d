package io.github.statuscodes.servlet;

import io.github.statuscodes.servlet.ClientDisconnect.Phase;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collection;

/** The request as the filter chain sees it: its body streams report failures to the tracker. */
final class TrackingRequest extends HttpServletRequestWrapper {
    private final RequestTracker tracker;
    private final TrackingResponse response;
    private TrackingStreams.Input input;
    private TrackingReader reader;

    TrackingRequest(HttpServletRequest request, TrackingResponse response, RequestTracker tracker) {
        super(request);
        this.response = response;
        this.tracker = tracker;
    }

    @Override
    public synchronized ServletInputStream getInputStream() throws IOException {
        if (input == null) {
            input = new TrackingStreams.Input(super.getInputStream(), tracker);
        }
        return input;
    }

    @Override
    public synchronized BufferedReader getReader() throws IOException {
        if (reader == null) {
            reader = new TrackingReader(super.getReader(), tracker);
        }
        return reader;
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        try {
            return super.getParts();
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.READING_REQUEST);
            throw e;
        }
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        try {
            return super.getPart(name);
        } catch (IOException e) {
            tracker.ioFailure(e, Phase.READING_REQUEST);
            throw e;
        }
    }

    /**
     * Starts asynchronous processing with these wrappers, so that {@link AsyncContext#getRequest()}
     * and {@link AsyncContext#getResponse()} keep reporting to the tracker, and registers the
     * tracker as an {@link jakarta.servlet.AsyncListener}.
     */
    @Override
    public AsyncContext startAsync() {
        AsyncContext async = super.startAsync(this, response);
        async.addListener(tracker);
        return async;
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        AsyncContext async = super.startAsync(request, response);
        async.addListener(tracker);
        return async;
    }
}
