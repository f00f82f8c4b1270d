package io.github.statuscodes.parity;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;

/**
 * Apache HttpClient 5, classic and async, with {@link StatusCodeRetryStrategy} as the retry
 * strategy. The strategy has no listener, so these clients report no give-up reason.
 */
final class Hc5Clients {
    private Hc5Clients() {
    }

    static Client classic(RetryPolicy policy, GiveUps giveUps) {
        CloseableHttpClient client = HttpClients.custom()
                .setRetryStrategy(StatusCodeRetryStrategy.create(policy))
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri) throws Exception {
                ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(uri);
                if (Client.hasBody(method)) {
                    request.setEntity(new StringEntity("x", ContentType.TEXT_PLAIN));
                }
                return client.execute(request.build(), response -> {
                    EntityUtils.consume(response.getEntity());
                    return response.getCode();
                });
            }

            @Override
            public void close() {
                client.close(CloseMode.IMMEDIATE);
            }
        };
    }

    static Client async(RetryPolicy policy, GiveUps giveUps) {
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setRetryStrategy(StatusCodeRetryStrategy.create(policy))
                .build();
        client.start();
        return new Client() {
            @Override
            public int send(String method, URI uri) throws Exception {
                SimpleRequestBuilder request = SimpleRequestBuilder.create(method).setUri(uri);
                if (Client.hasBody(method)) {
                    request.setBody("x", ContentType.TEXT_PLAIN);
                }
                return client.execute(request.build(), null)
                        .get(Client.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getCode();
            }

            @Override
            public void close() {
                client.close(CloseMode.IMMEDIATE);
            }
        };
    }
}
