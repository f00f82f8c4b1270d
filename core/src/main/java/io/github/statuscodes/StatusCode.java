package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One meaning of one HTTP status code: its number, reason phrase, vendor, class, retryability,
 * description and the public source that defines it.
 *
 * <p>Not an enum: one number can have several meanings; {@link StatusCodes#of(int)} returns the
 * primary one (<a href="https://github.com/statuscodes/statuscodes/blob/main/docs/codes.md#primary-meanings">docs/codes.md#primary-meanings</a>). The
 * built-in ones are constants of the vendor classes ({@link Iana}, {@link Nginx}, ...), the very
 * instances the lookups return. Immutable and thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(460);
 * c.reasonPhrase();        // "Client Closed Connection"
 * c.vendor();              // Vendor.AWS_ELB
 * c.isRetryable();         // false: the client gave up by itself
 * c.isLogOnly();           // true: only the load balancer's log ever shows it
 * c.causes().get(0);       // "client timeout set shorter than backend processing time"
 * c.related();             // [408, 499, 504]
 *
 * StatusCode mine = StatusCode.builder(590, "Upstream Quota Exhausted")
 *     .vendor(Vendor.of("acme", "Acme Corp", URI.create("https://acme.example/errors")))
 *     .retryability(Retryability.NEVER)
 *     .description("The upstream quota for this account is used up until the next hour.")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StatusCode implements Comparable<StatusCode> {

    private final int code;
    private final String reasonPhrase;
    // Building the built-ins loads neither Vendor nor an enum (StartupPathTest): a null vendor is
    // Vendor.builtIn(builtInVendor), enums are kept as ordinals, the class is computed.
    private final @Nullable Vendor vendor;
    private final int builtInVendor;
    private final int retryability;
    private final int lifecycle;
    private final boolean logOnly;
    private final boolean registered;
    /** A built-in code's row in {@link StatusCodes#TABLE} (texts: {@link BuiltInTexts}), or -1. */
    private final int builtIn;
    private final String description;
    private final List<String> causes;
    private final List<Integer> related;
    /** The source as text; {@link #documentation} is parsed from it on first use. */
    private final String source;
    /** Parsed on first use (start-up cost, BENCHMARKS.md); volatile, so published whole. */
    private volatile URI documentation;

    private StatusCode(int code, String reasonPhrase, @Nullable Vendor vendor, int builtInVendor,
            int retryability, int lifecycle, boolean logOnly, boolean registered, int builtIn,
            String description, List<String> causes, List<Integer> related, String source) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.vendor = vendor;
        this.builtInVendor = builtInVendor;
        this.retryability = retryability;
        this.lifecycle = lifecycle;
        this.logOnly = logOnly;
        this.registered = registered;
        this.builtIn = builtIn;
        this.description = description;
        this.causes = causes;
        this.related = related;
        this.source = source;
    }

    /** A built-in code: one row of {@link StatusCodes#TABLE}; its texts load on first use. */
    StatusCode(int code, String reasonPhrase, int vendor, int retryability, int lifecycle,
            boolean logOnly, int builtIn) {
        this(code, reasonPhrase, null, vendor, retryability, lifecycle, logOnly, true, builtIn,
                null, null, null, null);
    }

    /** A stand-in nobody registered; a null description is built on demand. No checks needed. */
    private StatusCode(int code, String reasonPhrase, int retryability, String description) {
        this(code, reasonPhrase, Vendor.NONE, -1, retryability, Lifecycle.CURRENT.ordinal(),
                false, false, -1, description, List.of(), List.of(), Vendor.NONE_HOMEPAGE);
    }

    /**
     * Starts a builder for a user-defined status code. The builder is not thread-safe; the
     * {@code StatusCode} it builds is.
     * @param code the number, 100 to 999
     * @param reasonPhrase the reason phrase, e.g. {@code "Upstream Quota Exhausted"}
     * @return a new builder
     * @throws NullPointerException if the reason phrase is null
     * @throws IllegalArgumentException if {@code code} is outside 100..999, or the reason phrase
     *     is empty, padded with white space or contains control characters
     */
    public static Builder builder(int code, String reasonPhrase) {
        return new Builder(code, reasonPhrase);
    }

    static StatusCode unregistered(int code) {
        StatusClass c = StatusClass.of(code);
        return new StatusCode(code, FallbackTexts.unregisteredPhrase(c),
                c.defaultRetryability().ordinal(), null);
    }

    /** The row of a built-in code in {@link StatusCodes#TABLE}, or -1. */
    int builtInIndex() {
        return builtIn;
    }

    /**
     * The primary-meaning rule between two meanings of one number: by lifecycle (current,
     * deprecated, historical, reserved), then IANA's first; false on a tie (registration order).
     */
    boolean precedes(StatusCode other) {
        if (lifecycle != other.lifecycle) {
            return lifecycle < other.lifecycle;
        }
        return isStandard() && !other.isStandard();
    }

    /**
     * Returns the stand-in for a status number outside 100..999, which a client may still receive
     * and the retry engine treats as final (<a href="https://github.com/statuscodes/statuscodes/blob/main/docs/retries.md#the-decision">docs/retries.md#the-decision</a>):
     * {@code "Invalid Status Code"}, {@link Vendor#NONE}, {@link Retryability#NEVER}, not
     * {@linkplain #isRegistered() registered}. Thread-safe.
     * @param code a number outside 100..999
     * @return the stand-in, equal to every other stand-in for the same number
     * @throws IllegalArgumentException if {@code code} is within 100..999; use
     *     {@link StatusCodes#of(int)} for those
     */
    public static StatusCode outOfRange(int code) {
        if (code >= 100 && code <= 999) {
            throw new IllegalArgumentException(FallbackTexts.withinRange(code));
        }
        return new StatusCode(code, "Invalid Status Code", Retryability.NEVER.ordinal(),
                FallbackTexts.outOfRangeDescription(code));
    }

    /** {@return the number, 100 to 999; any other int only from {@link #outOfRange(int)}} */
    public int code() {
        return code;
    }

    /** {@return the reason phrase; for an unregistered number its class's, e.g. "Client Error"} */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** {@return who defines this meaning; {@link Vendor#NONE} for unregistered numbers} */
    public Vendor vendor() {
        Vendor v = vendor;
        return v != null ? v : Vendor.builtIn(builtInVendor);
    }

    /** {@return the class, given by the first digit} */
    public StatusClass statusClass() {
        // Only the out-of-range stand-in has a number outside 100..999; it has no class.
        return code >= 100 && code <= 999 ? StatusClass.of(code) : StatusClass.NON_STANDARD;
    }

    /** {@return what a client may do with the same request after this code} */
    public Retryability retryability() {
        return Retryability.ofOrdinal(retryability);
    }

    /** {@return whether a retry can succeed for some method: ALWAYS and IDEMPOTENT_ONLY} */
    public boolean isRetryable() {
        Retryability r = retryability();
        return r == Retryability.ALWAYS || r == Retryability.IDEMPOTENT_ONLY;
    }

    /**
     * Returns whether a request with this method may be retried automatically, applying the
     * idempotency rule of RFC 9110 §9.2.2 to {@link Retryability#IDEMPOTENT_ONLY} codes.
     *
     * <pre>{@code
     * StatusCodes.of(502).isRetryable("GET");    // true
     * StatusCodes.of(502).isRetryable("POST");   // false: the origin may have acted on it
     * StatusCodes.of(503).isRetryable("POST");   // true: it was not processed
     * }</pre>
     * @param method the request method, case-sensitive, e.g. {@code "GET"}
     * @return true if the request may be sent again as is
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    public boolean isRetryable(String method) {
        return retryability().allows(method);
    }

    /** {@return whether the code is in the IANA registry: {@link #vendor()} is IANA} */
    public boolean isStandard() {
        Vendor v = vendor;
        return v == null ? builtInVendor == DefaultCodes.IANA : v.equals(Vendor.IANA);
    }

    /** {@return whether anybody defines this meaning: false for numbers nobody defines} */
    public boolean isRegistered() {
        return registered;
    }

    /** {@return whether only a log ever shows the code, never a client: ELB 460, nginx 499} */
    public boolean isLogOnly() {
        return logOnly;
    }

    /** {@return whether the code signals an error: true for 4xx and 5xx} */
    public boolean isError() {
        return statusClass().isError();
    }

    /** {@return what the code means, its cause, what a client should do; may be empty} */
    public String description() {
        if (builtIn >= 0) {
            return BuiltInTexts.of(builtIn).description;
        }
        return description != null ? description
                : FallbackTexts.unregisteredDescription(code, statusClass());
    }

    /** {@return whether this meaning is in use, replaced, retired, or only a reservation} */
    public Lifecycle lifecycle() {
        return Lifecycle.ofOrdinal(lifecycle);
    }

    /** The lifecycle's ordinal, for the primary-meaning rule without loading {@link Lifecycle}. */
    int lifecycleOrdinal() {
        return lifecycle;
    }

    /** {@return the common causes as short phrases, most common first; immutable, may be empty} */
    public List<String> causes() {
        return builtIn >= 0 ? BuiltInTexts.of(builtIn).causes : causes;
    }

    /** {@return the registered numbers worth comparing, never its own; immutable, may be empty} */
    public List<Integer> related() {
        return builtIn >= 0 ? BuiltInTexts.of(builtIn).related : related;
    }

    /** {@return the public source that defines this meaning, or {@code about:blank}} */
    public URI documentation() {
        URI d = documentation;
        if (d == null) {
            d = URI.create(builtIn >= 0 ? BuiltInTexts.of(builtIn).source : source);
            documentation = d;
        }
        return d;
    }

    /**
     * {@return true if {@code o} is a status code with the same number, vendor and reason phrase;
     * the other fields are ignored}
     * @param o the other object
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof StatusCode)) {
            return false;
        }
        StatusCode other = (StatusCode) o;
        return code == other.code && vendor().equals(other.vendor())
                && reasonPhrase.equals(other.reasonPhrase);
    }

    @Override
    public int hashCode() {
        return (31 * code + vendor().hashCode()) * 31 + reasonPhrase.hashCode();
    }

    /**
     * Orders by number, then vendor id, then lifecycle (current first), then reason phrase.
     * @param o the other code
     * @return a negative, zero or positive number
     */
    @Override
    public int compareTo(StatusCode o) {
        int c = Integer.compare(code, o.code);
        if (c == 0) {
            c = vendor().id().compareTo(o.vendor().id());
        }
        if (c == 0) {
            c = Integer.compare(lifecycle, o.lifecycle);
        }
        return c != 0 ? c : reasonPhrase.compareTo(o.reasonPhrase);
    }

    /**
     * Returns the number, phrase and vendor, and the lifecycle unless current, e.g.
     * {@code "460 Client Closed Connection (AWS Elastic Load Balancing)"} or
     * {@code "413 Payload Too Large (IANA, deprecated)"}.
     */
    @Override
    public String toString() {
        String s = code + " " + reasonPhrase + " (" + vendor().displayName();
        if (lifecycle != Lifecycle.CURRENT.ordinal()) {
            s = s + ", " + lifecycle().name().toLowerCase(java.util.Locale.ROOT);
        }
        return s + ")";
    }

    /**
     * Builds a user-defined {@link StatusCode}. Each setter checks its argument at once. Not
     * thread-safe; the built code is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final int code;
        private final String reasonPhrase;
        private Vendor vendor;
        private Retryability retryability;
        private String description = "";
        private URI documentation = URI.create("about:blank");
        private Lifecycle lifecycle = Lifecycle.CURRENT;
        private List<String> causes = List.of();
        private List<Integer> related = List.of();
        private boolean logOnly;

        private Builder(int code, String reasonPhrase) {
            this.code = StatusCodeChecks.code(code);
            this.reasonPhrase = StatusCodeChecks.reasonPhrase(reasonPhrase);
        }

        /**
         * Sets who defines the code. Required.
         * @param vendor the vendor, e.g. one made with {@link Vendor#of(String, String, URI)}
         * @return this builder
         * @throws NullPointerException if {@code vendor} is null
         * @throws IllegalArgumentException if {@code vendor} is {@link Vendor#NONE}
         */
        public Builder vendor(Vendor vendor) {
            this.vendor = StatusCodeChecks.vendor(vendor, code);
            return this;
        }

        /**
         * Sets the retryability; the default is {@link StatusClass#defaultRetryability()}.
         * @param retryability the retryability
         * @return this builder
         * @throws NullPointerException if {@code retryability} is null
         */
        public Builder retryability(Retryability retryability) {
            this.retryability = Checks.notNull(retryability, "retryability");
            return this;
        }

        /**
         * Sets the description: what the code means, its cause, what a client should do.
         * @param description the text; the default is empty
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         */
        public Builder description(String description) {
            this.description = Checks.notNull(description, "description").strip();
            return this;
        }

        /**
         * Sets the public source that defines the code.
         * @param documentation an absolute URI
         * @return this builder
         * @throws NullPointerException if {@code documentation} is null
         * @throws IllegalArgumentException if {@code documentation} is not absolute
         */
        public Builder documentation(URI documentation) {
            this.documentation = StatusCodeChecks.documentation(documentation);
            return this;
        }

        /**
         * Sets the public source that defines the code.
         * @param documentation an absolute URI as text
         * @return this builder
         * @throws NullPointerException if {@code documentation} is null
         * @throws IllegalArgumentException if {@code documentation} is not an absolute URI
         */
        public Builder documentation(String documentation) {
            this.documentation = StatusCodeChecks.documentation(documentation);
            return this;
        }

        /**
         * Sets whether the meaning is in use today; the default is {@link Lifecycle#CURRENT}.
         * @param lifecycle the lifecycle
         * @return this builder
         * @throws NullPointerException if {@code lifecycle} is null
         */
        public Builder lifecycle(Lifecycle lifecycle) {
            this.lifecycle = Checks.notNull(lifecycle, "lifecycle");
            return this;
        }

        /**
         * Sets the common causes, most common first, as short phrases; the default is none.
         * @param causes the causes, e.g. {@code "quota used up for the hour"}
         * @return this builder
         * @throws NullPointerException if {@code causes} or one of them is null
         * @throws IllegalArgumentException if a cause is empty, has control characters or repeats
         */
        public Builder causes(String... causes) {
            this.causes = StatusCodeChecks.causes(causes);
            return this;
        }

        /**
         * Sets the numbers worth comparing with this one, each in the registry; default none.
         * @param codes the numbers, e.g. {@code 429, 503}
         * @return this builder
         * @throws NullPointerException if {@code codes} is null
         * @throws IllegalArgumentException if a number is outside 100..999, is this code's own
         *     number, or is given twice
         */
        public Builder related(int... codes) {
            this.related = StatusCodeChecks.related(codes, code);
            return this;
        }

        /**
         * Marks the code as {@linkplain StatusCode#isLogOnly() log-only}; the default is false.
         * @param logOnly whether the code is log-only
         * @return this builder
         */
        public Builder logOnly(boolean logOnly) {
            this.logOnly = logOnly;
            return this;
        }

        /**
         * Builds the immutable status code.
         * @return the status code
         * @throws IllegalStateException if no vendor was set
         */
        public StatusCode build() {
            Vendor v = StatusCodeChecks.vendorSet(vendor, code, reasonPhrase);
            StatusCode c = new StatusCode(code, reasonPhrase, v, -1, (retryability != null
                    ? retryability : StatusClass.of(code).defaultRetryability()).ordinal(),
                    lifecycle.ordinal(), logOnly, true, -1, description, causes, related,
                    documentation.toString());
            c.documentation = documentation;
            return c;
        }
    }
}
