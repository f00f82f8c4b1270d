package io.github.statuscodes.spring.boot;

import feign.Capability;
import feign.Client;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.Retryer;
import feign.Target;
import feign.codec.ErrorDecoder;
import io.github.statuscodes.feign.StatusCodeCapability;
import java.io.IOException;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The capability Spring Cloud OpenFeign adds to each Feign client: hands each request to the
 * {@link StatusCodeCapability} of the client it belongs to ({@link RetryClients#select(URI,
 * String)}, by base URL, then by the Feign client's name); its listener counts the attempts.
 * Public only because Feign calls its {@code enrich} methods by reflection; the starter makes it
 * (docs/feign.md).
 *
 * <pre>{@code
 * // nothing to write: StatusCodesFeignAutoConfiguration makes the bean
 * }</pre>
 *
 * @since 0.3.0
 */
public final class RoutingFeignCapability implements Capability {
    private final RetryClients clients;
    private final StatusCodeCapability defaults;
    private final Map<RetryClients.Client, StatusCodeCapability> byClient =
            new IdentityHashMap<>();

    RoutingFeignCapability(RetryClients clients, StatusCodeCapability defaults,
            Function<RetryClients.Client, StatusCodeCapability> perClient) {
        this.clients = clients;
        this.defaults = defaults;
        for (RetryClients.Client c : clients.clients()) {
            byClient.put(c, perClient.apply(c));
        }
    }

    /** {@return the capability of the default client} */
    StatusCodeCapability defaults() {
        return defaults;
    }

    /**
     * Wraps {@code client} so that each request is retried as its client's policy decides.
     *
     * @param client the client Feign would use
     * @return the routing client
     */
    @Override
    public Client enrich(Client client) {
        Map<RetryClients.Client, Client> enriched = new IdentityHashMap<>();
        byClient.forEach((c, capability) -> enriched.put(c, capability.enrich(client)));
        Client fallback = defaults.enrich(client);
        return new Client() {
            @Override
            public Response execute(Request request, Request.Options options)
                    throws IOException {
                URI uri = uri(request);
                RetryClients.Client c = clients.select(uri, feignName(request));
                Client retrying = enriched.get(c);
                return (retrying != null ? retrying : fallback).execute(request, options);
            }

            @Override
            public String toString() {
                return "statuscodes routing Feign client (" + clients + ")";
            }
        };
    }

    /**
     * Returns {@link Retryer#NEVER_RETRY}, as {@link StatusCodeCapability#enrich(Retryer)}.
     *
     * @param retryer the retryer Feign would use, ignored
     * @return {@link Retryer#NEVER_RETRY}
     */
    @Override
    public Retryer enrich(Retryer retryer) {
        return defaults.enrich(retryer);
    }

    /**
     * Guards {@code decoder} as {@link StatusCodeCapability#enrich(ErrorDecoder)}.
     *
     * @param decoder the error decoder Feign would use
     * @return the guarding decoder
     */
    @Override
    public ErrorDecoder enrich(ErrorDecoder decoder) {
        return defaults.enrich(decoder);
    }

    /** {@return the name of the Feign client that sent {@code request}, if Feign says} */
    static @Nullable String feignName(Request request) {
        RequestTemplate template = request.requestTemplate();
        Target<?> target = template == null ? null : template.feignTarget();
        return target == null ? null : target.name();
    }

    private static @Nullable URI uri(Request request) {
        try {
            return URI.create(request.url());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "statuscodes Feign capability (" + clients + ")";
    }
}
