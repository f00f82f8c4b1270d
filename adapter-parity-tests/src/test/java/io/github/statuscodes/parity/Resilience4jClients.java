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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * Each retry is wrapped to report to core's listener ({@link StatusCodeRetryConfig#wrap}).
 * Resilience4j runs the call again without knowing its body, so a one-shot body is sent again.
 */
final class Resilience4jClients {
    private Resilience4jClients() {
    }

    static Client jdk(RetryPolicy policy, RetryListener listener) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Client.TIMEOUT).build();
        Retry retry = StatusCodeRetryConfig.wrap(Retry.of("parity-jdk",
                StatusCodeRetryConfig.create(policy, ResponseAccess.jdk())), listener);
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

    /** The JDK client's {@code sendAsync}, decorated with Resilience4j's completion-stage retry. */
    static Client jdkAsync(RetryPolicy policy, RetryListener listener) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Client.TIMEOUT).build();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        Retry retry = StatusCodeRetryConfig.wrap(Retry.of("parity-jdk-async",
                StatusCodeRetryConfig.create(policy, ResponseAccess.jdk())), listener);
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
                try {
                    return retry.executeCompletionStage(scheduler, () -> client.sendAsync(request,
                            HttpResponse.BodyHandlers.ofString())).toCompletableFuture()
                            .get(30, TimeUnit.SECONDS).statusCode();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    while (cause instanceof CompletionException && cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    throw cause instanceof Exception ? (Exception) cause : e;
                }
            }

            @Override
            public void close() {
                scheduler.shutdownNow();
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
                Retry retry = StatusCodeRetryConfig.wrap(Retry.of("parity-hc5",
                        StatusCodeRetryConfig.create(policy, ResponseAccess.httpClient5(method))),
                        listener);
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
