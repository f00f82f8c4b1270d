package io.github.statuscodes.spring.boot;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * The filter Boot's WebClient builder gets: hands each request to the retry filter of the client
 * it belongs to ({@link RetryClients#select}) and counts the call's first attempt when the call
 * is subscribed.
 */
final class RoutingRetryFilter implements ExchangeFilterFunction {
    private final RetryClients clients;
    private final ExchangeFilterFunction defaults;
    private final Map<RetryClients.Client, ExchangeFilterFunction> byClient =
            new IdentityHashMap<>();
    private final RetryMeters meters;

    RoutingRetryFilter(RetryClients clients, ExchangeFilterFunction defaults,
            Function<RetryClients.Client, ExchangeFilterFunction> perClient, RetryMeters meters) {
        this.clients = clients;
        this.defaults = defaults;
        for (RetryClients.Client c : clients.clients()) {
            byClient.put(c, perClient.apply(c));
        }
        this.meters = meters;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        RetryClients.Client c = clients.select(request.url());
        ExchangeFilterFunction f = c == clients.defaults() ? defaults : byClient.get(c);
        if (meters == null) {
            return f.filter(request, next);
        }
        return Mono.defer(() -> {
            meters.attempt(RetryMeters.client(c.name(), request.url()));
            return f.filter(request, next);
        });
    }

    @Override
    public String toString() {
        return "statuscodes retry filter (" + clients + ")";
    }
}
