package io.github.statuscodes;

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

    /**
     * {@code 450 Blocked by Windows Parental Controls}: Windows Parental Controls block the page.
     *
     * @see <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes">
     *     Wikipedia: List of HTTP status codes, unofficial codes</a>
     * @since 0.1.0
     */
    public static final StatusCode BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS =
            DefaultCodes.get(450, Vendor.MICROSOFT, "Blocked by Windows Parental Controls");

    private Microsoft() {
    }
}
