package io.github.statuscodes.resilience4j;

import java.io.Closeable;
import java.io.IOException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/** Apache HttpClient 5's responses, which do not carry their request: the method is given. */
final class Hc5Access implements ResponseAccess<HttpResponse> {
    /** For responses whose method is not known: null, counted as a POST. */
    static final Hc5Access UNKNOWN_METHOD = new Hc5Access(null);
    private final @Nullable String method;

    Hc5Access(@Nullable String method) {
        this.method = method;
    }

    static boolean accepts(@Nullable Object response) {
        return response instanceof HttpResponse;
    }

    @Override
    public int status(HttpResponse response) {
        return response.getCode();
    }

    @Override
    public @Nullable String header(HttpResponse response, String name) {
        Header[] headers = response.getHeaders(name);
        if (headers.length == 0) {
            return null;
        }
        StringBuilder joined = new StringBuilder(String.valueOf(headers[0].getValue()));
        for (int i = 1; i < headers.length; i++) {
            joined.append(", ").append(headers[i].getValue());
        }
        return joined.toString();
    }

    @Override
    public @Nullable String method(HttpResponse response) {
        return method;
    }

    /**
     * A classic response's entity stream is discarded, its connection aborted, and a closeable
     * response closed; an async response holds its body as bytes.
     */
    @Override
    public void release(HttpResponse response) {
        if (response instanceof ClassicHttpResponse) {
            HttpEntity entity = ((ClassicHttpResponse) response).getEntity();
            if (entity != null) {
                try {
                    Releases.body(entity.getContent());
                } catch (IOException | RuntimeException e) {
                    // No stream to read (consumed, or not streamed): closed below.
                }
            }
        }
        if (response instanceof Closeable) {
            Releases.close((Closeable) response);
        }
    }
}
