package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status codes of nginx, the web server and reverse proxy.
 *
 * <p>A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(499);           // Nginx.CLIENT_CLOSED_REQUEST
 * boolean logOnly = c.isLogOnly();              // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Nginx {
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 444 No Response}: ... (EXAMPLE ENTRY - to be completed by the data work).
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return">nginx: return</a>
     * @since 0.1.0
     */
    public static final StatusCode NO_RESPONSE = defineLogOnly(444, "No Response", NEVER,
            "nginx closes the connection without sending any response; it only appears in nginx's"
            + " access log. A client sees a dropped connection, not a status code.",
            "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return");

    /**
     * {@code 499 Client Closed Request}: ... (EXAMPLE ENTRY - to be completed by the data work).
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_log_module.html">nginx source</a>
     * @since 0.1.0
     */
    public static final StatusCode CLIENT_CLOSED_REQUEST = defineLogOnly(499,
            "Client Closed Request", AFTER_CLIENT_ACTION,
            "The client closed the connection while nginx was still processing the request;"
            + " nginx logs 499 and sends nothing. Only a longer client timeout changes the outcome.",
            "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Nginx() {
    }

    /**
     * Returns every nginx code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.NGINX, code, reasonPhrase, retryability,
                description, source);
    }

    private static StatusCode defineLogOnly(int code, String reasonPhrase,
            Retryability retryability, String description, String source) {
        return StatusCode.defineLogOnly(CODES, Vendor.NGINX, code, reasonPhrase, retryability,
                description, source);
    }
}
