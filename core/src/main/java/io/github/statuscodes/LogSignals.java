package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The access-log values that proxies and load balancers write beside the status code, with who
 * ended the request and the status code that means the same elsewhere: Envoy's response flags
 * and response code details, HAProxy's termination states, CloudFront's result types, Google
 * Cloud Load Balancing's {@code statusDetails}, IIS's {@code sc-win32-status}. The tables, with
 * their sources, are in docs/log-signals.md.
 *
 * <p>Loaded from a resource the first time this class is used, never by a status-code lookup.
 * Thread-safe. A token, which comes from a log, never makes these methods throw: an unknown one
 * gives an empty result.
 *
 * <pre>{@code
 * LogSignals.find(Vendor.ENVOY, "DC");              // Downstream connection termination, CLIENT
 * LogSignals.find(Vendor.HAPROXY, "sH--");          // Server timeout before the response headers
 * LogSignals.find(Vendor.AWS_CLOUDFRONT, "000");    // the viewer closed the connection
 * LogSignals.findAll(Vendor.ENVOY, "UF,URX");       // both flags
 * }</pre>
 *
 * @since 0.3.0
 */
public final class LogSignals {
    /** Longer tokens are never looked up: no vendor writes one, and logs are untrusted. */
    private static final int MAX_TOKEN = 128;
    /** The most signals {@link #findAll} returns: more than any real field holds. */
    static final int MAX_FOUND = 64;
    /** HAProxy's third (persistence cookie) and fourth (Set-Cookie) state characters. */
    private static final String COOKIE_3 = "NIDVEO-";
    private static final String COOKIE_4 = "NIUPRD-";

    private LogSignals() {
    }

    /**
     * Finds a vendor's signal by the value its log writes. The match is exact (case matters:
     * HAProxy's {@code cD} is not {@code CD}) with these allowances: Envoy's long flag names
     * ({@code DownstreamConnectionTermination}) and response code details with a cause in braces
     * ({@code upstream_reset_before_response_started{connection_termination}}); HAProxy's
     * four-character {@code %tsc} ({@code CD--}; the cookie characters must be HAProxy's:
     * {@code NIDVEO-} then {@code NIUPRD-}), and any pair of valid letters, which HAProxy does not
     * document as a pair, explained from its two letters; a pair that cannot occur (a first
     * letter {@code -} with a second that is not) gives empty.
     *
     * @param vendor the vendor whose log holds the value
     * @param token the value; null or unknown gives empty
     * @return the signal, or empty
     * @throws NullPointerException if {@code vendor} is null
     */
    public static Optional<LogSignal> find(Vendor vendor, @Nullable String token) {
        Checks.notNull(vendor, "vendor");
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        SignalTable table = SignalTable.INSTANCE;
        java.util.Map<String, LogSignal> tokens = table.tokens.get(vendor);
        if (tokens == null) {
            return Optional.empty();
        }
        LogSignal s = tokens.get(token);
        if (s != null) {
            return Optional.of(s);
        }
        if (vendor.equals(Vendor.ENVOY)) {
            int brace = token.indexOf('{');
            return brace > 0 && token.endsWith("}")
                    ? Optional.ofNullable(tokens.get(token.substring(0, brace)))
                    : Optional.empty();
        }
        if (vendor.equals(Vendor.HAPROXY) && (token.length() == 2 || token.length() == 4)) {
            if (token.length() == 4 && (COOKIE_3.indexOf(token.charAt(2)) < 0
                    || COOKIE_4.indexOf(token.charAt(3)) < 0)) {
                return Optional.empty();
            }
            String pair = token.substring(0, 2);
            if (pair.charAt(0) == '-' && pair.charAt(1) != '-') {
                return Optional.empty(); // no cause with a phase: not a state HAProxy writes
            }
            s = tokens.get(pair);
            return s != null ? Optional.of(s) : HaproxyStates.compose(table, pair);
        }
        return Optional.empty();
    }

    /**
     * Finds every signal in a log field that may hold several: Envoy writes its response flags
     * as a comma-separated list ({@code UF,URX}). For other vendors, the same as
     * {@link #find(Vendor, String)} as a list.
     *
     * @param vendor the vendor whose log holds the value
     * @param value the field's value; null gives an empty list
     * @return the signals found, in order, unknown parts left out (every part is looked at), at
     *     most {@value #MAX_FOUND}; an immutable list
     * @throws NullPointerException if {@code vendor} is null
     */
    public static List<LogSignal> findAll(Vendor vendor, @Nullable String value) {
        Checks.notNull(vendor, "vendor");
        if (value == null) {
            return List.of();
        }
        if (!vendor.equals(Vendor.ENVOY) || value.indexOf(',') < 0) {
            return find(vendor, value).map(List::of).orElse(List.of());
        }
        List<LogSignal> found = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= value.length() && found.size() < MAX_FOUND; i++) {
            if (i == value.length() || value.charAt(i) == ',') {
                if (i - start <= MAX_TOKEN) {
                    find(vendor, value.substring(start, i)).ifPresent(found::add);
                }
                start = i + 1;
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns every built-in signal, grouped by vendor. HAProxy's undocumented letter pairs,
     * which {@link #find(Vendor, String)} explains, are not listed.
     *
     * @return an immutable list
     */
    public static List<LogSignal> all() {
        return SignalTable.INSTANCE.all;
    }

    /**
     * Returns one vendor's built-in signals, in the order of its documentation.
     *
     * @param vendor the vendor
     * @return an immutable list; empty if the vendor has none
     * @throws NullPointerException if {@code vendor} is null
     */
    public static List<LogSignal> byVendor(Vendor vendor) {
        Checks.notNull(vendor, "vendor");
        return SignalTable.INSTANCE.byVendor.getOrDefault(vendor, List.of());
    }

    /**
     * Returns the vendors that have signals.
     *
     * @return an immutable list
     */
    public static List<Vendor> vendors() {
        return List.copyOf(SignalTable.INSTANCE.byVendor.keySet());
    }
}
