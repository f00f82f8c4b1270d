package io.github.statuscodes;

/**
 * Non-standard status codes that many lists carry but that no single vendor defines or
 * documents: informal conventions of proxies and shared hosting.
 *
 * <p>Two of them are often attributed to the Apache HTTP Server, but Apache's own source and
 * manual define neither (its status table leaves 509 unused), so they live here. A final holder
 * of constants; each is the same instance that {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(599);   // Unofficial.NETWORK_CONNECT_TIMEOUT_ERROR
 * c.isRetryable("POST");                // true: the upstream never got the request
 * StatusCodes.of(598).isRetryable("POST");   // false: the upstream may have processed it
 * }</pre>
 *
 * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
 *     Wikipedia: List of HTTP status codes, unofficial codes</a>
 * @since 0.1.0
 */
public final class Unofficial {

    /**
     * {@code 218 This Is Fine}: a success code said to carry an error body through an Apache proxy;
     * disputed.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode THIS_IS_FINE =
            DefaultCodes.get(218, Vendor.UNOFFICIAL, "This Is Fine");

    /**
     * {@code 509 Bandwidth Limit Exceeded}: the site has used up its hosting bandwidth allowance.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode BANDWIDTH_LIMIT_EXCEEDED =
            DefaultCodes.get(509, Vendor.UNOFFICIAL, "Bandwidth Limit Exceeded");

    /**
     * {@code 598 Network Read Timeout Error}: a proxy timed out reading the upstream's response.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode NETWORK_READ_TIMEOUT_ERROR =
            DefaultCodes.get(598, Vendor.UNOFFICIAL, "Network Read Timeout Error");

    /**
     * {@code 599 Network Connect Timeout Error}: a proxy timed out connecting to the upstream.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode NETWORK_CONNECT_TIMEOUT_ERROR =
            DefaultCodes.get(599, Vendor.UNOFFICIAL, "Network Connect Timeout Error");

    private Unofficial() {
    }
}
