package io.github.statuscodes;

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

    /**
     * {@code 444 No Response}: nginx closed the connection without answering; log-only.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return">
     *     nginx: the return directive</a>
     * @since 0.1.0
     */
    public static final StatusCode NO_RESPONSE =
            DefaultCodes.get(444, Vendor.NGINX, "No Response");

    /**
     * {@code 494 Request Header Too Large}: a request line or header field did not fit nginx's
     * header buffers.
     *
     * @see <a href="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h">
     *     nginx source: NGX_HTTP_REQUEST_HEADER_TOO_LARGE</a>
     * @since 0.1.0
     */
    public static final StatusCode REQUEST_HEADER_TOO_LARGE =
            DefaultCodes.get(494, Vendor.NGINX, "Request Header Too Large");

    /**
     * {@code 495 SSL Certificate Error}: the client certificate failed verification.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors">
     *     nginx: ngx_http_ssl_module, error processing</a>
     * @since 0.1.0
     */
    public static final StatusCode SSL_CERTIFICATE_ERROR =
            DefaultCodes.get(495, Vendor.NGINX, "SSL Certificate Error");

    /**
     * {@code 496 SSL Certificate Required}: nginx requires a client certificate and got none.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors">
     *     nginx: ngx_http_ssl_module, error processing</a>
     * @since 0.1.0
     */
    public static final StatusCode SSL_CERTIFICATE_REQUIRED =
            DefaultCodes.get(496, Vendor.NGINX, "SSL Certificate Required");

    /**
     * {@code 497 HTTP Request Sent to HTTPS Port}: a plain-HTTP request reached a TLS port.
     *
     * @see <a href="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors">
     *     nginx: ngx_http_ssl_module, error processing</a>
     * @since 0.1.0
     */
    public static final StatusCode HTTP_REQUEST_SENT_TO_HTTPS_PORT =
            DefaultCodes.get(497, Vendor.NGINX, "HTTP Request Sent to HTTPS Port");

    /**
     * {@code 499 Client Closed Request}: the client closed the connection before nginx answered;
     * log-only.
     *
     * @see <a href="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h">
     *     nginx source: NGX_HTTP_CLIENT_CLOSED_REQUEST</a>
     * @since 0.1.0
     */
    public static final StatusCode CLIENT_CLOSED_REQUEST =
            DefaultCodes.get(499, Vendor.NGINX, "Client Closed Request");

    private Nginx() {
    }
}
