package io.github.statuscodes.spring.boot;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The interceptor Boot's RestClient and RestTemplate builders get: hands each request to the
 * retry interceptor of the client it belongs to ({@link RetryClients#select}); the attempts are
 * counted by that interceptor's listener.
 */
final class RoutingRetryInterceptor implements ClientHttpRequestInterceptor {
    private final ClientRoutes<? extends ClientHttpRequestInterceptor> routes;

    RoutingRetryInterceptor(ClientRoutes<? extends ClientHttpRequestInterceptor> routes) {
        this.routes = routes;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
            ClientHttpRequestExecution execution) throws IOException {
        return routes.delegate(routes.select(request.getURI())).intercept(request, body,
                execution);
    }

    @Override
    public String toString() {
        return "statuscodes retry interceptor (" + routes + ")";
    }
}
