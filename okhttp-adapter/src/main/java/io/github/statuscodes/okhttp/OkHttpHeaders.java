package io.github.statuscodes.okhttp;

import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The header accessor that {@link StatusCodeInterceptor} hands to the retry policy. */
final class OkHttpHeaders {
    private OkHttpHeaders() {
    }

    /**
     * A header accessor for vendor detection and {@code Retry-After}: every value of the named
     * header joined with {@code ", "} (RFC 9110 §5.3), or null if absent. Allocates nothing for
     * an absent or single-valued header; {@link Response#header(String)} gives only the last.
     */
    static Function<String, @Nullable String> accessor(Headers headers) {
        return name -> {
            String first = null;
            StringBuilder joined = null;
            for (int i = 0, n = headers.size(); i < n; i++) {
                if (headers.name(i).equalsIgnoreCase(name)) {
                    if (first == null) {
                        first = headers.value(i);
                    } else {
                        joined = (joined == null ? new StringBuilder(first) : joined)
                                .append(", ").append(headers.value(i));
                    }
                }
            }
            return joined != null ? joined.toString() : first;
        };
    }
}
