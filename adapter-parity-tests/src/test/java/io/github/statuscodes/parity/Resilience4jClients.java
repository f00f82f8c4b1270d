package io.github.statuscodes.parity;

import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.resilience4j.ResponseAccess;
import io.github.statuscodes.resilience4j.StatusCodeRetryConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * A Resilience4j {@link Retry} from {@link StatusCodeRetryConfig} decorating two plain clients:
 * the JDK client and Apache HttpClient 5 (its own retries off, as docs/resilience4j.md says).
 * Resilience4j takes no statuscodes listener, so these report no events; it runs the call again
 * without knowing its body, so a one-shot body is sent again.
 */
final class Resilience4jClients {
    private Resilience4jClients() {
    }

    static Client jdk(RetryPolicy policy, RetryListener listener) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Client.TIMEOUT).build();
        Retry retry = Retry.of("parity-jdk", StatusCodeRetryConfig.create(policy,
                ResponseAccess.jdk()));
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) throws Exception {
                HttpRequest.BodyPublisher body = !Client.hasBody(method)
                        ? HttpRequest.BodyPublishers.noBody()
                        : oneShot ? HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofString("x"))
                        : HttpRequest.BodyPublishers.ofString("x");
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Client.TIMEOUT)
                        .method(method, body).build();
                return retry.executeCallable(() -> client.send(request,
                        HttpResponse.BodyHandlers.ofString())).statusCode();
            }

            @Override
            public void close() {
            }
        };
    }

    private static org.apache.hc.core5.http.ClassicHttpRequest request(String method, URI uri,
            boolean oneShot) {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(uri);
        if (Client.hasBody(method)) {
            request.setEntity(oneShot
                    ? new InputStreamEntity(new ByteArrayInputStream(new byte[] {'x'}), 1,
                            ContentType.TEXT_PLAIN)
                    : new StringEntity("x", ContentType.TEXT_PLAIN));
        }
        return request.build();
    }

    static Client httpClient5(RetryPolicy policy, RetryListener listener) {
        CloseableHttpClient client = HttpClients.custom().disableAutomaticRetries().build();
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) throws Exception {
                Retry retry = Retry.of("parity-hc5", StatusCodeRetryConfig.create(policy,
                        ResponseAccess.httpClient5(method)));
                // As docs/resilience4j.md says to: a one-shot body is built inside the callable,
                // since Resilience4j runs it again without knowing the body.
                ClassicHttpResponse last = retry.executeCallable(() -> client.execute(
                        request(method, uri, oneShot), response -> {
                            EntityUtils.consume(response.getEntity());
                            return response;
                        }));
                return last.getCode();
            }

            @Override
            public void close() {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // closing a test client
                }
            }
        };
    }
}
