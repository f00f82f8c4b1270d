package io.github.statuscodes.spring.boot;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One retry delegate per client of {@link RetryClients} (an interceptor or a filter), made once:
 * what the routing interceptor and the routing filter share.
 *
 * @param <T> the delegate type
 */
final class ClientRoutes<T> {
    private final RetryClients clients;
    private final T defaults;
    private final Map<RetryClients.Client, T> byClient = new IdentityHashMap<>();

    ClientRoutes(RetryClients clients, T defaults, Function<RetryClients.Client, T> perClient) {
        this.clients = clients;
        this.defaults = defaults;
        for (RetryClients.Client c : clients.clients()) {
            byClient.put(c, perClient.apply(c));
        }
    }

    /** {@return the client a request to {@code uri} belongs to} */
    RetryClients.Client select(URI uri) {
        return clients.select(uri);
    }

    /** {@return the delegate of {@code client}} */
    T delegate(RetryClients.Client client) {
        T t = byClient.get(client);
        return t != null ? t : defaults;
    }

    @Override
    public String toString() {
        return clients.toString();
    }
}
