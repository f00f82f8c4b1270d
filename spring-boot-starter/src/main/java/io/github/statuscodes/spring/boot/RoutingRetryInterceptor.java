package io.github.statuscodes.spring.boot;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
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
    private final RetryClients clients;
    private final ClientHttpRequestInterceptor defaults;
    private final Map<RetryClients.Client, ClientHttpRequestInterceptor> byClient =
            new IdentityHashMap<>();
    private final RetryMeters meters;

    RoutingRetryInterceptor(RetryClients clients, ClientHttpRequestInterceptor defaults,
            Function<RetryClients.Client, ClientHttpRequestInterceptor> perClient,
            RetryMeters meters) {
        this.clients = clients;
        this.defaults = defaults;
        for (RetryClients.Client c : clients.clients()) {
            byClient.put(c, perClient.apply(c));
        }
        this.meters = meters;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body,
            ClientHttpRequestExecution execution) throws IOException {
        RetryClients.Client c = clients.select(request.getURI());
        if (meters != null) {
            meters.attempt(RetryMeters.client(c.name(), request.getURI()));
        }
        ClientHttpRequestInterceptor i = c == clients.defaults() ? defaults : byClient.get(c);
        return i.intercept(request, body, execution);
    }

    @Override
    public String toString() {
        return "statuscodes retry interceptor (" + clients + ")";
    }
}
