package io.github.statuscodes;

import static io.github.statuscodes.Retryability.ALWAYS;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status codes of Shopify's APIs, as listed on Shopify's own page of API
 * response codes.
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
    private static final String RESPONSE_CODES =
            "https://shopify.dev/docs/api/usage/response-codes";

    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 430 Shopify Security Rejection}: Shopify rejected the request as possibly malicious.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.1.0
     */
    public static final StatusCode SHOPIFY_SECURITY_REJECTION = define(430,
            "Shopify Security Rejection", NEVER,
            "Shopify's security layer judged the request possibly malicious, for example"
            + " bot-like Storefront API traffic, and rejected it; resent unchanged it is rejected"
            + " again, so send the buyer's IP header and slow down. Older lists give 430 as"
            + " Shopify's deprecated \"Request Header Fields Too Large\", once used instead of 429"
            + " when too many URLs were requested in a short time.",
            RESPONSE_CODES);

    /**
     * {@code 540 Temporarily Disabled}: the endpoint is temporarily disabled.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.1.0
     */
    public static final StatusCode TEMPORARILY_DISABLED = define(540, "Temporarily Disabled",
            ALWAYS,
            "Shopify has temporarily disabled the requested endpoint and says it will be back"
            + " shortly. The request was not processed, so any method may be retried after a"
            + " pause.",
            RESPONSE_CODES);

    /**
     * {@code 783 Unexpected Token}: the request's JSON has a syntax error.
     *
     * @see <a href="https://shopify.dev/docs/api/usage/response-codes">
     *     Shopify API response status and error codes</a>
     * @since 0.1.0
     */
    public static final StatusCode UNEXPECTED_TOKEN = define(783, "Unexpected Token", NEVER,
            "Shopify could not parse the request because its JSON has a syntax error. Fix the"
            + " JSON; the same body fails the same way.",
            RESPONSE_CODES);

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Shopify() {
    }

    /**
     * Returns every Shopify code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.SHOPIFY, code, reasonPhrase, retryability,
                description, source);
    }
}
