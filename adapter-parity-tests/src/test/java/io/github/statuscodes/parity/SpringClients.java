package io.github.statuscodes.parity;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Spring's RestClient with {@link StatusCodeRetryInterceptor} and WebClient with
 * {@link StatusCodeRetryFilter}, both over the JDK's HttpClient (no Netty, no Apache on the path).
 */
final class SpringClients {
    private SpringClients() {
    }

    static Client restClient(RetryPolicy policy, RetryListener listener) {
        RestClient client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(jdk()))
                .requestInterceptor(StatusCodeRetryInterceptor.create(policy, listener))
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) {
                RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                        .uri(uri);
                if (Client.hasBody(method) && oneShot) {
                    // A stream written once; with an interceptor Spring buffers it first.
                    java.io.InputStream in = new java.io.ByteArrayInputStream(new byte[] {'x'});
                    request.body(out -> in.transferTo(out));
                } else if (Client.hasBody(method)) {
                    request.body("x");
                }
                return request.exchange((req, response) -> {
                    response.getBody().readAllBytes();
                    return response.getStatusCode().value();
                });
            }

            @Override
            public void close() {
            }
        };
    }

    static Client webClient(RetryPolicy policy, RetryListener listener) {
        WebClient client = WebClient.builder()
                .clientConnector(new JdkClientHttpConnector(jdk()))
                .filter(StatusCodeRetryFilter.create(policy, listener))
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri, boolean oneShot) {
                WebClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                        .uri(uri).attribute(StatusCodeRetryFilter.ONE_SHOT_BODY_ATTRIBUTE, oneShot);
                WebClient.RequestHeadersSpec<?> withBody = Client.hasBody(method)
                        ? request.bodyValue("x") : request;
                Integer status = withBody.exchangeToMono(response -> response.releaseBody()
                        .thenReturn(response.statusCode().value())).block(Client.TIMEOUT);
                return status;
            }

            @Override
            public void close() {
            }
        };
    }

    private static HttpClient jdk() {
        return HttpClient.newBuilder().connectTimeout(Client.TIMEOUT).build();
    }
}
