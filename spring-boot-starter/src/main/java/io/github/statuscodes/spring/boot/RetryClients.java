package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.boot.StatusCodesProperties.Client;
import io.github.statuscodes.spring.boot.StatusCodesProperties.PolicyOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The retry policy of each client of the application: the default one, and one per
 * {@code statuscodes.retry.clients.<name>}. A request belongs to the client whose
 * {@code base-url} is the longest prefix of its URI (the most path segments, after normalising
 * case, default port and slashes), else to the client named like its host, else to the default
 * client. Immutable and thread-safe.
 *
 * <pre>{@code
 * RetryPolicy payments = clients.policy("payments");
 * RetryClients.Client c = clients.select(URI.create("https://pay.example.com/v1/charge"));
 * }</pre>
 *
 * @since 0.3.0
 */
public final class RetryClients {
    private final Client defaults;
    private final List<Client> clients;

    RetryClients(RetryPolicy defaultPolicy, List<Client> clients) {
        this.defaults = new Client(null, null, defaultPolicy);
        List<Client> sorted = new ArrayList<>(clients);
        // Most path segments first, so that the most specific prefix wins.
        sorted.sort((a, b) -> Integer.compare(depth(b), depth(a)));
        this.clients = Collections.unmodifiableList(sorted);
    }

    /**
     * The clients of {@code retry}, each inheriting its unset options from
     * {@code defaultPolicy}.
     *
     * @param inheritedFrom where the default policy comes from, for the failure report, e.g.
     *     {@code statuscodes.retry.*}
     * @throws InvalidRetryPropertyException if a client's options cannot be applied to
     *     {@code defaultPolicy}
     */
    static RetryClients of(StatusCodesProperties.Retry retry, RetryPolicy defaultPolicy,
            String inheritedFrom) {
        List<Client> list = new ArrayList<>();
        for (Map.Entry<String, StatusCodesProperties.Client> e : retry.getClients().entrySet()) {
            StatusCodesProperties.Client c = e.getValue();
            String path = "statuscodes.retry.clients[" + e.getKey() + "]";
            list.add(new Client(e.getKey(), c.getBaseUrl() == null ? null
                    : URI.create(c.getBaseUrl()), checked(path, c, defaultPolicy, inheritedFrom)));
        }
        return new RetryClients(defaultPolicy, list);
    }

    /** The policy of one client's {@code options} on {@code inherited}, or the report why not. */
    private static RetryPolicy checked(String path, PolicyOptions options, RetryPolicy inherited,
            String inheritedFrom) {
        Duration base = options.getBackoffBase();
        Duration max = options.getBackoffMax();
        if (base == null && max != null && inherited.backoffBase().compareTo(max) > 0) {
            Duration b = inherited.backoffBase();
            throw new InvalidRetryPropertyException(path + ".backoff-max", PropertyRules.print(max),
                    "backoff-base (" + b + ", from " + inheritedFrom + ") must not be longer "
                    + "than backoff-max (" + max + ")", "Raise " + path + ".backoff-max to "
                    + PropertyRules.print(b) + " or more, or set " + path + ".backoff-base to "
                    + PropertyRules.print(max) + " or less.");
        }
        if (base != null && max == null && base.compareTo(inherited.backoffMax()) > 0) {
            Duration m = inherited.backoffMax();
            throw new InvalidRetryPropertyException(path + ".backoff-base",
                    PropertyRules.print(base), "backoff-base (" + base + ") must not be longer "
                    + "than backoff-max (" + m + ", from " + inheritedFrom + ")", "Lower " + path
                    + ".backoff-base to " + PropertyRules.print(m) + " or less, or set " + path
                    + ".backoff-max to " + PropertyRules.print(base) + " or more.");
        }
        try {
            return policy(options, inherited);
        } catch (IllegalArgumentException e) {
            throw new InvalidRetryPropertyException(path, null, e.getMessage() + " (the options "
                    + "left unset are inherited from " + inheritedFrom + ")", "Change " + path
                    + ".* or what it inherits from.");
        }
    }

    /**
     * {@return the keys under {@code prefix} of the policy options set in {@code options}, e.g.
     * {@code statuscodes.retry.max-attempts}}
     */
    static List<String> setOptions(String prefix, PolicyOptions options) {
        List<String> keys = new ArrayList<>();
        add(keys, prefix + ".max-attempts", options.getMaxAttempts());
        add(keys, prefix + ".backoff-base", options.getBackoffBase());
        add(keys, prefix + ".backoff-max", options.getBackoffMax());
        add(keys, prefix + ".jitter", options.getJitter());
        add(keys, prefix + ".retry-after-max", options.getRetryAfterMax());
        add(keys, prefix + ".call-timeout", options.getCallTimeout());
        add(keys, prefix + ".retry-non-idempotent", options.getRetryNonIdempotent());
        return keys;
    }

    private static void add(List<String> keys, String key, @Nullable Object value) {
        if (value != null) {
            keys.add(key);
        }
    }

    /** The policy of {@code options}, each unset option taken from {@code inherited}. */
    static RetryPolicy policy(PolicyOptions options, RetryPolicy inherited) {
        RetryPolicy.Builder b = inherited.toBuilder();
        if (options.getMaxAttempts() != null) {
            b.maxAttempts(options.getMaxAttempts());
        }
        if (options.getBackoffMax() != null) {
            b.backoffMax(options.getBackoffMax());
        }
        if (options.getBackoffBase() != null) {
            b.backoffBase(options.getBackoffBase());
        }
        if (options.getJitter() != null) {
            b.jitter(options.getJitter());
        }
        if (options.getRetryAfterMax() != null) {
            b.retryAfterMax(options.getRetryAfterMax());
        }
        if (options.getCallTimeout() != null) {
            b.callTimeout(options.getCallTimeout());
        }
        if (options.getRetryNonIdempotent() != null) {
            b.retryNonIdempotent(options.getRetryNonIdempotent().toArray(new String[0]));
        }
        return b.build();
    }

    private static int depth(Client c) {
        return c.baseUrl == null ? -1 : c.baseUrl.depth();
    }

    /** {@return the default client, for requests no configured client matches} */
    public Client defaults() {
        return defaults;
    }

    /** {@return the configured clients, the most specific base URL first} */
    public List<Client> clients() {
        return clients;
    }

    /**
     * Returns the policy of the client named {@code name}, or the default policy.
     *
     * @param name a name under {@code statuscodes.retry.clients}, e.g. a Feign client's name
     * @return the policy
     */
    public RetryPolicy policy(String name) {
        for (Client c : clients) {
            if (c.name.equals(name)) {
                return c.policy;
            }
        }
        return defaults.policy;
    }

    /**
     * Returns the client a request to {@code uri} belongs to.
     *
     * @param uri the request URI
     * @return the matching client, or {@link #defaults()}
     */
    public Client select(URI uri) {
        for (Client c : clients) {
            if (c.baseUrl != null && c.matchesBase(uri)) {
                return c;
            }
        }
        String host = BaseUrl.host(uri);
        if (host != null) {
            for (Client c : clients) {
                if (c.baseUrl == null && c.name.equalsIgnoreCase(host)) {
                    return c;
                }
            }
        }
        return defaults;
    }

    /**
     * Returns the client a Feign client's request belongs to: by base URL as {@link #select},
     * else the client named like the Feign client, else by host as {@link #select}.
     *
     * @param uri the request URI, null if it could not be parsed
     * @param feignName the Feign client's name ({@code @FeignClient(name)}), null if unknown
     */
    Client select(@Nullable URI uri, @Nullable String feignName) {
        if (uri != null) {
            for (Client c : clients) {
                if (c.baseUrl != null && c.matchesBase(uri)) {
                    return c;
                }
            }
        }
        if (feignName != null) {
            for (Client c : clients) {
                if (feignName.equalsIgnoreCase(c.name)) {
                    return c;
                }
            }
        }
        return uri == null ? defaults : select(uri);
    }

    /** {@return one line per client: its name, what it matches and its policy} */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("default ").append(defaults.policy);
        for (Client c : clients) {
            s.append("; ").append(c.name).append(" (")
                    .append(c.baseUrl != null ? c.baseUrl + "*" : "host " + c.name).append(") ")
                    .append(c.policy);
        }
        return s.toString();
    }

    /** A client: its name (null for the default one), its base URL if any, and its policy. */
    public static final class Client {
        private final @Nullable String name;
        private final @Nullable BaseUrl baseUrl;
        private final RetryPolicy policy;

        /** @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL */
        Client(@Nullable String name, @Nullable URI baseUrl, RetryPolicy policy) {
            this.name = name;
            this.baseUrl = baseUrl == null ? null : BaseUrl.of(baseUrl);
            this.policy = policy;
        }

        /** {@return the name under {@code statuscodes.retry.clients}; null for the default client} */
        public @Nullable String name() {
            return name;
        }

        /** {@return the policy} */
        public RetryPolicy policy() {
            return policy;
        }

        boolean matchesBase(URI uri) {
            return baseUrl != null && baseUrl.matches(uri);
        }

        /**
         * {@return what {@link #matchesBase} compares of a base URL: scheme, host, port and path
         * segments; two base URLs with the same key match the same requests}
         */
        static String baseKey(URI baseUrl) {
            return BaseUrl.of(baseUrl).key();
        }

        @Override
        public String toString() {
            return (name == null ? "default" : name) + " " + policy;
        }
    }
}
