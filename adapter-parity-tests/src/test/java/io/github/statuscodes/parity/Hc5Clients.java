package io.github.statuscodes.parity;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
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
 * strategy. A one-shot body is a non-repeatable entity (classic) or entity producer (async).
 */
final class Hc5Clients {
    private Hc5Clients() {
    }

    /** The strategy alone, through {@code setRetryStrategy}. */
    static Client classic(RetryPolicy policy, RetryListener listener) {
        return classic(HttpClients.custom()
                .setRetryStrategy(StatusCodeRetryStrategy.create(policy, listener))
                .build());
    }

    /** As docs/httpclient5.md installs it: {@code applyTo}, with its exec chain steps. */
    static Client classicApplyTo(RetryPolicy policy, RetryListener listener) {
        return classic(StatusCodeRetryStrategy.create(policy, listener)
                .applyTo(HttpClients.custom())
                .build());
    }

    private static Client classic(CloseableHttpClient client) {
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) throws Exception {
                ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(uri);
                if (Client.hasBody(method)) {
                    request.setEntity(oneShot ? new InputStreamEntity(
                            new ByteArrayInputStream(new byte[] {'x'}), 1, ContentType.TEXT_PLAIN)
                            : new StringEntity("x", ContentType.TEXT_PLAIN));
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

    static Client async(RetryPolicy policy, RetryListener listener) {
        CloseableHttpAsyncClient client = StatusCodeRetryStrategy.create(policy, listener)
                .applyTo(HttpAsyncClients.custom())
                .build();
        client.start();
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) throws Exception {
                if (oneShot) {
                    AsyncRequestBuilder request = AsyncRequestBuilder.create(method).setUri(uri)
                            .setEntity(new OneShotProducer());
                    return client.execute(request.build(), SimpleResponseConsumer.create(), null)
                            .get(Client.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getCode();
                }
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

    /** An async entity producer that can produce its body once. */
    private static final class OneShotProducer extends BasicAsyncEntityProducer {
        OneShotProducer() {
            super("x", ContentType.TEXT_PLAIN);
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }
    }
}
