package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of status-code meanings with O(1) lookups: the built-in defaults, optionally
 * extended with a user's own codes.
 *
 * <p>{@link StatusCodes} is a static facade over {@link #defaults()}. Build your own registry when
 * you have codes of your own; the registry is immutable and thread-safe, its builder is not.
 *
 * <pre>{@code
 * Vendor acme = Vendor.of("acme", "Acme Corp", URI.create("https://acme.example/errors"));
 * StatusRegistry registry = StatusRegistry.builder()
 *     .add(StatusCode.builder(590, "Upstream Quota Exhausted").vendor(acme).build())
 *     .build();
 * registry.of(590).vendor();   // acme
 * registry.of(460).vendor();   // Vendor.AWS_ELB, from the defaults
 * }</pre>
 *
 * <p>{@link #of(int)} returns a number's <em>primary</em> meaning: the one named with
 * {@link Builder#primary(StatusCode)}, else a current meaning before a deprecated, historical or
 * reserved one, then IANA's, then the one registered first (<a href="https://github.com/statuscodes/statuscodes/blob/main/docs/codes.md#primary-meanings">docs/codes.md#primary-meanings</a>).
 *
 * @since 0.1.0
 */
public final class StatusRegistry {
    static final int MIN = 100;
    static final int MAX = 999;
    private static final StatusCode[] NO_MEANINGS = new StatusCode[0];
    private static final int SIZE = MAX - MIN + 1;

    private static final StatusRegistry DEFAULTS =
            new StatusRegistry(DefaultCodes.all(), NO_MEANINGS);

    /**
     * Primary meaning by {@code code - 100}; null where nobody defines the number, and
     * {@link #of(int)} then returns the shared fallback from {@link Unregistered}.
     */
    private final StatusCode[] primary;
    /** Every registered meaning by {@code code - 100}, primary first. */
    private final StatusCode[][] meanings;
    private final List<StatusCode> all;
    /** Every code in registration order, for {@link #builder()}. */
    private final StatusCode[] registered;
    /**
     * The codes by vendor, built on first use: no lookup needs them, and building them took a
     * tenth of the first {@link StatusCodes#of(int)} (BENCHMARKS.md, section 3). Built from
     * immutable state, so a race only builds equal copies; volatile, so one is published whole.
     */
    private volatile VendorIndex vendorIndex;

    /**
     * Builds the lookups from codes in registration order. No lambdas and no invokedynamic: this
     * runs in the first {@link StatusCodes#of(int)} of a JVM (BENCHMARKS.md, StartupPathTest).
     */
    private StatusRegistry(StatusCode[] registered, StatusCode[] primaries) {
        int[] counts = new int[SIZE];
        for (StatusCode c : registered) {
            counts[c.code() - MIN]++;
        }
        this.primary = new StatusCode[SIZE];
        this.meanings = new StatusCode[SIZE][];
        for (int i = 0; i < meanings.length; i++) {
            meanings[i] = counts[i] == 0 ? NO_MEANINGS : new StatusCode[counts[i]];
            counts[i] = 0;
        }
        for (StatusCode c : registered) {
            int i = c.code() - MIN;
            insert(meanings[i], counts[i]++, c, primaries);
        }
        StatusCode[] everything = new StatusCode[registered.length];
        int n = 0;
        for (int i = 0; i < meanings.length; i++) {
            if (meanings[i].length > 0) {
                primary[i] = meanings[i][0];
                System.arraycopy(meanings[i], 0, everything, n, meanings[i].length);
                n += meanings[i].length;
            }
        }
        this.all = List.of(everything);
        this.registered = registered;
    }

    private VendorIndex vendorIndex() {
        VendorIndex v = vendorIndex;
        if (v == null) {
            v = new VendorIndex(registered);
            vendorIndex = v;
        }
        return v;
    }

    /**
     * Inserts {@code c} among the first {@code size} meanings of its number, kept in order of
     * {@link #precedes}; an insertion sort, since a number has a handful of meanings at most.
     */
    private static void insert(StatusCode[] list, int size, StatusCode c, StatusCode[] primaries) {
        int at = size;
        while (at > 0 && precedes(c, list[at - 1], primaries)) {
            list[at] = list[at - 1];
            at--;
        }
        list[at] = c;
    }

    /**
     * The primary-meaning rule: a meaning the builder made primary first; then
     * {@link StatusCode#precedes} (lifecycle, then IANA's); otherwise registration order
     * decides, which this method keeps by answering false on a tie.
     */
    private static boolean precedes(StatusCode a, StatusCode b, StatusCode[] primaries) {
        boolean aChosen = contains(primaries, a);
        if (aChosen != contains(primaries, b)) {
            return aChosen;
        }
        return a.precedes(b);
    }

    private static boolean contains(StatusCode[] codes, StatusCode c) {
        for (StatusCode x : codes) {
            if (x.equals(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the built-in registry: every IANA code and every non-standard code the library
     * knows. {@link StatusCodes} delegates to it.
     *
     * @return the default registry
     */
    public static StatusRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder that holds the built-in codes; add your own to it.
     *
     * @return a new builder, not thread-safe
     */
    public static Builder builder() {
        return new Builder(List.of(DEFAULTS.registered));
    }

    /**
     * Returns the primary meaning of a number. Numbers 100 to 999 that nobody defines give a
     * shared {@linkplain StatusCode#isRegistered() unregistered} code of the right class. O(1),
     * no allocation, no lock; the same instance every time.
     *
     * @param code the status code
     * @return the primary meaning, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     */
    public StatusCode of(int code) {
        int i = code - MIN;
        if (i < 0 || i >= SIZE) {
            throw new IllegalArgumentException(Checks.outOfRange(code));
        }
        StatusCode c = primary[i];
        return c != null ? c : Unregistered.CODES[i];
    }

    /**
     * Returns the vendor's meaning of a number, or {@link #of(int)} when the vendor defines none
     * (a vendor's platform also passes standard codes through).
     *
     * <pre>{@code
     * StatusCodes.of(499, Vendor.ESRI);    // Esri.TOKEN_REQUIRED
     * StatusCodes.of(404, Vendor.NGINX);   // Iana.NOT_FOUND
     * StatusCodes.of(499, Vendor.TRAEFIK); // Nginx.CLIENT_CLOSED_REQUEST: Traefik logs 499 as nginx does
     * }</pre>
     *
     * @param code the status code
     * @param vendor the vendor that produced the response
     * @return the vendor's meaning, else the primary one; never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     * @throws NullPointerException if {@code vendor} is null
     */
    public StatusCode of(int code, Vendor vendor) {
        StatusCode p = of(code);
        Checks.notNull(vendor, "vendor");
        for (StatusCode c : meanings[code - MIN]) {
            if (c.vendor().equals(vendor)) {
                return c;
            }
        }
        Vendor lender = vendor.lenderOf(code);
        if (lender != null) {
            for (StatusCode c : meanings[code - MIN]) {
                if (c.vendor() == lender) {
                    return c;
                }
            }
        }
        return p;
    }

    /**
     * Returns the primary meaning of a response's code, using its headers to tell which vendor's
     * meaning applies: a 499 with {@code Server: nginx} is nginx's, one from an ArcGIS server
     * Esri's. See {@link VendorDetection} for the rules.
     *
     * <pre>{@code
     * StatusCode c = registry.resolve(520, name -> String.join(", ", okHttpResponse.headers(name)));
     * }</pre>
     *
     * @param code the status code
     * @param headers a header accessor: given a name (case-insensitive), returns the header's
     *     value, all its values joined with {@code ", "} if it occurs more than once, or null if
     *     it is absent
     * @return the detected vendor's meaning where it defines one, else the primary; never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     * @throws NullPointerException if {@code headers} is null
     */
    public StatusCode resolve(int code, Function<String, @Nullable String> headers) {
        StatusCode p = of(code);
        Checks.notNull(headers, "headers");
        StatusCode[] candidates = meanings[code - MIN];
        if (candidates.length < 2) {
            return p;
        }
        return VendorDetection.pick(candidates, headers, p);
    }

    /**
     * Returns the meaning of a response's code, telling the vendor from a header map such as
     * {@code java.net.http.HttpHeaders.map()}. Names are matched case-insensitively and every
     * value counts; null keys and values are ignored.
     *
     * @param code the status code
     * @param headers the response headers
     * @return the detected vendor's meaning where it defines one, else the primary; never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     * @throws NullPointerException if {@code headers} is null
     */
    public StatusCode resolve(int code, Map<String, ? extends List<String>> headers) {
        return resolve(code, VendorDetection.accessor(headers));
    }

    /**
     * Finds the registered primary meaning of a number.
     *
     * @param code any int
     * @return the primary meaning if somebody defines the number; empty for unregistered numbers
     *     and for anything outside 100..999
     */
    public Optional<StatusCode> find(int code) {
        int i = code - MIN;
        if (i < 0 || i >= primary.length || meanings[i].length == 0) {
            return Optional.empty();
        }
        return Optional.of(primary[i]);
    }

    /**
     * Finds one vendor's meaning of a number, without falling back to the primary one.
     *
     * @param code any int
     * @param vendor the vendor
     * @return the vendor's meaning, or empty
     * @throws NullPointerException if {@code vendor} is null
     */
    public Optional<StatusCode> find(int code, Vendor vendor) {
        Checks.notNull(vendor, "vendor");
        int i = code - MIN;
        if (i < 0 || i >= primary.length) {
            return Optional.empty();
        }
        for (StatusCode c : meanings[i]) {
            if (c.vendor().equals(vendor)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every registered meaning of a number, the primary first.
     *
     * @param code the status code
     * @return an immutable list; empty if nobody defines the number
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     */
    public List<StatusCode> meanings(int code) {
        of(code);
        return List.of(meanings[code - MIN]);
    }

    /**
     * Returns every registered meaning, ordered by number, the primary meaning of each number
     * first.
     *
     * @return an immutable list
     */
    public List<StatusCode> all() {
        return all;
    }

    /**
     * Returns one vendor's codes in ascending order.
     *
     * @param vendor the vendor
     * @return an immutable list; empty if the registry has no code of that vendor
     * @throws NullPointerException if {@code vendor} is null
     */
    public List<StatusCode> byVendor(Vendor vendor) {
        Checks.notNull(vendor, "vendor");
        return vendorIndex().byVendor.getOrDefault(vendor, List.of());
    }

    /**
     * Returns the vendors that have at least one code in this registry, in the order their first
     * code was registered.
     *
     * @return an immutable list
     */
    public List<Vendor> vendors() {
        return vendorIndex().vendors;
    }

    /**
     * The shared meanings of the numbers nobody defines, built when the first one is asked for:
     * building all 900 in the first {@link StatusCodes#of(int)} of a JVM took about a fifth of
     * its time (BENCHMARKS.md, section 3). The JVM's lazy class initialisation makes it
     * thread-safe.
     */
    static final class Unregistered {
        static final StatusCode[] CODES = new StatusCode[SIZE];

        static {
            for (int code = MIN; code <= MAX; code++) {
                CODES[code - MIN] = StatusCode.unregistered(code);
            }
        }
    }

    /**
     * Builds a {@link StatusRegistry}. Not thread-safe; {@link #build()} copies what was added, so
     * the registry it returns is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<StatusCode> codes;
        private final List<StatusCode> primaries = new ArrayList<>();

        private Builder(List<StatusCode> initial) {
            this.codes = new ArrayList<>(initial);
        }

        /**
         * Adds a code.
         *
         * @param code a registered code, e.g. from {@link StatusCode#builder(int, String)}
         * @return this builder
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if {@code code} is unregistered, or the
         *     registry already holds a code with the same number, vendor and phrase, or a
         *     {@linkplain Lifecycle#CURRENT current} one with the same number and vendor while
         *     this one is current too (the message names both)
         */
        public Builder add(StatusCode code) {
            Checks.notNull(code, "code");
            RegistryChecks.addable(codes, code);
            codes.add(code);
            return this;
        }

        /**
         * Adds every code of a list, as {@link #add(StatusCode)} does.
         *
         * @param codes the codes
         * @return this builder
         * @throws NullPointerException if {@code codes} or one of them is null
         * @throws IllegalArgumentException as {@link #add(StatusCode)}
         */
        public Builder addAll(List<StatusCode> codes) {
            Checks.notNull(codes, "codes");
            for (StatusCode c : codes) {
                add(c);
            }
            return this;
        }

        /**
         * Makes a code the primary meaning of its number, the one {@link StatusRegistry#of(int)}
         * returns.
         *
         * @param code a code added to this builder or among the defaults
         * @return this builder
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException if {@code code} is or another code of the same
         *     number was already made primary
         */
        public Builder primary(StatusCode code) {
            Checks.notNull(code, "code");
            RegistryChecks.primary(primaries, code);
            primaries.add(code);
            return this;
        }

        /**
         * Builds the immutable registry.
         *
         * @return the registry
         * @throws IllegalStateException if a code made primary was never added, or a code added
         *     names a {@linkplain StatusCode#related() related} number the registry does not
         *     define
         */
        public StatusRegistry build() {
            RegistryChecks.primariesAdded(codes, primaries);
            StatusCode[] registered = codes.toArray(NO_MEANINGS);
            StatusRegistry registry = new StatusRegistry(registered,
                    primaries.toArray(NO_MEANINGS));
            RegistryChecks.relatedDefined(registered, registry);
            return registry;
        }
    }
}
