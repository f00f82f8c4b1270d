package io.github.statuscodes;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One value an access log writes beside (or instead of) the status code, explained: Envoy's
 * response flag {@code DC}, HAProxy's termination state {@code CD}, CloudFront's
 * {@code ClientCommError}, Google Cloud's {@code client_disconnected_before_any_response}, IIS's
 * {@code sc-win32-status} 64.
 *
 * <p>A final, immutable, thread-safe value class; the built-in signals come from
 * {@link LogSignals}. Two signals are equal when their vendor and token are equal.
 *
 * <pre>{@code
 * LogSignal dc = LogSignals.find(Vendor.ENVOY, "DC").orElseThrow();
 * dc.endedBy();       // EndedBy.CLIENT
 * dc.equivalents();   // [499 Client Closed Request (nginx)]
 * }</pre>
 *
 * @since 0.3.0
 */
public final class LogSignal {
    private final Vendor vendor;
    private final String token;
    private final String field;
    private final String name;
    private final List<String> aliases;
    private final EndedBy endedBy;
    private final List<StatusCode> equivalents;
    private final String source;
    private final String meaning;
    private volatile URI documentation;

    LogSignal(Vendor vendor, String token, String field, String name, List<String> aliases,
            EndedBy endedBy, List<StatusCode> equivalents, String source, String meaning) {
        this.vendor = vendor;
        this.token = token;
        this.field = field;
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.endedBy = endedBy;
        this.equivalents = List.copyOf(equivalents);
        this.source = source;
        this.meaning = meaning;
    }

    /**
     * Returns the vendor whose log writes this value.
     *
     * @return the vendor, e.g. {@link Vendor#ENVOY}
     */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Returns the value as the log writes it, e.g. {@code "DC"} or {@code "cD"}; case matters.
     *
     * @return the token
     */
    public String token() {
        return token;
    }

    /**
     * Returns where the log writes it, e.g. {@code "%RESPONSE_FLAGS%"} or
     * {@code "jsonPayload.statusDetails"}.
     *
     * @return the field
     */
    public String field() {
        return field;
    }

    /**
     * Returns a short name, e.g. {@code "Downstream connection termination"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns other spellings the log may use for the same value, e.g. Envoy's long flag name
     * {@code "DownstreamConnectionTermination"}.
     *
     * @return an immutable list, often empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns who ended the request.
     *
     * @return who ended it
     */
    public EndedBy endedBy() {
        return endedBy;
    }

    /**
     * Returns the status codes that mean the same elsewhere, e.g. nginx's 499 for Envoy's
     * {@code DC}, 504 for {@code UT}.
     *
     * @return an immutable list; empty where no status code means the same
     */
    public List<StatusCode> equivalents() {
        return equivalents;
    }

    /**
     * Returns what the value means, in a few sentences.
     *
     * @return the meaning
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns the public documentation of the value.
     *
     * @return an https URI
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
     * Two signals are equal when their vendors and tokens are equal.
     *
     * @param o the other object
     * @return whether {@code o} is a signal of the same vendor and token
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o == this || o instanceof LogSignal && ((LogSignal) o).vendor.equals(vendor)
                && ((LogSignal) o).token.equals(token);
    }

    @Override
    public int hashCode() {
        return vendor.hashCode() * 31 + token.hashCode();
    }

    /** Returns e.g. {@code "DC Downstream connection termination (envoy)"}. */
    @Override
    public String toString() {
        return token + " " + name + " (" + vendor.id() + ")";
    }
}
