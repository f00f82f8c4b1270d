package io.github.statuscodes;

import static io.github.statuscodes.Retryability.ALWAYS;
import static io.github.statuscodes.Retryability.IDEMPOTENT_ONLY;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

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
    private static final String WIKIPEDIA =
            "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes";

    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 218 This Is Fine}: a success code said to carry an error body through an Apache
     * proxy; disputed.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode THIS_IS_FINE = define(218, "This Is Fine", NEVER,
            "Listed as Apache's way to let an upstream error body through when ProxyErrorOverride"
            + " is on, but Apache's source and manual define no 218 and Wikipedia marks the claim"
            + " as dubious. Treat it as a success whose body may describe an error; there is"
            + " nothing to retry.",
            WIKIPEDIA);

    /**
     * {@code 509 Bandwidth Limit Exceeded}: the site has used up its hosting bandwidth allowance.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode BANDWIDTH_LIMIT_EXCEEDED = define(509,
            "Bandwidth Limit Exceeded", NEVER,
            "Shared hosting (cPanel and bandwidth-limiting Apache modules, not Apache httpd"
            + " itself) sends it once a site has used up its bandwidth allowance. The allowance"
            + " resets with the hosting billing period, far beyond any retry budget, so do not"
            + " retry automatically.",
            WIKIPEDIA);

    /**
     * {@code 598 Network Read Timeout Error}: a proxy timed out reading the upstream's response.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode NETWORK_READ_TIMEOUT_ERROR = define(598,
            "Network Read Timeout Error", IDEMPOTENT_ONLY,
            "Some proxies send it when the upstream accepted the connection but reading its"
            + " response timed out. The upstream may have processed the request, so retry"
            + " idempotent methods only.",
            WIKIPEDIA);

    /**
     * {@code 599 Network Connect Timeout Error}: a proxy timed out connecting to the upstream.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode NETWORK_CONNECT_TIMEOUT_ERROR = define(599,
            "Network Connect Timeout Error", ALWAYS,
            "Some proxies send it when they could not open a connection to the upstream in time."
            + " The request never reached the upstream, so any method may be retried.",
            WIKIPEDIA);

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Unofficial() {
    }

    /**
     * Returns every informal code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.UNOFFICIAL, code, reasonPhrase, retryability,
                description, source);
    }
}
