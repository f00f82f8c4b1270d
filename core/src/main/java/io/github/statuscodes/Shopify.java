package io.github.statuscodes;

/**
 * The non-standard status codes of Shopify's APIs, as listed on Shopify's own page of API
 * response codes, and two deprecated ones: 430 <i>Request Header Fields Too Large</i>, which
 * Shopify used before 429 for too many requests in a short time, and 420 for a locked store,
 * which Shopify replaced by 423 in August 2018.
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
     * {@code 420 Shop Locked}: Shopify's former answer to an Admin API request for a locked
     * store; replaced by {@code 423 Locked} on 30 August 2018. Deprecated.
     *
     * @see <a href="https://shopify.dev/changelog/admin-api-requests-to-locked-stores-will-return-a-423-status-code-instead-of-420">
     *     Shopify developer changelog, 30 August 2018</a>
     * @since 0.3.0
     */
    public static final StatusCode SHOP_LOCKED =
            DefaultCodes.get(420, Vendor.SHOPIFY, "Shop Locked");

    /**
     * {@code 530 Origin DNS Error}: Cloudflare, in front of Shopify, cannot resolve the requested
     * DNS record (Cloudflare's error 1016); Shopify points to its status page for outages. Not
     * retried, like Cloudflare's own 530.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.3.0
     */
    public static final StatusCode ORIGIN_DNS_ERROR =
            DefaultCodes.get(530, Vendor.SHOPIFY, "Origin DNS Error");

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
