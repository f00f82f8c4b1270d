package io.github.statuscodes.resilience4j;

import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.jspecify.annotations.Nullable;

/** Spring's responses, which do not carry their request: the method is given. */
final class SpringAccess {
    private SpringAccess() {
    }

    static @Nullable String header(HttpHeaders headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    static final class Entity implements ResponseAccess<ResponseEntity<?>> {
        private final String method;

        Entity(String method) {
            this.method = method;
        }

        @Override
        public int status(ResponseEntity<?> response) {
            return response.getStatusCode().value();
        }

        @Override
        public @Nullable String header(ResponseEntity<?> response, String name) {
            return SpringAccess.header(response.getHeaders(), name);
        }

        @Override
        public String method(ResponseEntity<?> response) {
            return method;
        }
    }

    static final class Client implements ResponseAccess<ClientHttpResponse> {
        private final String method;

        Client(String method) {
            this.method = method;
        }

        @Override
        public int status(ClientHttpResponse response) {
            try {
                return response.getStatusCode().value();
            } catch (IOException e) {
                return -1;   // no status to read: not retryable
            }
        }

        @Override
        public @Nullable String header(ClientHttpResponse response, String name) {
            return SpringAccess.header(response.getHeaders(), name);
        }

        @Override
        public String method(ClientHttpResponse response) {
            return method;
        }
    }
}
