package io.github.statuscodes.spring.boot;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The interceptor Boot's RestClient and RestTemplate builders get: hands each request to the
 * retry interceptor of the client it belongs to ({@link RetryClients#select}) and counts the
 * call's first attempt.
 */
final class RoutingRetryInterceptor implements ClientHttpRequestInterceptor {
    private final ClientRoutes<? extends ClientHttpRequestInterceptor> routes;
    private final @Nullable RetryMeters meters;

    RoutingRetryInterceptor(ClientRoutes<? extends ClientHttpRequestInterceptor> routes,
            @Nullable RetryMeters meters) {
        this.routes = routes;
        this.meters = meters;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
            ClientHttpRequestExecution execution) throws IOException {
        RetryClients.Client c = routes.select(request.getURI());
        if (meters != null) {
            meters.attempt(RetryMeters.client(c.name(), request.getURI()));
        }
        return routes.delegate(c).intercept(request, body, execution);
    }

    @Override
    public String toString() {
        return "statuscodes retry interceptor (" + routes + ")";
    }
}
