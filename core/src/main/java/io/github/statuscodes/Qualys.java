package io.github.statuscodes;

/**
 * The non-standard status code of Qualys SSL Labs, used by its assessment API.
 *
 * <p>A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(529);   // Qualys.SERVICE_IS_OVERLOADED
 * c.isRetryable("POST");                // true, after a long, randomised wait
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Qualys {

    /**
     * {@code 529 Service Is Overloaded}: the SSL Labs API is overloaded.
     *
     * @see <a href="https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md">
     *     SSL Labs API documentation v3: error response status codes</a>
     * @since 0.1.0
     */
    public static final StatusCode SERVICE_IS_OVERLOADED =
            DefaultCodes.get(529, Vendor.QUALYS, "Service Is Overloaded");

    private Qualys() {
    }
}
