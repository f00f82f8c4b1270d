package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.httpclient5.TestClient.Kind;
import java.time.Duration;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same scripted server through HttpClient's stock {@link DefaultHttpRequestRetryStrategy}
 * and through {@link StatusCodeRetryStrategy}: the differences README's table documents.
 */
class StockStrategyComparisonTest extends ScriptedServerTest {
    /** The stock rules (429 and 503, one retry) without its 1 s default wait, to run fast. */
    private static final DefaultHttpRequestRetryStrategy STOCK =
            new DefaultHttpRequestRetryStrategy(1, TimeValue.ZERO_MILLISECONDS);
    private static final StatusCodeRetryStrategy OURS = StatusCodeRetryStrategy.create(
            RetryPolicy.builder().backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build());

    @ParameterizedTest(name = "{0}: {1} {2} -> stock {3}, statuscodes {4} requests")
    @CsvSource({
        "CLASSIC, GET,  503, 2, 3", "ASYNC, GET,  503, 2, 3",
        "CLASSIC, POST, 503, 2, 3", "ASYNC, POST, 503, 2, 3",
        "CLASSIC, GET,  429, 2, 3", "ASYNC, GET,  429, 2, 3",
        "CLASSIC, GET,  502, 1, 3", "ASYNC, GET,  502, 1, 3",
        "CLASSIC, GET,  504, 1, 3", "ASYNC, GET,  504, 1, 3",
        "CLASSIC, GET,  520, 1, 3", "ASYNC, GET,  520, 1, 3",
        "CLASSIC, POST, 522, 1, 3", "ASYNC, POST, 522, 1, 3",
        "CLASSIC, POST, 502, 1, 1", "ASYNC, POST, 502, 1, 1",
        "CLASSIC, GET,  500, 1, 3", "ASYNC, GET,  500, 1, 3",
        "CLASSIC, GET,  460, 1, 1", "ASYNC, GET,  460, 1, 1",
        "CLASSIC, GET,  404, 1, 1", "ASYNC, GET,  404, 1, 1",
    })
    void attemptsPerStrategy(Kind kind, String method, int status, int stockRequests,
            int ourRequests) throws Exception {
        String body = method.equals("POST") ? "{\"order\":42}" : null;
        try (TestClient stock = kind.with(STOCK, SystemDefaultDnsResolver.INSTANCE);
                TestClient ours = kind.with(OURS, SystemDefaultDnsResolver.INSTANCE)) {
            server.always(status);
            assertThat(stock.call(method, server.uri("/o"), body).status).isEqualTo(status);
            assertThat(server.requestCount()).as("stock").isEqualTo(stockRequests);

            server.always(status);
            assertThat(ours.call(method, server.uri("/o"), body).status).isEqualTo(status);
            assertThat(server.requestCount()).as("statuscodes").isEqualTo(ourRequests);
        }
    }

    @Test
    void theStockStrategyWaitsAnyRetryAfterWhileOursStops() {
        HttpClientContext context = HttpClientContext.create();
        context.setRequest(new BasicHttpRequest("GET", "/"));
        BasicHttpResponse hour = new BasicHttpResponse(503);
        hour.addHeader("Retry-After", "3600");

        assertThat(DefaultHttpRequestRetryStrategy.INSTANCE.retryRequest(hour, 1, context)).isTrue();
        assertThat(DefaultHttpRequestRetryStrategy.INSTANCE.getRetryInterval(hour, 1, context))
                .isEqualTo(TimeValue.ofSeconds(3600));
        assertThat(StatusCodeRetryStrategy.create().retryRequest(hour, 1, context)).isFalse();
    }

    @Test
    void theStockStrategyWaitsOneSecondWithoutRetryAfterWhileOursBacksOffWithJitter() {
        HttpClientContext context = HttpClientContext.create();
        context.setRequest(new BasicHttpRequest("GET", "/"));
        BasicHttpResponse busy = new BasicHttpResponse(429);

        assertThat(DefaultHttpRequestRetryStrategy.INSTANCE.getRetryInterval(busy, 1, context))
                .isEqualTo(TimeValue.ofSeconds(1));
        StatusCodeRetryStrategy ours = StatusCodeRetryStrategy.create();
        assertThat(ours.retryRequest(busy, 1, context)).isTrue();
        assertThat(ours.getRetryInterval(busy, 1, context).toNanoseconds())
                .isLessThan(Duration.ofMillis(100).toNanos());
    }
}
