package io.github.statuscodes;

/**
 * The non-standard status codes of Shopify's APIs, as listed on Shopify's own page of API
 * response codes, and the deprecated 430 <i>Request Header Fields Too Large</i> that Shopify used
 * before 429 for too many requests in a short time.
 *
 * <p>Shopify stores answer through Cloudflare, so a response may carry Cloudflare's codes as
 * well. A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(430);   // Shopify.SHOPIFY_SECURITY_REJECTION
 * StatusCodes.of(540).isRetryable();    // true
 * }</pre>
 *
 * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
 *     Shopify API response status and error codes</a>
 * @since 0.1.0
 */
public final class Shopify {

    /**
     * {@code 430 Shopify Security Rejection}: Shopify rejected the request as possibly malicious.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.1.0
     */
    public static final StatusCode SHOPIFY_SECURITY_REJECTION =
            DefaultCodes.get(430, Vendor.SHOPIFY, "Shopify Security Rejection");

    /**
     * {@code 430 Request Header Fields Too Large}: Shopify's former rate-limit code for too many
     * URLs in a short time; deprecated.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Shopify">
     *     Wikipedia: List of HTTP status codes, Shopify</a>
     * @since 0.2.0
     */
    public static final StatusCode REQUEST_HEADER_FIELDS_TOO_LARGE =
            DefaultCodes.get(430, Vendor.SHOPIFY, "Request Header Fields Too Large");

    /**
     * {@code 540 Temporarily Disabled}: the endpoint is temporarily disabled.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.1.0
     */
    public static final StatusCode TEMPORARILY_DISABLED =
            DefaultCodes.get(540, Vendor.SHOPIFY, "Temporarily Disabled");

    /**
     * {@code 783 Unexpected Token}: the request's JSON has a syntax error.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.1.0
     */
    public static final StatusCode UNEXPECTED_TOKEN =
            DefaultCodes.get(783, Vendor.SHOPIFY, "Unexpected Token");

    private Shopify() {
    }
}
