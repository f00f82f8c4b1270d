package io.github.statuscodes;

/**
 * The non-standard status code of Twitter (now X): 420 <i>Enhance Your Calm</i>, its early
 * rate-limiting code.
 *
 * <p>This is the primary meaning of 420, ahead of Spring's deprecated <i>Method Failure</i>. A
 * final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(420);   // Twitter.ENHANCE_YOUR_CALM
 * c.isRetryable("POST");                // true, after backing off
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Twitter {

    /**
     * {@code 420 Enhance Your Calm}: the client is being rate limited. Deprecated.
     *
     * @see <a href="https://dev.twitter.com/docs/error-codes-responses">
     *     Twitter: Error Codes &amp; Responses</a>
     * @since 0.1.0
     */
    public static final StatusCode ENHANCE_YOUR_CALM =
            DefaultCodes.get(420, Vendor.TWITTER, "Enhance Your Calm");

    private Twitter() {
    }
}
