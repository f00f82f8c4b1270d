package io.github.statuscodes;

import static io.github.statuscodes.Retryability.ALWAYS;
import static io.github.statuscodes.Retryability.IDEMPOTENT_ONLY;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

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
    private static final String ERRORS = "https://developers.cloudflare.com/support/"
            + "troubleshooting/http-status-codes/cloudflare-5xx-errors/error-";

    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 520 Web Server Returns an Unknown Error}: the origin's response was empty or
     * unexpected.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/">
     *     Cloudflare: Error 520</a>
     * @since 0.1.0
     */
    public static final StatusCode WEB_SERVER_RETURNS_AN_UNKNOWN_ERROR = define(520,
            "Web Server Returns an Unknown Error", IDEMPOTENT_ONLY,
            "The origin answered with an empty, malformed or unexpected response, often because it"
            + " crashed mid-request, reset the connection or sent headers over 128 KB. The origin"
            + " may have acted on the request, so retry idempotent methods only (Cloudflare's"
            + " error page says \"Web server is returning an unknown error\", other lists"
            + " \"Web Server Returned an Unknown Error\").",
            ERRORS + "520/");

    /**
     * {@code 521 Web Server Is Down}: the origin refused Cloudflare's connection.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/">
     *     Cloudflare: Error 521</a>
     * @since 0.1.0
     */
    public static final StatusCode WEB_SERVER_IS_DOWN = define(521, "Web Server Is Down", ALWAYS,
            "The origin refused Cloudflare's connection, because the web server is offline or a"
            + " firewall blocks Cloudflare's IP ranges. The request never reached the origin, so"
            + " any method may be retried after a pause.",
            ERRORS + "521/");

    /**
     * {@code 522 Connection Timed Out}: Cloudflare timed out contacting the origin.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/">
     *     Cloudflare: Error 522</a>
     * @since 0.1.0
     */
    public static final StatusCode CONNECTION_TIMED_OUT = define(522, "Connection Timed Out",
            ALWAYS,
            "Cloudflare timed out contacting the origin: no SYN+ACK came back within 19 seconds,"
            + " or the connected origin never acknowledged the request within 90 seconds, often"
            + " because it is overloaded or drops Cloudflare's traffic. The origin did not take"
            + " the request in, so any method may be retried after a pause.",
            ERRORS + "522/");

    /**
     * {@code 523 Origin Is Unreachable}: Cloudflare has no route to the origin.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/">
     *     Cloudflare: Error 523</a>
     * @since 0.1.0
     */
    public static final StatusCode ORIGIN_IS_UNREACHABLE = define(523, "Origin Is Unreachable",
            ALWAYS,
            "Cloudflare could not reach the origin because no network route leads to its IP"
            + " address, for example a wrong DNS record or a routing fault. Nothing reached the"
            + " origin, so any method may be retried, though it only helps once routing recovers.",
            ERRORS + "523/");

    /**
     * {@code 524 A Timeout Occurred}: the origin accepted the request but did not answer in time.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/">
     *     Cloudflare: Error 524</a>
     * @since 0.1.0
     */
    public static final StatusCode A_TIMEOUT_OCCURRED = define(524, "A Timeout Occurred",
            IDEMPOTENT_ONLY,
            "Cloudflare connected to the origin and sent the request, but no HTTP response came"
            + " within the proxy read timeout (120 seconds by default). The origin may still be"
            + " working on it, so retry idempotent methods only and poll long-running jobs.",
            ERRORS + "524/");

    /**
     * {@code 525 SSL Handshake Failed}: the TLS handshake between Cloudflare and the origin
     * failed.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/">
     *     Cloudflare: Error 525</a>
     * @since 0.1.0
     */
    public static final StatusCode SSL_HANDSHAKE_FAILED = define(525, "SSL Handshake Failed",
            NEVER,
            "In Full or Full (strict) SSL mode the TLS handshake with the origin failed, for"
            + " example for lack of a certificate, SNI support or a shared cipher suite. It is an"
            + " origin configuration fault that a retry does not fix.",
            ERRORS + "525/");

    /**
     * {@code 526 Invalid SSL Certificate}: Cloudflare could not validate the origin's certificate.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/">
     *     Cloudflare: Error 526</a>
     * @since 0.1.0
     */
    public static final StatusCode INVALID_SSL_CERTIFICATE = define(526,
            "Invalid SSL Certificate", NEVER,
            "In Full (strict) SSL mode, or for Cloudflare Gateway and Workers subrequests, the"
            + " origin's certificate did not validate: expired, revoked, self-signed or for"
            + " another host name. The site owner must fix the certificate; retrying fails the"
            + " same way.",
            ERRORS + "526/");

    /**
     * {@code 527 Railgun Error}: the connection to the origin's Railgun listener failed (legacy).
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Cloudflare">
     *     Wikipedia: List of HTTP status codes, Cloudflare</a>
     * @since 0.1.0
     */
    public static final StatusCode RAILGUN_ERROR = define(527, "Railgun Error", IDEMPOTENT_ONLY,
            "The connection between Cloudflare and the origin's Railgun listener, a WAN optimiser"
            + " Cloudflare has discontinued, was interrupted or timed out after it was set up;"
            + " Cloudflare's current documentation no longer lists the code. The origin may have"
            + " received the request, so retry idempotent methods only.",
            "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Cloudflare");

    /**
     * {@code 530 Origin DNS Error}: Cloudflare could not resolve the origin; the body carries a
     * 1xxx error.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/">
     *     Cloudflare: Error 530</a>
     * @since 0.1.0
     */
    public static final StatusCode ORIGIN_DNS_ERROR = define(530, "Origin DNS Error", NEVER,
            "Cloudflare could not resolve or reach the origin host name; the body names a 1xxx"
            + " error, such as 1016 (origin DNS error) or 1033 (tunnel error), that the site owner"
            + " must fix, so a retry does not help. Cloudflare gives the code no phrase; this one"
            + " follows its 1016 error and Shopify's status-code list.",
            ERRORS + "530/");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Cloudflare() {
    }

    /**
     * Returns every Cloudflare code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.CLOUDFLARE, code, reasonPhrase, retryability,
                description, source);
    }
}
