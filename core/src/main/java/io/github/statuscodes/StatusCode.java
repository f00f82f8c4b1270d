package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * One meaning of one HTTP status code: its number, reason phrase, vendor, class, retryability,
 * description and the public source that defines it.
 *
 * <p>Not a Java enum, because one number can have several meanings (499 is nginx's <i>Client
 * Closed Request</i> and Esri's <i>Token Required</i>) and users add their own. The built-in
 * meanings are constants in the vendor holder classes ({@link Iana}, {@link Nginx},
 * {@link AwsElb}, {@link Cloudflare}, ...), and the lookups in {@link StatusCodes} return those
 * very instances, so they compare by identity. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(460);
 * c.reasonPhrase();        // "Client Closed Connection"
 * c.vendor();              // Vendor.AWS_ELB
 * c.isRetryable();         // false: the client gave up by itself
 * c.isLogOnly();           // true: only the load balancer's log ever shows it
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

    static final URI ABOUT_BLANK = URI.create("about:blank");

    private final int code;
    private final String reasonPhrase;
    private final Vendor vendor;
    private final StatusClass statusClass;
    private final Retryability retryability;
    private final String description;
    /** The source as text; {@link #documentation} is parsed from it on first use. */
    private final String source;
    /**
     * Parsed lazily: parsing the ~100 built-in links at class initialisation cost several
     * milliseconds of start-up (BENCHMARKS.md). Volatile, so a URI is only ever published whole.
     */
    private volatile URI documentation;
    private final boolean logOnly;
    private final boolean registered;

    private StatusCode(Builder b, boolean registered) {
        this.code = b.code;
        this.reasonPhrase = b.reasonPhrase;
        this.vendor = b.vendor;
        this.statusClass = StatusClass.of(b.code);
        this.retryability = b.retryability != null ? b.retryability
                : statusClass.defaultRetryability();
        this.description = b.description;
        this.documentation = b.documentation;
        this.source = b.documentation != null ? b.documentation.toString() : b.source;
        this.logOnly = b.logOnly;
        this.registered = registered;
    }

    /**
     * Starts a builder for a user-defined status code. The builder is not thread-safe; the
     * {@code StatusCode} it builds is.
     *
     * @param code the number, 100 to 999
     * @param reasonPhrase the reason phrase, e.g. {@code "Upstream Quota Exhausted"}; printable
     *     text, since it may end up on a status line
     * @return a new builder
     * @throws IllegalArgumentException if {@code code} is outside 100..999, or the reason phrase
     *     is null, empty or contains control characters
     */
    public static Builder builder(int code, String reasonPhrase) {
        return new Builder(code, reasonPhrase);
    }

    /**
     * The one factory behind every built-in constant: builds the code and adds it to its holder's
     * list, in declaration order.
     */
    static StatusCode define(java.util.List<StatusCode> holder, Vendor vendor, int code,
            String reasonPhrase, Retryability retryability, String description, String source) {
        return define(holder, vendor, code, reasonPhrase, retryability, description, source,
                false);
    }

    /** Like {@link #define}, for a code that is only ever written to a log. */
    static StatusCode defineLogOnly(java.util.List<StatusCode> holder, Vendor vendor, int code,
            String reasonPhrase, Retryability retryability, String description, String source) {
        return define(holder, vendor, code, reasonPhrase, retryability, description, source,
                true);
    }

    /**
     * The source link of a built-in code is kept as text and parsed on first use; every one is
     * checked to be an absolute https URI by the data tests.
     */
    private static StatusCode define(java.util.List<StatusCode> holder, Vendor vendor, int code,
            String reasonPhrase, Retryability retryability, String description, String source,
            boolean logOnly) {
        Builder b = builder(code, reasonPhrase).vendor(vendor).retryability(retryability)
                .description(description).logOnly(logOnly);
        b.documentation = null;
        b.source = Checks.notNull(source, "source");
        StatusCode c = b.build();
        holder.add(c);
        return c;
    }

    /**
     * The shared unregistered meaning of a number nobody defines. Its description is built on
     * demand by {@link #description()}: building 900 of them eagerly took about a fifth of the
     * registry's class initialisation (issue #5, BENCHMARKS.md).
     */
    static StatusCode unregistered(int code) {
        return new StatusCode(code, StatusClass.of(code));
    }

    /**
     * The unregistered meaning of a number, built directly: 900 of them are made at start-up,
     * and their fixed texts need no checks.
     */
    private StatusCode(int code, StatusClass statusClass) {
        this.code = code;
        this.reasonPhrase = statusClass == StatusClass.NON_STANDARD ? "Non-standard Status"
                : statusClass.displayName();
        this.vendor = Vendor.NONE;
        this.statusClass = statusClass;
        this.retryability = statusClass.defaultRetryability();
        this.description = null;
        this.source = Vendor.NONE_HOMEPAGE;
        this.logOnly = false;
        this.registered = false;
    }

    /**
     * Returns the stand-in for a status number outside 100..999, which no HTTP version allows but
     * a client may still receive (OkHttp accepts {@code HTTP/1.1 000} and {@code 099}), so that a
     * remote party's bad status line never makes the library throw. Its {@link #code()} is that
     * number, its reason phrase {@code "Invalid Status Code"}, its vendor {@link Vendor#NONE},
     * its class {@link StatusClass#NON_STANDARD}, its retryability {@link Retryability#NEVER};
     * it is not {@linkplain #isRegistered() registered}. A new instance each call; thread-safe.
     *
     * <pre>{@code
     * StatusCode c = StatusCode.outOfRange(0);   // "0 Invalid Status Code (Unregistered)"
     * }</pre>
     *
     * @param code a number outside 100..999
     * @return the stand-in, equal to every other stand-in for the same number
     * @throws IllegalArgumentException if {@code code} is within 100..999; use
     *     {@link StatusCodes#of(int)} for those
     */
    public static StatusCode outOfRange(int code) {
        if (code >= 100 && code <= 999) {
            throw new IllegalArgumentException("status code " + code + " is within 100..999;"
                    + " use StatusCodes.of(" + code + ") or a registry's of(int)");
        }
        return new StatusCode(code);
    }

    private StatusCode(int code) {
        this.code = code;
        this.reasonPhrase = "Invalid Status Code";
        this.vendor = Vendor.NONE;
        this.statusClass = StatusClass.NON_STANDARD;
        this.retryability = Retryability.NEVER;
        this.description = "The response carried status " + code + ", outside 100..999: no HTTP"
                + " version allows it (RFC 9110 §15). The response is malformed; it is not"
                + " retried.";
        this.source = Vendor.NONE_HOMEPAGE;
        this.logOnly = false;
        this.registered = false;
    }

    private String unregisteredDescription() {
        return "Nobody defines " + code + ". RFC 9110 §15 has clients treat an unknown"
                + " code as the x00 code of its class" + (statusClass == StatusClass.NON_STANDARD
                ? "; codes from 600 to 999 have no class at all, so treat this one as an error"
                : ", so handle it as " + statusClass.firstDigit() + "00.");
    }

    /**
     * Returns the three-digit number, e.g. {@code 460}.
     *
     * @return the code, 100 to 999; any other int only for {@link #outOfRange(int)}
     */
    public int code() {
        return code;
    }

    /**
     * Returns the reason phrase, e.g. {@code "Client Closed Connection"}; for an unregistered
     * number, the name of its class, e.g. {@code "Client Error"}.
     *
     * @return the reason phrase, never empty
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /**
     * Returns who defines this meaning: {@link Vendor#IANA} for registered codes,
     * {@link Vendor#NONE} for unregistered numbers.
     *
     * @return the vendor
     */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Returns the class, given by the first digit.
     *
     * @return the status class
     */
    public StatusClass statusClass() {
        return statusClass;
    }

    /**
     * Returns what a client may do with the same request after this code.
     *
     * @return the retryability
     */
    public Retryability retryability() {
        return retryability;
    }

    /**
     * Returns whether an automatic retry can succeed for some method: true for
     * {@link Retryability#ALWAYS} and {@link Retryability#IDEMPOTENT_ONLY}.
     *
     * @return true if the code is transient
     */
    public boolean isRetryable() {
        return retryability == Retryability.ALWAYS || retryability == Retryability.IDEMPOTENT_ONLY;
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
     *
     * @param method the request method, case-sensitive, e.g. {@code "GET"}
     * @return true if the request may be sent again as is
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    public boolean isRetryable(String method) {
        return retryability.allows(method);
    }

    /**
     * Returns whether the code is in the IANA HTTP Status Code Registry.
     *
     * @return true if {@link #vendor()} is {@link Vendor#IANA}
     */
    public boolean isStandard() {
        return vendor.equals(Vendor.IANA);
    }

    /**
     * Returns whether anybody defines this meaning; false only for the shared fallbacks that
     * {@link StatusCodes#of(int)} returns for numbers nobody defines.
     *
     * @return true for built-in and user-defined codes
     */
    public boolean isRegistered() {
        return registered;
    }

    /**
     * Returns whether the code is only ever written to a log, never sent to a client: the party
     * that saw the connection close records it (AWS ELB 460, nginx 444 and 499). A client never
     * receives such a code; a log reader should read it as "the client went away", not as an
     * answer the server gave.
     *
     * @return true for log-only codes
     */
    public boolean isLogOnly() {
        return logOnly;
    }

    /**
     * Returns whether the code signals an error: true for 4xx and 5xx.
     *
     * @return true for client and server errors
     */
    public boolean isError() {
        return statusClass.isError();
    }

    /**
     * Returns what the code means, its typical cause and what a client should do, in one or two
     * sentences.
     *
     * @return the description; empty for a user code built without one
     */
    public String description() {
        return description != null ? description : unregisteredDescription();
    }

    /**
     * Returns the public source that defines this meaning: the RFC section, the vendor's own
     * documentation, or {@code about:blank} for a user code built without one.
     *
     * @return the documentation link
     */
    public URI documentation() {
        URI d = documentation;
        if (d == null) {
            d = URI.create(source);
            documentation = d;
        }
        return d;
    }

    /**
     * Two status codes are equal when they have the same number and the same vendor; the other
     * fields are ignored. Built-in codes are also identical ({@code ==}) to what the lookups return.
     *
     * @param o the other object
     * @return true if {@code o} is a status code with the same number and vendor
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof StatusCode)) {
            return false;
        }
        StatusCode other = (StatusCode) o;
        return code == other.code && vendor.equals(other.vendor);
    }

    @Override
    public int hashCode() {
        return 31 * code + vendor.hashCode();
    }

    /**
     * Orders by number, then by vendor id.
     *
     * @param o the other code
     * @return a negative, zero or positive number
     */
    @Override
    public int compareTo(StatusCode o) {
        int c = Integer.compare(code, o.code);
        return c != 0 ? c : vendor.id().compareTo(o.vendor.id());
    }

    /**
     * Returns the number, phrase and vendor, e.g.
     * {@code "460 Client Closed Connection (AWS Elastic Load Balancing)"}.
     */
    @Override
    public String toString() {
        return code + " " + reasonPhrase + " (" + vendor.displayName() + ")";
    }

    /**
     * Builds a user-defined {@link StatusCode}. Each setter checks its argument at once; the
     * builder is not thread-safe, the built code is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final int code;
        private final String reasonPhrase;
        private Vendor vendor;
        private Retryability retryability;
        private String description = "";
        private URI documentation = ABOUT_BLANK;
        /** A built-in code's source, parsed on first use; null for user codes. */
        private String source;
        private boolean logOnly;

        private Builder(int code, String reasonPhrase) {
            if (code < 100 || code > 999) {
                throw new IllegalArgumentException(Checks.outOfRange(code));
            }
            Checks.notEmpty(reasonPhrase, "reasonPhrase");
            Checks.noControlCharacters(reasonPhrase, "reasonPhrase");
            if (!reasonPhrase.equals(reasonPhrase.strip())) {
                throw new IllegalArgumentException("reasonPhrase " + Checks.quote(reasonPhrase)
                        + " has leading or trailing white space; trim it");
            }
            this.code = code;
            this.reasonPhrase = reasonPhrase;
        }

        /**
         * Sets who defines the code. Required.
         *
         * @param vendor the vendor, e.g. one made with {@link Vendor#of(String, String, URI)}
         * @return this builder
         * @throws NullPointerException if {@code vendor} is null
         * @throws IllegalArgumentException if {@code vendor} is {@link Vendor#NONE}
         */
        public Builder vendor(Vendor vendor) {
            Checks.notNull(vendor, "vendor");
            if (vendor.equals(Vendor.NONE)) {
                throw new IllegalArgumentException("vendor NONE is reserved for unregistered"
                        + " numbers; pass the vendor that defines code " + code);
            }
            this.vendor = vendor;
            return this;
        }

        /**
         * Sets the retryability; the default is that of the code's class
         * ({@link StatusClass#defaultRetryability()}).
         *
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
         *
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
         *
         * @param documentation an absolute URI
         * @return this builder
         * @throws NullPointerException if {@code documentation} is null
         * @throws IllegalArgumentException if {@code documentation} is not absolute
         */
        public Builder documentation(URI documentation) {
            Checks.notNull(documentation, "documentation");
            if (!documentation.isAbsolute()) {
                throw new IllegalArgumentException("documentation " + documentation
                        + " is not an absolute URI; give a scheme, e.g. https://...");
            }
            this.documentation = documentation;
            return this;
        }

        /**
         * Sets the public source that defines the code.
         *
         * @param documentation an absolute URI as text
         * @return this builder
         * @throws NullPointerException if {@code documentation} is null
         * @throws IllegalArgumentException if {@code documentation} is not a URI or not
         *     absolute
         */
        public Builder documentation(String documentation) {
            Checks.notNull(documentation, "documentation");
            try {
                return documentation(new URI(documentation));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("documentation " + Checks.quote(documentation)
                        + " is not a valid URI: " + e.getMessage(), e);
            }
        }

        /**
         * Marks the code as log-only: written to a log by whoever saw the connection close,
         * never sent to a client. The default is false.
         *
         * @param logOnly whether the code is log-only
         * @return this builder
         */
        public Builder logOnly(boolean logOnly) {
            this.logOnly = logOnly;
            return this;
        }

        /**
         * Builds the immutable status code.
         *
         * @return the status code
         * @throws IllegalStateException if no vendor was set
         */
        public StatusCode build() {
            if (vendor == null) {
                throw new IllegalStateException("no vendor set for status code " + code + " "
                        + reasonPhrase + "; call vendor(...) before build()");
            }
            return new StatusCode(this, true);
        }
    }
}
