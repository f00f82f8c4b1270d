package io.github.statuscodes;

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

    /**
     * {@code 419 Page Expired}: the request failed Laravel's CSRF check.
     *
     * @see <a href="https://github.com/laravel/framework/blob/12.x/src/Illuminate/Foundation/Exceptions/Handler.php">
     *     Laravel source: Foundation/Exceptions/Handler.php</a>
     * @since 0.1.0
     */
    public static final StatusCode PAGE_EXPIRED =
            DefaultCodes.get(419, Vendor.LARAVEL, "Page Expired");

    private Laravel() {
    }
}
