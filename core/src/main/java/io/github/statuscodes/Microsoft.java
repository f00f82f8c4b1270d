package io.github.statuscodes;

import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status codes of Microsoft products other than IIS: Windows Parental Controls.
 *
 * <p>Microsoft publishes no page for this code; its source is the widely used public list. A
 * final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(450);   // Microsoft.BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS
 * c.isRetryable();                      // false
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Microsoft {
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 450 Blocked by Windows Parental Controls}: Windows Parental Controls block the page.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS = define(450,
            "Blocked by Windows Parental Controls", NEVER,
            "Windows Parental Controls are on and block the requested page for this user. Only a"
            + " change to the parental-control settings lets the request through.",
            "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Microsoft() {
    }

    /**
     * Returns every Microsoft (non-IIS) code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.MICROSOFT, code, reasonPhrase, retryability,
                description, source);
    }
}
