package io.github.statuscodes.parity;

import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
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

    static Client restClient(RetryPolicy policy, GiveUps giveUps) {
        RestClient client = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(jdk()))
                .requestInterceptor(StatusCodeRetryInterceptor.create(policy, listener(giveUps)))
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri) {
                RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                        .uri(uri);
                if (Client.hasBody(method)) {
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

    static Client webClient(RetryPolicy policy, GiveUps giveUps) {
        WebClient client = WebClient.builder()
                .clientConnector(new JdkClientHttpConnector(jdk()))
                .filter(StatusCodeRetryFilter.create(policy, listener(giveUps)))
                .build();
        return new Client() {
            @Override
            public int send(String method, URI uri) {
                WebClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                        .uri(uri);
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

    private static RetryListener listener(GiveUps giveUps) {
        return new RetryListener() {
            @Override
            public void onGiveUp(RetryEvent e) {
                giveUps.record(e.stopReason(), e.attempt());
            }
        };
    }
}
