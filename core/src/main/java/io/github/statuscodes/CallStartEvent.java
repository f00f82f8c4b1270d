package io.github.statuscodes;

import java.net.URI;

/**
 * The start of a call, as a {@link RetryListener} sees it: the request's method and URI, and
 * whether its body can be sent again. Immutable.
 *
 * @since 0.3.0
 */
public final class CallStartEvent {
    private final String method;
    private final URI uri;
    private final boolean bodyRepeatable;

    CallStartEvent(String method, URI uri, boolean bodyRepeatable) {
        this.method = method;
        this.uri = uri;
        this.bodyRepeatable = bodyRepeatable;
    }

    /** {@return the request method, e.g. {@code "GET"}} */
    public String method() {
        return method;
    }

    /** {@return the request URI, as the adapter's client holds it} */
    public URI uri() {
        return uri;
    }

    /** {@return false when the request body can be sent only once} */
    public boolean isBodyRepeatable() {
        return bodyRepeatable;
    }

    /** {@return e.g. {@code GET https://a.example/x}} */
    @Override
    public String toString() {
        return method + " " + uri;
    }
}
