package io.github.statuscodes;

/**
 * The built-in table's vocabulary and access: the vendor indexes and the ordinals its rows use,
 * the whole table for {@link StatusRegistry} and {@link BuiltInTexts}, and the row each holder
 * constant ({@link Iana}, {@link AwsElb}, ...) names. The rows themselves are
 * {@link StatusCodes#TABLE}, so that the first {@link StatusCodes#of(int)} in a JVM does not load
 * this class; the lookups need neither the holders nor the long texts, which
 * {@link BuiltInTexts} builds on first use (BENCHMARKS.md, "0.3.0 start-up").
 */
final class DefaultCodes {
    /*
     * The ordinals of Retryability and Lifecycle, as compile-time constants: the table then loads
     * neither enum (StatusCode keeps ordinals; DefaultCodesTest checks these against the enums).
     */
    static final int NEVER = 0;
    static final int AFTER_CLIENT_ACTION = 1;
    static final int IDEMPOTENT_ONLY = 2;
    static final int ALWAYS = 3;
    static final int CURRENT = 0;
    static final int DEPRECATED = 1;
    static final int HISTORICAL = 2;
    static final int RESERVED = 3;

    /*
     * The built-in vendors by their index in Vendor.values(): a row keeps the index, so that
     * building the table does not load Vendor (DefaultCodesTest checks these against Vendor).
     */
    static final int IANA = 0;
    static final int IETF = 1;
    static final int NGINX = 2;
    static final int AWS_ELB = 3;
    static final int CLOUDFLARE = 4;
    static final int MICROSOFT_IIS = 5;
    static final int MICROSOFT = 6;
    static final int ESRI = 7;
    static final int LARAVEL = 8;
    static final int SPRING = 9;
    static final int TWITTER = 10;
    static final int SHOPIFY = 11;
    static final int APACHE = 12;
    static final int QUALYS = 13;
    static final int PANTHEON = 14;
    static final int LINKEDIN = 15;
    static final int CLOUDLINUX = 16;
    static final int ENVOY = 17;
    static final int HAPROXY = 18;
    static final int TRAEFIK = 19;
    static final int CADDY = 20;
    static final int GOOGLE_CLOUD_LB = 21;
    static final int AZURE_APP_GATEWAY = 22;
    static final int AWS_CLOUDFRONT = 23;
    static final int UNOFFICIAL = 24;

    private DefaultCodes() {
    }

    /** The table, in registration order; callers must not modify it. */
    static StatusCode[] all() {
        return StatusCodes.TABLE;
    }

    /**
     * Returns the row a holder constant names.
     *
     * @throws IllegalArgumentException if the table has no such row: a holder and the table
     *     disagree (not IllegalStateException: verifying this class would load it from the
     *     runtime image, on the start-up path, while IllegalArgumentException is in the JDK's
     *     shared archive)
     */
    static StatusCode get(int code, Vendor vendor, String reasonPhrase) {
        for (StatusCode c : StatusCodes.TABLE) {
            if (c.code() == code && c.vendor().equals(vendor)
                    && c.reasonPhrase().equals(reasonPhrase)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no built-in code " + code + " " + reasonPhrase + " of "
                + vendor);
    }
}
