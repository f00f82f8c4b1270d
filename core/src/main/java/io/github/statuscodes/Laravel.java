package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status code of the Laravel PHP framework.
 *
 * <p>A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(419);   // Laravel.PAGE_EXPIRED
 * c.retryability();                     // AFTER_CLIENT_ACTION: fetch a fresh CSRF token first
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Laravel {
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 419 Page Expired}: the request failed Laravel's CSRF check.
     *
     * @see <a href="https://github.com/laravel/framework/blob/12.x/src/Illuminate/Foundation/Exceptions/Handler.php">
     *     Laravel source: Foundation/Exceptions/Handler.php</a>
     * @since 0.1.0
     */
    public static final StatusCode PAGE_EXPIRED = define(419, "Page Expired", AFTER_CLIENT_ACTION,
            "Laravel turns a failed CSRF check (TokenMismatchException) into 419: the form or AJAX"
            + " request carried a missing or stale CSRF token, typically because the session"
            + " expired. Reload the page or fetch a fresh token, then submit again.",
            "https://github.com/laravel/framework/blob/12.x/src/Illuminate/Foundation/"
            + "Exceptions/Handler.php");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Laravel() {
    }

    /**
     * Returns every Laravel code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.LARAVEL, code, reasonPhrase, retryability,
                description, source);
    }
}
