package io.github.statuscodes;

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

    /**
     * {@code 530 Site Is Frozen}: Pantheon froze this inactive sandbox site.
     *
     * @see <a href="https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing">
     *     Pantheon: Inactive Site Freezing</a>
     * @since 0.1.0
     */
    public static final StatusCode SITE_FROZEN =
            DefaultCodes.get(530, Vendor.PANTHEON, "Site Is Frozen");

    private Pantheon() {
    }
}
