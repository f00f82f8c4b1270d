package io.github.statuscodes;

import static io.github.statuscodes.Retryability.ALWAYS;

import java.util.ArrayList;
import java.util.List;

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
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 529 Service Is Overloaded}: the SSL Labs API is overloaded.
     *
     * @see <a href="https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md">
     *     SSL Labs API documentation v3: error response status codes</a>
     * @since 0.1.0
     */
    public static final StatusCode SERVICE_IS_OVERLOADED = define(529, "Service Is Overloaded",
            ALWAYS,
            "The SSL Labs assessment API is overloaded and did not take the request. Qualys asks"
            + " clients to wait about 30 minutes, randomising the delay, before retrying (other"
            + " lists call it \"Site is overloaded\").",
            "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Qualys() {
    }

    /**
     * Returns every Qualys SSL Labs code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.QUALYS, code, reasonPhrase, retryability,
                description, source);
    }
}
