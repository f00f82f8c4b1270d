package io.github.statuscodes;

/**
 * The non-standard status codes of Cloudflare, the CDN and reverse proxy: errors Cloudflare
 * generates itself when it cannot get a proper answer from the origin server.
 *
 * <p>A Cloudflare-generated error carries a {@code cf-error-type} response header, which an error
 * forwarded from the origin does not. A final holder of constants; each is the same instance that
 * {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(522);   // Cloudflare.CONNECTION_TIMED_OUT
 * c.isRetryable("POST");                // true: the origin never took the request
 * StatusCodes.of(524).isRetryable("POST");   // false: the origin may still be working on it
 * }</pre>
 *
 * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/">
 *     Cloudflare 5xx errors</a>
 * @since 0.1.0
 */
public final class Cloudflare {

    /**
     * {@code 520 Web Server Returns an Unknown Error}: the origin's response was empty or
     * unexpected.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/">
     *     Cloudflare: Error 520</a>
     * @since 0.1.0
     */
    public static final StatusCode WEB_SERVER_RETURNS_AN_UNKNOWN_ERROR =
            DefaultCodes.get(520, Vendor.CLOUDFLARE, "Web Server Returns an Unknown Error");

    /**
     * {@code 521 Web Server Is Down}: the origin refused Cloudflare's connection.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/">
     *     Cloudflare: Error 521</a>
     * @since 0.1.0
     */
    public static final StatusCode WEB_SERVER_IS_DOWN =
            DefaultCodes.get(521, Vendor.CLOUDFLARE, "Web Server Is Down");

    /**
     * {@code 522 Connection Timed Out}: Cloudflare timed out contacting the origin.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/">
     *     Cloudflare: Error 522</a>
     * @since 0.1.0
     */
    public static final StatusCode CONNECTION_TIMED_OUT =
            DefaultCodes.get(522, Vendor.CLOUDFLARE, "Connection Timed Out");

    /**
     * {@code 523 Origin Is Unreachable}: Cloudflare has no route to the origin.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/">
     *     Cloudflare: Error 523</a>
     * @since 0.1.0
     */
    public static final StatusCode ORIGIN_IS_UNREACHABLE =
            DefaultCodes.get(523, Vendor.CLOUDFLARE, "Origin Is Unreachable");

    /**
     * {@code 524 A Timeout Occurred}: the origin accepted the request but did not answer in time.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/">
     *     Cloudflare: Error 524</a>
     * @since 0.1.0
     */
    public static final StatusCode A_TIMEOUT_OCCURRED =
            DefaultCodes.get(524, Vendor.CLOUDFLARE, "A Timeout Occurred");

    /**
     * {@code 525 SSL Handshake Failed}: the TLS handshake between Cloudflare and the origin failed.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/">
     *     Cloudflare: Error 525</a>
     * @since 0.1.0
     */
    public static final StatusCode SSL_HANDSHAKE_FAILED =
            DefaultCodes.get(525, Vendor.CLOUDFLARE, "SSL Handshake Failed");

    /**
     * {@code 526 Invalid SSL Certificate}: Cloudflare could not validate the origin's certificate.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/">
     *     Cloudflare: Error 526</a>
     * @since 0.1.0
     */
    public static final StatusCode INVALID_SSL_CERTIFICATE =
            DefaultCodes.get(526, Vendor.CLOUDFLARE, "Invalid SSL Certificate");

    /**
     * {@code 527 Railgun Error}: the connection to the origin's Railgun listener failed (legacy).
     * Historical.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Cloudflare">
     *     Wikipedia: List of HTTP status codes, Cloudflare</a>
     * @since 0.1.0
     */
    public static final StatusCode RAILGUN_ERROR =
            DefaultCodes.get(527, Vendor.CLOUDFLARE, "Railgun Error");

    /**
     * {@code 530 Origin DNS Error}: Cloudflare could not resolve the origin; the body carries a
     * 1xxx error.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/">
     *     Cloudflare: Error 530</a>
     * @since 0.1.0
     */
    public static final StatusCode ORIGIN_DNS_ERROR =
            DefaultCodes.get(530, Vendor.CLOUDFLARE, "Origin DNS Error");

    private Cloudflare() {
    }
}
