package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

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
 * c.lifecycle();           // Lifecycle.CURRENT
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
    private final Vendor vendor;
    /*
     * Retryability and lifecycle are kept as ordinals, and the class is computed from the code:
     * then building the built-in codes loads none of the three enums, which keeps the first
     * StatusCodes.of(int) of a JVM to five classes (BENCHMARKS.md, section 3).
     */
    private final int retryability;
    private final int lifecycle;
    private final boolean logOnly;
    private final boolean registered;
    /**
     * A built-in code's row in {@link DefaultCodes}, whose texts {@link BuiltInTexts} reads on
     * first use; -1 for user and unregistered codes, which hold their texts themselves.
     */
    private final int builtIn;
    private final String description;
    private final List<String> causes;
    private final List<Integer> related;
    /** The source as text; {@link #documentation} is parsed from it on first use. */
    private final String source;
    /**
     * Parsed lazily: parsing the built-in links at class initialisation cost several
     * milliseconds of start-up (BENCHMARKS.md). Volatile, so a URI is only ever published whole.
     */
    private volatile URI documentation;

    private StatusCode(Builder b) {
        this.code = b.code;
        this.reasonPhrase = b.reasonPhrase;
        this.vendor = b.vendor;
        this.retryability = (b.retryability != null ? b.retryability
                : StatusClass.of(b.code).defaultRetryability()).ordinal();
        this.lifecycle = b.lifecycle.ordinal();
        this.logOnly = b.logOnly;
        this.registered = true;
        this.builtIn = -1;
        this.description = b.description;
        this.causes = b.causes;
        this.related = b.related;
        this.documentation = b.documentation;
        this.source = b.documentation.toString();
    }

    /**
     * A built-in code: one row of {@link DefaultCodes}. Its description, causes, related codes
     * and source stay in {@link BuiltInTexts} until first asked for, which keeps the first
     * {@link StatusCodes#of(int)} in a JVM short (BENCHMARKS.md, section 3).
     */
    StatusCode(int code, String reasonPhrase, Vendor vendor, int retryability, int lifecycle,
            boolean logOnly, int builtIn) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.vendor = vendor;
        this.retryability = retryability;
        this.lifecycle = lifecycle;
        this.logOnly = logOnly;
        this.registered = true;
        this.builtIn = builtIn;
        this.description = null;
        this.causes = null;
        this.related = null;
        this.source = null;
    }

    /**
     * The shared unregistered meaning of a number nobody defines, built directly: 900 of them
     * are made at start-up, and their fixed texts need no checks. Its description is built on
     * demand by {@link #description()} (issue #5, BENCHMARKS.md).
     */
    private StatusCode(int code, StatusClass statusClass) {
        this.code = code;
        this.reasonPhrase = statusClass == StatusClass.NON_STANDARD ? "Non-standard Status"
                : statusClass.displayName();
        this.vendor = Vendor.NONE;
        this.retryability = statusClass.defaultRetryability().ordinal();
        this.lifecycle = Lifecycle.CURRENT.ordinal();
        this.logOnly = false;
        this.registered = false;
        this.builtIn = -1;
        this.description = null;
        this.causes = List.of();
        this.related = List.of();
        this.source = Vendor.NONE_HOMEPAGE;
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

    static StatusCode unregistered(int code) {
        return new StatusCode(code, StatusClass.of(code));
    }

    /** The row of a built-in code in {@link DefaultCodes}, or -1. */
    int builtInIndex() {
        return builtIn;
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
        this.retryability = Retryability.NEVER.ordinal();
        this.lifecycle = Lifecycle.CURRENT.ordinal();
        this.builtIn = -1;
        this.causes = List.of();
        this.related = List.of();
        this.description = "The response carried status " + code + ", outside 100..999: no HTTP"
                + " version allows it (RFC 9110 §15). The response is malformed; it is not"
                + " retried.";
        this.source = Vendor.NONE_HOMEPAGE;
        this.logOnly = false;
        this.registered = false;
    }

    private String unregisteredDescription() {
        return "Nobody defines " + code + ". RFC 9110 §15 has clients treat an unknown"
                + " code as the x00 code of its class" + (statusClass() == StatusClass.NON_STANDARD
                ? "; codes from 600 to 999 have no class at all, so no rule says how to handle"
                + " this one: read the body and treat it as a failure of the request."
                : ", so handle it as " + statusClass().firstDigit() + "00.");
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
        // Only the out-of-range stand-in has a number outside 100..999; it has no class.
        return code >= 100 && code <= 999 ? StatusClass.of(code) : StatusClass.NON_STANDARD;
    }

    /**
     * Returns what a client may do with the same request after this code.
     *
     * @return the retryability
     */
    public Retryability retryability() {
        return Retryability.ofOrdinal(retryability);
    }

    /**
     * Returns whether an automatic retry can succeed for some method: true for
     * {@link Retryability#ALWAYS} and {@link Retryability#IDEMPOTENT_ONLY}.
     *
     * @return true if the code is transient
     */
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
     *
     * @param method the request method, case-sensitive, e.g. {@code "GET"}
     * @return true if the request may be sent again as is
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException if {@code method} is empty
     */
    public boolean isRetryable(String method) {
        return retryability().allows(method);
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
        return statusClass().isError();
    }

    /**
     * Returns what the code means, its typical cause and what a client should do, in one or two
     * sentences.
     *
     * @return the description; empty for a user code built without one
     */
    public String description() {
        if (builtIn >= 0) {
            return BuiltInTexts.of(builtIn).description;
        }
        return description != null ? description : unregisteredDescription();
    }

    /**
     * Returns whether this meaning is in use today, replaced, retired, or only a reservation.
     *
     * @return the lifecycle; {@link Lifecycle#CURRENT} for unregistered numbers
     */
    public Lifecycle lifecycle() {
        return Lifecycle.ofOrdinal(lifecycle);
    }

    /** The lifecycle's ordinal, for the primary-meaning rule without loading {@link Lifecycle}. */
    int lifecycleOrdinal() {
        return lifecycle;
    }

    /**
     * Returns the common causes of this code, as short phrases an operator can check one by one,
     * e.g. for 460 {@code "client timeout shorter than the target's processing time"}.
     *
     * @return an immutable list, most common first; empty for unregistered numbers and for codes
     *     nobody gave causes
     */
    public List<String> causes() {
        return builtIn >= 0 ? BuiltInTexts.of(builtIn).causes : causes;
    }

    /**
     * Returns the numbers worth comparing with this one, e.g. for 460: 408, 499 and 504. Look
     * each up with {@link StatusCodes#meanings(int)}; the list never holds this code's own number.
     *
     * @return an immutable list of registered numbers; empty for unregistered numbers and for
     *     codes nobody gave related codes
     */
    public List<Integer> related() {
        return builtIn >= 0 ? BuiltInTexts.of(builtIn).related : related;
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
            d = URI.create(builtIn >= 0 ? BuiltInTexts.of(builtIn).source : source);
            documentation = d;
        }
        return d;
    }

    /**
     * Two status codes are equal when they have the same number, vendor and reason phrase (one
     * vendor may have meanings of several eras for one number, e.g. Shopify's 430); the other
     * fields are ignored. Built-in codes are also identical ({@code ==}) to what the lookups return.
     *
     * @param o the other object
     * @return true if {@code o} is a status code with the same number, vendor and phrase
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
        return code == other.code && vendor.equals(other.vendor)
                && reasonPhrase.equals(other.reasonPhrase);
    }

    @Override
    public int hashCode() {
        return (31 * code + vendor.hashCode()) * 31 + reasonPhrase.hashCode();
    }

    /**
     * Orders by number, then vendor id, then lifecycle (current first), then reason phrase.
     *
     * @param o the other code
     * @return a negative, zero or positive number
     */
    @Override
    public int compareTo(StatusCode o) {
        int c = Integer.compare(code, o.code);
        if (c == 0) {
            c = vendor.id().compareTo(o.vendor.id());
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
        String s = code + " " + reasonPhrase + " (" + vendor.displayName();
        if (lifecycle != Lifecycle.CURRENT.ordinal()) {
            s = s + ", " + lifecycle().name().toLowerCase(java.util.Locale.ROOT);
        }
        return s + ")";
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
        private URI documentation = URI.create("about:blank");
        private Lifecycle lifecycle = Lifecycle.CURRENT;
        private List<String> causes = List.of();
        private List<Integer> related = List.of();
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
         * Sets whether the meaning is in use today; the default is {@link Lifecycle#CURRENT}.
         *
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
         *
         * @param causes the causes, e.g. {@code "quota used up for the hour"}
         * @return this builder
         * @throws NullPointerException if {@code causes} or one of them is null
         * @throws IllegalArgumentException if a cause is empty, contains control characters or
         *     is given twice
         */
        public Builder causes(String... causes) {
            Checks.notNull(causes, "causes");
            List<String> list = new ArrayList<>(causes.length);
            for (String cause : causes) {
                Checks.notEmpty(cause, "cause");
                Checks.noControlCharacters(cause, "cause");
                String c = cause.strip();
                if (list.contains(c)) {
                    throw new IllegalArgumentException("cause " + Checks.quote(c)
                            + " is given twice; list each cause once");
                }
                list.add(c);
            }
            this.causes = List.copyOf(list);
            return this;
        }

        /**
         * Sets the numbers worth comparing with this code; the default is none. The registry
         * this code is added to must define each of them.
         *
         * @param codes the numbers, e.g. {@code 429, 503}
         * @return this builder
         * @throws NullPointerException if {@code codes} is null
         * @throws IllegalArgumentException if a number is outside 100..999, is this code's own
         *     number, or is given twice
         */
        public Builder related(int... codes) {
            Checks.notNull(codes, "codes");
            List<Integer> list = new ArrayList<>(codes.length);
            for (int c : codes) {
                if (c < 100 || c > 999) {
                    throw new IllegalArgumentException("related code " + c + " is outside"
                            + " 100..999; HTTP status codes have three digits");
                }
                if (c == code) {
                    throw new IllegalArgumentException("related code " + c + " is the code"
                            + " itself; list other codes only");
                }
                if (list.contains(c)) {
                    throw new IllegalArgumentException("related code " + c + " is given twice");
                }
                list.add(c);
            }
            this.related = List.copyOf(list);
            return this;
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
            return new StatusCode(this);
        }
    }
}
