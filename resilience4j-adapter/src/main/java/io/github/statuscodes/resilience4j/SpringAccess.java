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

    private static final Entity UNKNOWN_ENTITY = new Entity(null);
    private static final Client UNKNOWN_CLIENT = new Client(null);

    /** {@return an access for Spring's {@code response}, method unknown; null for another type} */
    static @Nullable ResponseAccess<?> unknownMethod(@Nullable Object response) {
        if (response instanceof ResponseEntity) {
            return UNKNOWN_ENTITY;
        }
        return response instanceof ClientHttpResponse ? UNKNOWN_CLIENT : null;
    }

    static @Nullable String header(HttpHeaders headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    static final class Entity implements ResponseAccess<ResponseEntity<?>> {
        private final @Nullable String method;

        Entity(@Nullable String method) {
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
        public @Nullable String method(ResponseEntity<?> response) {
            return method;
        }

        /** A stream or closeable body is discarded; a body read as a whole is left. */
        @Override
        public void release(ResponseEntity<?> response) {
            Releases.body(response.getBody());
        }
    }

    static final class Client implements ResponseAccess<ClientHttpResponse> {
        private final @Nullable String method;

        Client(@Nullable String method) {
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
        public @Nullable String method(ClientHttpResponse response) {
            return method;
        }

        /** Reads what is already there of the body, then closes the response. */
        @Override
        public void release(ClientHttpResponse response) {
            try {
                Releases.body(response.getBody());
            } catch (IOException | RuntimeException e) {
                // No body to read: closed below.
            }
            Releases.close(response);
        }
    }
}
