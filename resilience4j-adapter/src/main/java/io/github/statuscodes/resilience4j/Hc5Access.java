package io.github.statuscodes.resilience4j;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/** Apache HttpClient 5's responses, which do not carry their request: the method is given. */
final class Hc5Access implements ResponseAccess<HttpResponse> {
    private final String method;

    Hc5Access(String method) {
        this.method = method;
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
    public String method(HttpResponse response) {
        return method;
    }
}
