package io.github.statuscodes.resilience4j;

import java.net.URI;
import java.util.List;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** OkHttp's responses. */
final class OkHttpAccess implements ResponseAccess<Response> {
    static final OkHttpAccess INSTANCE = new OkHttpAccess();

    private OkHttpAccess() {
    }

    static boolean accepts(@Nullable Object response) {
        return response instanceof Response;
    }

    @Override
    public int status(Response response) {
        return response.code();
    }

    @Override
    public @Nullable String header(Response response, String name) {
        List<String> values = response.headers(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    @Override
    public String method(Response response) {
        return response.request().method();
    }

    @Override
    public URI uri(Response response) {
        return response.request().url().uri();
    }

    /** Reads what is already there of the body, then closes the response. */
    @Override
    public void release(Response response) {
        okhttp3.ResponseBody body = response.body();
        if (body != null) {
            Releases.body(body.byteStream());
        }
        Releases.close(response);
    }
}
