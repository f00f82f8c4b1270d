package io.github.statuscodes.feign;

import feign.Capability;
import feign.Client;
import feign.Retryer;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;

/**
 * An OpenFeign {@link Capability} that sends each request again as a {@link RetryPolicy} decides
 * from the status code of its response (or a failed connect), and turns Feign's own
 * {@link Retryer} off so that the server sees exactly the policy's attempts.
 *
 * <p>It wraps whatever {@link Client} Feign uses (the default {@code HttpURLConnection} client,
 * {@code feign-okhttp}, {@code feign-hc5}, {@code feign-java11}, Spring Cloud's load-balanced
 * client): each attempt goes through that client, with its {@code Request.Options} timeouts no
 * longer than what is left of the policy's call timeout; a retried response is discarded without
 * draining its body, and the last response goes on to Feign's decoder and {@code ErrorDecoder} as
 * usual. Feign holds every request body as bytes, so every request can be sent again. Immutable and
 * thread-safe. What each client does underneath, and what to turn off there: docs/feign.md.
 *
 * <pre>{@code
 * Api api = Feign.builder()
 *     .addCapability(StatusCodeCapability.create(RetryPolicy.defaults(), listener))
 *     .target(Api.class, "https://api.example.com");
 * }</pre>
 *
 * @since 0.3.0
 */
public final class StatusCodeCapability implements Capability {
    private static final StatusCodeCapability DEFAULT =
            new StatusCodeCapability(RetryPolicy.defaults(), RetryListener.NONE);

    private final RetryPolicy policy;
    private final RetryListener listener;

    private StatusCodeCapability(RetryPolicy policy, RetryListener listener) {
        this.policy = policy;
        this.listener = listener;
    }

    /** {@return a capability with {@link RetryPolicy#defaults()} and no listener} */
    public static StatusCodeCapability create() {
        return DEFAULT;
    }

    /**
     * Returns a capability that retries as {@code policy} decides, with no listener.
     *
     * @param policy the retry policy
     * @return a new capability
     * @throws NullPointerException if {@code policy} is null
     */
    public static StatusCodeCapability create(RetryPolicy policy) {
        return create(policy, RetryListener.NONE);
    }

    /**
     * Returns a capability that retries as {@code policy} decides and reports each retry and
     * give-up to {@code listener}.
     *
     * @param policy the retry policy
     * @param listener sees each retry and give-up; {@link RetryListener#NONE} for none
     * @return a new capability
     * @throws NullPointerException if {@code policy} or {@code listener} is null
     */
    public static StatusCodeCapability create(RetryPolicy policy, RetryListener listener) {
        return new StatusCodeCapability(Checks.notNull(policy, "policy"),
                Checks.notNull(listener, "listener"));
    }

    /** {@return the policy that decides} */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Wraps {@code client} so that each call is retried as the policy decides.
     *
     * @param client the client Feign would use
     * @return the retrying client; {@code client} itself if it is already one
     */
    @Override
    public Client enrich(Client client) {
        Checks.notNull(client, "client");
        return client instanceof RetryingClient ? client
                : new RetryingClient(client, policy, listener);
    }

    /**
     * Returns {@link Retryer#NEVER_RETRY} whatever {@code retryer} is: Feign's default retryer
     * sends every failed request up to five times and reads {@code Retry-After} on any status,
     * which would multiply the policy's attempts.
     *
     * @param retryer the retryer Feign would use, ignored
     * @return {@link Retryer#NEVER_RETRY}
     */
    @Override
    public Retryer enrich(Retryer retryer) {
        return Retryer.NEVER_RETRY;
    }

    @Override
    public String toString() {
        return "StatusCodeCapability{" + policy + "}";
    }
}
