package io.github.statuscodes;

/**
 * Where a meaning stands in its definer's history: still in use, replaced, retired, or only a
 * reservation that keeps the number free.
 *
 * <p>The constants are ordered by preference: {@link StatusCodes#of(int)} returns a
 * {@code CURRENT} meaning when a number has one, then a {@code DEPRECATED} one, and so on; within
 * the same lifecycle the IANA meaning comes first. Thread-safe, like every enum.
 *
 * <pre>{@code
 * StatusCodes.of(418).lifecycle();                        // CURRENT: "I'm a teapot"
 * StatusCodes.find(418, Vendor.IANA).get().lifecycle();   // RESERVED: IANA's "(Unused)"
 * Iana.PAYLOAD_TOO_LARGE.lifecycle();                      // DEPRECATED: now "Content Too Large"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum Lifecycle {
    /** The definer uses this meaning today, under this reason phrase. */
    CURRENT,
    /**
     * The definer replaced this meaning or phrase with another one that is still in use, e.g.
     * IANA's {@code 413 Payload Too Large} (now <i>Content Too Large</i>) or Shopify's
     * {@code 430 Request Header Fields Too Large} (now 429). Old software still sends it.
     */
    DEPRECATED,
    /**
     * A meaning from a draft that never became a standard or from a retired product or API, with
     * no successor at the same definer, e.g. the WebDAV draft's {@code 420 Method Failure} or
     * Cloudflare's Railgun {@code 527}. Kept so that old logs and old code can be read.
     */
    HISTORICAL,
    /**
     * Not a meaning: a registry entry that keeps the number from being assigned, as IANA's
     * {@code (Unused)} for 306 and 418. Never the primary meaning when the number has another.
     */
    RESERVED;

    /**
     * Returns whether the meaning is in use today.
     *
     * @return true for {@link #CURRENT}
     */
    public boolean isCurrent() {
        return this == CURRENT;
    }

    private static final Lifecycle[] BY_ORDINAL = values();

    /** The constant with this ordinal; StatusCode keeps ordinals (see its fields). */
    static Lifecycle ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
