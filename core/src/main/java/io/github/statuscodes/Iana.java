package io.github.statuscodes;

import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * Every code in the IANA HTTP Status Code Registry, with the current reason phrases.
 *
 * <p>A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(413);   // Iana.CONTENT_TOO_LARGE
 * }</pre>
 *
 * @see <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP Status Code Registry</a>
 * @since 0.1.0
 */
public final class Iana {
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 404 Not Found}: EXAMPLE ENTRY.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</a>
     * @since 0.1.0
     */
    public static final StatusCode NOT_FOUND = define(404, "Not Found", NEVER,
            "The server has no current representation for the target resource. Retrying the same"
            + " request gives the same answer unless the resource is created.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Iana() {
    }

    /**
     * Returns every IANA-registered code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.IANA, code, reasonPhrase, retryability,
                description, source);
    }
}
