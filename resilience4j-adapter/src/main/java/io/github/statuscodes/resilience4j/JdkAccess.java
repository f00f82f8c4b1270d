package io.github.statuscodes.resilience4j;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JDK client's responses. */
final class JdkAccess implements ResponseAccess<HttpResponse<?>> {
    static final JdkAccess INSTANCE = new JdkAccess();

    private JdkAccess() {
    }

    @Override
    public int status(HttpResponse<?> response) {
        return response.statusCode();
    }

    @Override
    public @Nullable String header(HttpResponse<?> response, String name) {
        List<String> values = response.headers().allValues(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    @Override
    public String method(HttpResponse<?> response) {
        return response.request().method();
    }

    @Override
    public URI uri(HttpResponse<?> response) {
        return response.request().uri();
    }

    /** An {@code InputStream}, {@code Stream} or publisher body is discarded; others were read. */
    @Override
    public void release(HttpResponse<?> response) {
        Releases.body(response.body());
    }
}
