package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
 * <p>Each number has a <em>primary</em> meaning, returned by {@link #of(int)}: the IANA one where
 * it exists, else the first one registered (the defaults are registered in the order of how widely
 * each meaning is seen, so 499 is nginx's, not Esri's), unless the builder names another with
 * {@link Builder#primary(StatusCode)}.
 *
 * @since 0.1.0
 */
public final class StatusRegistry {
    static final int MIN = 100;
    static final int MAX = 999;
    private static final StatusCode[] NO_MEANINGS = new StatusCode[0];
    /**
     * By number only, so a sort keeps registration order within a number. A class, not a lambda:
     * nothing on the class-initialisation path may bootstrap an {@code invokedynamic} (the first
     * one in a JVM costs milliseconds; see BENCHMARKS.md and StartupPathTest).
     */
    private static final Comparator<StatusCode> BY_CODE =
            new Comparator<StatusCode>() {
                @Override
                public int compare(StatusCode a, StatusCode b) {
                    return Integer.compare(a.code(), b.code());
                }
            };
    private static final StatusCode[] UNREGISTERED = new StatusCode[MAX - MIN + 1];

    static {
        for (int code = MIN; code <= MAX; code++) {
            UNREGISTERED[code - MIN] = StatusCode.unregistered(code);
        }
    }

    private static final StatusRegistry DEFAULTS =
            new Builder(List.of()).addAll(DefaultCodes.all()).build();

    /** Primary meaning by {@code code - 100}, the unregistered fallback where nobody defines one. */
    private final StatusCode[] primary;
    /** Every registered meaning by {@code code - 100}, primary first. */
    private final StatusCode[][] meanings;
    private final List<StatusCode> all;
    /** Every code in registration order, for {@link #builder()}. */
    private final List<StatusCode> registered;
    private final Map<Vendor, List<StatusCode>> byVendor;
    private final List<Vendor> vendors;

    /** Builds the lookups from codes in registration order. */
    private StatusRegistry(List<StatusCode> registered, List<StatusCode> primaries) {
        Map<Vendor, List<StatusCode>> vendors = new LinkedHashMap<>();
        for (StatusCode c : registered) {
            List<StatusCode> ofVendor = vendors.get(c.vendor());
            if (ofVendor == null) {
                ofVendor = new ArrayList<>();
                vendors.put(c.vendor(), ofVendor);
            }
            ofVendor.add(c);
        }
        // A stable sort: the meanings of one number keep their registration order.
        List<StatusCode> codes = new ArrayList<>(registered);
        codes.sort(BY_CODE);
        List<List<StatusCode>> perCode = new ArrayList<>(Collections.nCopies(UNREGISTERED.length,
                null));
        for (StatusCode c : codes) {
            int i = c.code() - MIN;
            List<StatusCode> list = perCode.get(i);
            if (list == null) {
                list = new ArrayList<>(2);
                perCode.set(i, list);
            }
            if (primaries.contains(c)) {
                list.add(0, c);
            } else if (c.isStandard() && !list.isEmpty() && !primaries.contains(list.get(0))) {
                list.add(0, c);
            } else {
                list.add(c);
            }
        }
        this.primary = UNREGISTERED.clone();
        this.meanings = new StatusCode[UNREGISTERED.length][];
        List<StatusCode> everything = new ArrayList<>(codes.size());
        for (int i = 0; i < meanings.length; i++) {
            List<StatusCode> list = perCode.get(i);
            if (list == null) {
                meanings[i] = NO_MEANINGS;
            } else {
                meanings[i] = list.toArray(NO_MEANINGS);
                primary[i] = meanings[i][0];
                everything.addAll(list);
            }
        }
        this.all = List.copyOf(everything);
        Map<Vendor, List<StatusCode>> frozen = new LinkedHashMap<>();
        for (Map.Entry<Vendor, List<StatusCode>> e : vendors.entrySet()) {
            List<StatusCode> list = e.getValue();
            list.sort(null);
            frozen.put(e.getKey(), List.copyOf(list));
        }
        this.byVendor = Collections.unmodifiableMap(frozen);
        this.vendors = List.copyOf(frozen.keySet());
        this.registered = List.copyOf(registered);
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
        return new Builder(DEFAULTS.registered);
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
        if (i < 0 || i >= primary.length) {
            throw new IllegalArgumentException(Checks.outOfRange(code));
        }
        return primary[i];
    }

    /**
     * Returns the vendor's meaning of a number, or {@link #of(int)} when the vendor defines none
     * (a vendor's platform also passes standard codes through).
     *
     * <pre>{@code
     * StatusCodes.of(499, Vendor.ESRI);    // Esri.TOKEN_REQUIRED
     * StatusCodes.of(404, Vendor.NGINX);   // Iana.NOT_FOUND
     * }</pre>
     *
     * @param code the status code
     * @param vendor the vendor that produced the response
     * @return the vendor's meaning, else the primary one; never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999 or {@code vendor} is
     *     null
     */
    public StatusCode of(int code, Vendor vendor) {
        StatusCode p = of(code);
        Checks.notNull(vendor, "vendor");
        for (StatusCode c : meanings[code - MIN]) {
            if (c.vendor().equals(vendor)) {
                return c;
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
     * @throws IllegalArgumentException if {@code code} is outside 100..999 or {@code headers} is
     *     null
     */
    public StatusCode resolve(int code, Function<String, String> headers) {
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
     * @throws IllegalArgumentException if {@code code} is outside 100..999 or {@code headers} is
     *     null
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
        return byVendor.getOrDefault(vendor, List.of());
    }

    /**
     * Returns the vendors that have at least one code in this registry, in the order their first
     * code was registered.
     *
     * @return an immutable list
     */
    public List<Vendor> vendors() {
        return vendors;
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
         *     registry already holds a code with the same number and vendor (the message names
         *     both)
         */
        public Builder add(StatusCode code) {
            Checks.notNull(code, "code");
            if (!code.isRegistered()) {
                throw new IllegalArgumentException("cannot add " + code + ": it is the unregistered"
                        + " fallback; build a code with StatusCode.builder(" + code.code()
                        + ", ...)");
            }
            for (StatusCode existing : codes) {
                if (existing.equals(code)) {
                    throw new IllegalArgumentException("duplicate status code: " + code
                            + " has the same number and vendor as " + existing
                            + ", already in the registry; each (code, vendor) pair may have one"
                            + " meaning");
                }
            }
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
            for (StatusCode p : primaries) {
                if (p.code() == code.code() && !p.equals(code)) {
                    throw new IllegalArgumentException("cannot make " + code + " primary: " + p
                            + " is already the primary meaning of " + code.code());
                }
            }
            primaries.add(code);
            return this;
        }

        /**
         * Builds the immutable registry.
         *
         * @return the registry
         * @throws IllegalStateException if a code made primary was never added
         */
        public StatusRegistry build() {
            for (StatusCode p : primaries) {
                if (!codes.contains(p)) {
                    throw new IllegalStateException("primary " + p + " is not in the registry;"
                            + " add(...) it first");
                }
            }
            return new StatusRegistry(codes, List.copyOf(primaries));
        }
    }
}
