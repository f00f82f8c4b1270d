package io.github.statuscodes.spring.boot;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * The filter Boot's WebClient builder gets: hands each request to the retry filter of the client
 * it belongs to ({@link RetryClients#select}); the attempts are counted by that filter's
 * listener.
 */
final class RoutingRetryFilter implements ExchangeFilterFunction {
    private final ClientRoutes<? extends ExchangeFilterFunction> routes;

    RoutingRetryFilter(ClientRoutes<? extends ExchangeFilterFunction> routes) {
        this.routes = routes;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return routes.delegate(routes.select(request.url())).filter(request, next);
    }

    @Override
    public String toString() {
        return "statuscodes retry filter (" + routes + ")";
    }
}
