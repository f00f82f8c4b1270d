package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status codes of nginx, the web server and reverse proxy.
 *
 * <p>nginx uses its own codes in three ways: 444 and 499 are only ever written to its access log
 * ({@link StatusCode#isLogOnly()}); 494 to 497 name the error for {@code error_page} but reach the
 * client as {@code 400 Bad Request} unless the configuration keeps them. A final holder of
 * constants; each is the same instance that {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(499);           // Nginx.CLIENT_CLOSED_REQUEST
 * boolean logOnly = c.isLogOnly();              // true
 * }</pre>
 *
 * @see <a href="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h">
 *     nginx source: ngx_http_request.h</a>
 * @since 0.1.0
 */
public final class Nginx {
    private static final String REQUEST_H =
            "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h";
    private static final String SSL_ERRORS =
            "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors";

    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 444 No Response}: nginx closed the connection without answering; log-only.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return">
     *     nginx: the return directive</a>
     * @since 0.1.0
     */
    public static final StatusCode NO_RESPONSE = defineLogOnly(444, "No Response", NEVER,
            "nginx closed the connection without sending a status line, headers or body, because"
            + " its configuration said so (return 444), typically to drop unwanted hosts or bots."
            + " Only nginx's access log shows 444; the client sees a closed connection, and the"
            + " same request is dropped again.",
            "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return");

    /**
     * {@code 494 Request Header Too Large}: a request line or header field did not fit nginx's
     * header buffers.
     *
     * @see <a href="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h">
     *     nginx source: NGX_HTTP_REQUEST_HEADER_TOO_LARGE</a>
     * @since 0.1.0
     */
    public static final StatusCode REQUEST_HEADER_TOO_LARGE = define(494,
            "Request Header Too Large", NEVER,
            "A request line or header field, often an oversized Cookie, did not fit nginx's"
            + " large_client_header_buffers. nginx sends it as 400 with a \"Request Header Or"
            + " Cookie Too Large\" page unless error_page keeps 494; shrink the headers or"
            + " cookies before sending again.",
            REQUEST_H);

    /**
     * {@code 495 SSL Certificate Error}: the client certificate failed verification.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors">
     *     nginx: ngx_http_ssl_module, error processing</a>
     * @since 0.1.0
     */
    public static final StatusCode SSL_CERTIFICATE_ERROR = define(495, "SSL Certificate Error",
            AFTER_CLIENT_ACTION,
            "The certificate the client presented in the TLS handshake failed verification, for"
            + " example expired, revoked or from an untrusted issuer. nginx sends it as 400 unless"
            + " error_page keeps 495; retry only with a valid certificate.",
            SSL_ERRORS);

    /**
     * {@code 496 SSL Certificate Required}: nginx requires a client certificate and got none.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors">
     *     nginx: ngx_http_ssl_module, error processing</a>
     * @since 0.1.0
     */
    public static final StatusCode SSL_CERTIFICATE_REQUIRED = define(496,
            "SSL Certificate Required", AFTER_CLIENT_ACTION,
            "nginx verifies client certificates (ssl_verify_client) and the client sent none."
            + " It reaches the client as 400 unless error_page keeps 496; retry only after"
            + " configuring a client certificate.",
            SSL_ERRORS);

    /**
     * {@code 497 HTTP Request Sent to HTTPS Port}: a plain-HTTP request reached a TLS port.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors">
     *     nginx: ngx_http_ssl_module, error processing</a>
     * @since 0.1.0
     */
    public static final StatusCode HTTP_REQUEST_SENT_TO_HTTPS_PORT = define(497,
            "HTTP Request Sent to HTTPS Port", AFTER_CLIENT_ACTION,
            "A plain-HTTP request arrived on a port where nginx expects TLS. It reaches the client"
            + " as 400 unless error_page maps it, usually to a redirect to https; send the request"
            + " again over HTTPS.",
            SSL_ERRORS);

    /**
     * {@code 499 Client Closed Request}: the client closed the connection before nginx answered;
     * log-only.
     *
     * @see <a href="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h">
     *     nginx source: NGX_HTTP_CLIENT_CLOSED_REQUEST</a>
     * @since 0.1.0
     */
    public static final StatusCode CLIENT_CLOSED_REQUEST = defineLogOnly(499,
            "Client Closed Request", AFTER_CLIENT_ACTION,
            "The client closed the connection while nginx was still processing the request, so"
            + " nginx logged 499 and sent nothing; Cloudflare, built on nginx, logs it the same"
            + " way. The cause is usually a client timeout shorter than the server's processing"
            + " time, so only a longer client timeout or a faster server changes the outcome.",
            REQUEST_H);

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
