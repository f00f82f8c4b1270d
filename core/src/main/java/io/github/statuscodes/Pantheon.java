package io.github.statuscodes;

import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status code of Pantheon, the website hosting platform.
 *
 * <p>Pantheon's 530 shares its number with Cloudflare's <i>Origin DNS Error</i>, which stays the
 * primary meaning; a response with Pantheon's {@code X-Pantheon-Styx-Hostname} header resolves
 * to Pantheon's. A final holder of constants; each is the same instance that
 * {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(530, Vendor.PANTHEON);   // Pantheon.SITE_FROZEN
 * c.isRetryable();                                        // false: unfreeze the site first
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Pantheon {
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 530 Site Frozen}: Pantheon froze this inactive sandbox site.
     *
     * @see <a href="https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing">
     *     Pantheon: Inactive Site Freezing</a>
     * @since 0.1.0
     */
    public static final StatusCode SITE_FROZEN = define(530, "Site Frozen", NEVER,
            "Pantheon freezes sandbox sites that have had no code activity for months, and every"
            + " request to a frozen site gets 530 until its owner unfreezes it from the dashboard."
            + " Retrying does not help (other lists say \"Site is frozen\").",
            "https://docs.pantheon.io/guides/platform-considerations/platform-site-info"
            + "#inactive-site-freezing");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Pantheon() {
    }

    /**
     * Returns every Pantheon code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.PANTHEON, code, reasonPhrase, retryability,
                description, source);
    }
}
