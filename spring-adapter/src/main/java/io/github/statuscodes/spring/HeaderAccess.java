package io.github.statuscodes.spring;

import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;

/**
 * A header accessor over Spring's {@link HttpHeaders} for the retry policy and vendor detection:
 * every value of a header joined with {@code ", "} (RFC 9110 §5.3), or null when absent.
 */
final class HeaderAccess implements Function<String, String> {
    private final HttpHeaders headers;

    HeaderAccess(HttpHeaders headers) {
        this.headers = headers;
    }

    @Override
    public String apply(String name) {
        List<String> values;
        try {
            values = headers.get(name);
        } catch (RuntimeException e) {
            return null;
        }
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values);
    }
}
