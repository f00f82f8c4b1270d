package io.github.statuscodes.spring;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A header accessor over Spring's {@link HttpHeaders} for the retry policy and vendor detection:
 * every value of a header joined with {@code ", "} (RFC 9110 §5.3), or null when absent.
 *
 * <p>It reads the headers with {@code forEach} only: {@code HttpHeaders.get} is
 * {@code get(Object)} in Spring 6 (a {@code Map} method) and {@code get(String)} in Spring 7, so a
 * call compiled against one line fails with {@code NoSuchMethodError} on the other, while
 * {@code forEach(BiConsumer)} has the same signature in both.
 */
final class HeaderAccess implements Function<String, @Nullable String> {
    private final HttpHeaders headers;

    HeaderAccess(HttpHeaders headers) {
        this.headers = headers;
    }

    @Override
    public @Nullable String apply(String name) {
        Found found = new Found(name);
        try {
            headers.forEach(found);
        } catch (RuntimeException e) {
            return null;
        }
        return found.value();
    }

    /** Collects the values of one header, by case-insensitive name. */
    private static final class Found implements java.util.function.BiConsumer<String, List<String>> {
        private final String name;
        private String first;
        private StringBuilder joined;

        Found(String name) {
            this.name = name;
        }

        @Override
        public void accept(String key, List<String> values) {
            if (key == null || values == null || !key.equalsIgnoreCase(name)) {
                return;
            }
            for (String v : values) {
                if (v == null) {
                    continue;
                }
                if (first == null) {
                    first = v;
                } else {
                    // One builder for every value: linear in the values, however many repeat.
                    joined = (joined == null ? new StringBuilder(first) : joined)
                            .append(", ").append(v);
                }
            }
        }

        String value() {
            return joined != null ? joined.toString() : first;
        }
    }
}
