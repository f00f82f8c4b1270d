package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
/**
 * What a client may do with the same request after receiving a status code.
 *
 * <p>The four levels go from "never" to "always"; {@link StatusCode#isRetryable()} is true for the
 * last two, and {@link StatusCode#isRetryable(String)} applies the idempotency rule of RFC 9110
 * §9.2.2. This enum is immutable and thread-safe.
 *
 * <pre>{@code
 * Retryability r = StatusCodes.of(503).retryability();   // ALWAYS
 * boolean again = r.allows("POST");                       // true
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Retryability {
    /** The same request fails the same way: do not retry it (400, 403, 404, 422, most 4xx). */
    NEVER,
    /**
     * Retry only after the client acts: re-authenticates, refreshes a token, logs in again,
     * upgrades, or raises its own timeout (401, 407, 419, 426, 440, 449, 498, 511, and the
     * "client closed" codes 460 and nginx 499). An automatic retry of the same request is wrong.
     */
    AFTER_CLIENT_ACTION,
    /**
     * Transient, but the server may have processed the request: retry only idempotent methods
     * (GET, HEAD, OPTIONS, TRACE, PUT, DELETE) (500, 502, 504, 520, 524).
     */
    IDEMPOTENT_ONLY,
    /**
     * Transient, and the request was not processed: any method may be retried, after
     * {@code Retry-After} when the response gives one (408, 425, 429, 503, 521, 522, 523).
     */
    ALWAYS;

    /**
     * Returns whether a request with this method may be retried automatically. Methods are
     * case-sensitive (RFC 9110 §9.1): {@code "get"} is not {@code "GET"} and counts as
     * non-idempotent.
     *
     * @param method the request method, e.g. {@code "GET"}
     * @return true for {@link #ALWAYS}; for {@link #IDEMPOTENT_ONLY}, true if the method is
     *     idempotent; false otherwise
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    public boolean allows(String method) {
        Checks.notEmpty(method, "method");
        switch (this) {
            case ALWAYS:
                return true;
            case IDEMPOTENT_ONLY:
                return isIdempotent(method);
            default:
                return false;
        }
    }

    /**
     * Returns whether a method is idempotent per RFC 9110 §9.2.2: GET, HEAD, OPTIONS, TRACE, PUT
     * and DELETE.
     *
     * @param method the request method, case-sensitive
     * @return true for the six idempotent methods
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2">RFC 9110 §9.2.2</a>
     */
    public static boolean isIdempotent(String method) {
        Checks.notEmpty(method, "method");
        switch (method) {
            case "GET":
            case "HEAD":
            case "OPTIONS":
            case "TRACE":
            case "PUT":
            case "DELETE":
                return true;
            default:
                return false;
        }
    }

    private static final Retryability[] BY_ORDINAL = values();

    /** The constant with this ordinal; StatusCode keeps ordinals (see its fields). */
    static Retryability ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
