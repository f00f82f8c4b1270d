package io.github.statuscodes.spring;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Loaded by {@link WithoutReactorOrBootTest} in a class loader that has spring-web alone. */
public final class SpringWebOnlyProbe {
    private SpringWebOnlyProbe() {
    }

    public static int get(String url) {
        RestClient client = RestClient.builder()
                .requestFactory(new SimpleClientHttpRequestFactory())
                .requestInterceptor(StatusCodeRetryInterceptor.create())
                .build();
        return client.get().uri(url).exchange((req, res) -> res.getStatusCode().value());
    }
}
