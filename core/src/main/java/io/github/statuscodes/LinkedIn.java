package io.github.statuscodes;

import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

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
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 999 Request Denied}: LinkedIn refused a request it took for automated traffic.
     *
     * @see <a href="https://http.dev/999">http.dev: 999 Request Denied</a>
     * @since 0.1.0
     */
    public static final StatusCode REQUEST_DENIED = define(999, "Request Denied", NEVER,
            "LinkedIn refuses requests it takes for scraping or other automated traffic, judged"
            + " by things such as the User-Agent and the number of requests from one source."
            + " The same request is refused again, so do not retry it automatically.",
            "https://http.dev/999");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private LinkedIn() {
    }

    /**
     * Returns every LinkedIn code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.LINKEDIN, code, reasonPhrase, retryability,
                description, source);
    }
}
