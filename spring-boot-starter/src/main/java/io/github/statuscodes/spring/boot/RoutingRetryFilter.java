package io.github.statuscodes.spring.boot;

import org.jspecify.annotations.Nullable;
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
    private final ClientRoutes<? extends ExchangeFilterFunction> routes;
    private final @Nullable RetryMeters meters;

    RoutingRetryFilter(ClientRoutes<? extends ExchangeFilterFunction> routes,
            @Nullable RetryMeters meters) {
        this.routes = routes;
        this.meters = meters;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        RetryClients.Client c = routes.select(request.url());
        ExchangeFilterFunction f = routes.delegate(c);
        RetryMeters m = meters;
        if (m == null) {
            return f.filter(request, next);
        }
        return Mono.defer(() -> {
            m.attempt(RetryMeters.client(c.name(), request.url()));
            return f.filter(request, next);
        });
    }

    @Override
    public String toString() {
        return "statuscodes retry filter (" + routes + ")";
    }
}
