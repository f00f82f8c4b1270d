package io.github.statuscodes.feign;

import feign.AsyncClient;
import feign.Capability;
import feign.Client;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

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
 * usual (a {@code Retry-After} beyond {@code long} there is left out). Feign holds every
 * request body as bytes, so every request can be sent again. A replaced {@code Retryer} is logged
 * once; {@code AsyncFeign} is refused. Immutable and thread-safe. What each client does
 * underneath, and what to turn off there: docs/feign.md.
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
    private static final System.Logger LOG = System.getLogger("io.github.statuscodes.feign");
    /** The retryer classes whose replacement was logged, so that each is logged once. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
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
     * @return the retrying client; {@code client} itself if it is already one (a second
     *     capability on the same builder: ignored, logged once per client at WARNING)
     */
    @Override
    public Client enrich(Client client) {
        Checks.notNull(client, "client");
        if (client instanceof RetryingClient) {
            ((RetryingClient) client).ignore(this);
            return client;
        }
        return new RetryingClient(client, policy, listener);
    }

    /**
     * Wraps {@code decoder} so that a {@code Retry-After} beyond {@code long} on the last
     * response (which Feign's {@code ErrorDecoder.Default} cannot parse) reaches it as absent:
     * the caller gets Feign's exception for the status.
     *
     * @param decoder the error decoder Feign would use
     * @return the guarding decoder; {@code decoder} itself if it is already one
     * @since 0.3.0
     */
    @Override
    public ErrorDecoder enrich(ErrorDecoder decoder) {
        Checks.notNull(decoder, "decoder");
        return decoder instanceof GuardedErrorDecoder ? decoder : new GuardedErrorDecoder(decoder);
    }

    /**
     * Returns {@link Retryer#NEVER_RETRY} whatever {@code retryer} is: Feign's default retryer
     * sends every failed request up to five times and reads {@code Retry-After} on any status,
     * which would multiply the policy's attempts. A replaced retryer is logged once per class
     * (logger {@code io.github.statuscodes.feign}): Feign's {@code Retryer.Default} at INFO, any
     * other at WARNING; {@code NEVER_RETRY} is not logged.
     *
     * @param retryer the retryer Feign would use, replaced; null too
     * @return {@link Retryer#NEVER_RETRY}
     */
    @Override
    public Retryer enrich(@Nullable Retryer retryer) {
        if (retryer != null && retryer != Retryer.NEVER_RETRY
                && LOGGED.add(retryer.getClass().getName())) {
            boolean feignDefault = retryer.getClass() == Retryer.Default.class;
            LOG.log(feignDefault ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                    "StatusCodeCapability replaces the Feign Retryer {0} with Retryer.NEVER_RETRY:"
                    + " {1} decides the retries; that Retryer is not used", retryer.getClass()
                    .getName(), policy);
        }
        return Retryer.NEVER_RETRY;
    }

    /**
     * Refuses {@code AsyncFeign}: its {@code AsyncClient} is not wrapped, and with Feign's
     * retryer turned off its calls would not be retried at all.
     *
     * @param client the async client {@code AsyncFeign} would use
     * @return never returns
     * @throws IllegalArgumentException always, naming {@code client}
     */
    @Override
    public AsyncClient<Object> enrich(AsyncClient<Object> client) {
        throw new IllegalArgumentException("StatusCodeCapability retries the calls of "
                + "Feign.builder() clients only; AsyncFeign's client " + client + " is not "
                + "supported (its calls would not be retried at all): build the client with "
                + "Feign.builder(), or leave the capability out of AsyncFeign");
    }

    @Override
    public String toString() {
        return "StatusCodeCapability{" + policy + "}";
    }
}
