package io.github.statuscodes;

/**
 * The non-standard status code of LinkedIn, which it sends to requests it takes for automated
 * traffic.
 *
 * <p>LinkedIn publishes no documentation for the code; the phrase follows public references. A
 * final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(999);   // LinkedIn.REQUEST_DENIED
 * c.statusClass();                      // StatusClass.NON_STANDARD
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LinkedIn {

    /**
     * {@code 999 Request Denied}: LinkedIn refused a request it took for automated traffic.
     *
     * @see <a href="https://http.dev/999">
     *     http.dev: 999 Request Denied</a>
     * @since 0.1.0
     */
    public static final StatusCode REQUEST_DENIED =
            DefaultCodes.get(999, Vendor.LINKEDIN, "Request Denied");

    private LinkedIn() {
    }
}
