package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.SlowBodyServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * A retried response whose body is slow does not hold the call: a {@code 503 Retry-After: 0}
 * with a 100,000-byte body sent one byte every 50 ms, a call timeout of 2 s and a request
 * timeout of 1 s give the 503 back within about the budget, with the policy's 3 attempts.
 */
class SlowRetriedBodyTest {
    private static final RetryPolicy POLICY =
            RetryPolicy.builder().callTimeout(Duration.ofSeconds(2)).build();

    private SlowBodyServer server;

    @BeforeEach
    void start() throws IOException {
        server = new SlowBodyServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private String uri() {
        return "http://127.0.0.1:" + server.port() + "/slow";
    }

    @Test
    void restClientOnSimpleFactoryReturnsTheLast503WithinTheBudget() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(Duration.ofSeconds(1));
        RestClient client = RestClient.builder().requestFactory(factory)
                .requestInterceptor(StatusCodeRetryInterceptor.create(POLICY)).build();

        long start = System.nanoTime();
        long[] elapsed = new long[1];
        int status = client.get().uri(uri()).exchange((req, res) -> {
            elapsed[0] = System.nanoTime() - start;
            res.getBody().close();   // the caller's own choice: not to drain the last body
            return res.getStatusCode().value();
        }, false);

        assertThat(status).isEqualTo(503);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void webClientReturnsTheLast503WithinTheBudget() {
        WebClient client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(
                        HttpClient.create().responseTimeout(Duration.ofSeconds(1))))
                .filter(StatusCodeRetryFilter.create(POLICY)).build();

        long start = System.nanoTime();
        long[] elapsed = new long[1];
        Integer status = client.get().uri(uri()).exchangeToMono(r -> {
            elapsed[0] = System.nanoTime() - start;
            // the caller reads one buffer of the last body and stops
            return r.bodyToFlux(DataBuffer.class).take(1).doOnNext(DataBufferUtils::release)
                    .then(reactor.core.publisher.Mono.just(r.statusCode().value()));
        }).block(Duration.ofSeconds(30));

        assertThat(status).isEqualTo(503);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(elapsed[0]).isLessThan(TimeUnit.SECONDS.toNanos(3));
    }
}
