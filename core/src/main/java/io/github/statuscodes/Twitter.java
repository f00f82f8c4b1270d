package io.github.statuscodes;

import static io.github.statuscodes.Retryability.ALWAYS;

import java.util.ArrayList;
import java.util.List;

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
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 420 Enhance Your Calm}: the client is being rate limited.
     *
     * @see <a href="https://dev.twitter.com/docs/error-codes-responses">
     *     Twitter: Error Codes &amp; Responses</a>
     * @since 0.1.0
     */
    public static final StatusCode ENHANCE_YOUR_CALM = define(420, "Enhance Your Calm", ALWAYS,
            "Twitter's version 1 Search and Trends APIs, and later its streaming API, answered"
            + " 420 to a rate-limited client; the v1.1 REST API and API v2 use 429 instead. The"
            + " request was not served: back off (Twitter advised doubling waits from one minute"
            + " for streams) and retry any method.",
            "https://dev.twitter.com/docs/error-codes-responses");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Twitter() {
    }

    /**
     * Returns every Twitter code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.TWITTER, code, reasonPhrase, retryability,
                description, source);
    }
}
