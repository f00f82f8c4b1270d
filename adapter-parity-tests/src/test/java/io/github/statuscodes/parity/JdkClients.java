package io.github.statuscodes.parity;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.jdkhttp.RetryingHttpClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** The JDK's HttpClient wrapped by {@link RetryingHttpClient}, through send and sendAsync. */
final class JdkClients {
    private JdkClients() {
    }

    static Client send(RetryPolicy policy, GiveUps giveUps) {
        HttpClient client = wrapped(policy, giveUps);
        return new JdkClient() {
            @Override
            public int send(String method, URI uri) throws Exception {
                return client.send(request(method, uri), HttpResponse.BodyHandlers.ofString())
                        .statusCode();
            }
        };
    }

    static Client sendAsync(RetryPolicy policy, GiveUps giveUps) {
        HttpClient client = wrapped(policy, giveUps);
        return new JdkClient() {
            @Override
            public int send(String method, URI uri) throws Exception {
                return client.sendAsync(request(method, uri), HttpResponse.BodyHandlers.ofString())
                        .get(Client.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            }
        };
    }

    private static HttpClient wrapped(RetryPolicy policy, GiveUps giveUps) {
        HttpClient base = HttpClient.newBuilder().connectTimeout(Client.TIMEOUT).build();
        return RetryingHttpClient.wrap(base, policy, new RetryListener() {
            @Override
            public void onGiveUp(RetryEvent e) {
                giveUps.record(e.stopReason(), e.attempt());
            }
        });
    }

    private static HttpRequest request(String method, URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Client.TIMEOUT)
                .method(method, Client.hasBody(method) ? HttpRequest.BodyPublishers.ofString("x")
                        : HttpRequest.BodyPublishers.noBody())
                .build();
    }

    /** The JDK client has no close() before Java 21; its threads end when it is collected. */
    private interface JdkClient extends Client {
        @Override
        default void close() {
        }
    }
}
