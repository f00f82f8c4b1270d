package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link StatusCodeRetryStrategy} driven the way HttpClient's exec chains call it. */
class StatusCodeRetryStrategyTest {

    /** Jitter draws 0.25, then 0.75 for every later draw: a second draw shows. */
    private static RetryPolicy.Builder drawsQuarterThenThreeQuarters() {
        AtomicInteger draws = new AtomicInteger();
        return RetryPolicy.builder().random(() -> draws.getAndIncrement() == 0 ? 0.25 : 0.75);
    }

    private static HttpClientContext contextFor(String method) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequest(new BasicHttpRequest(method, "/orders/42"));
        return context;
    }

    private static HttpResponse response(int code, String... headers) {
        BasicHttpResponse r = new BasicHttpResponse(code);
        for (String h : headers) {
            int colon = h.indexOf(':');
            r.addHeader(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        return r;
    }

    @Nested
    class Create {
        @Test
        void createReturnsTheSharedDefaultStrategy() {
            assertThat(StatusCodeRetryStrategy.create()).isSameAs(StatusCodeRetryStrategy.create());
            assertThat(StatusCodeRetryStrategy.create().policy()).isSameAs(RetryPolicy.defaults());
        }

        @Test
        void createWithAPolicyKeepsIt() {
            RetryPolicy p = RetryPolicy.builder().maxAttempts(5).build();
            assertThat(StatusCodeRetryStrategy.create(p).policy()).isSameAs(p);
            assertThat(StatusCodeRetryStrategy.create(p).toString()).contains("maxAttempts=5");
        }

        @Test
        void createRejectsANullPolicyNamingIt() {
            assertThatThrownBy(() -> StatusCodeRetryStrategy.create(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("policy must not be null");
        }
    }

    @Nested
    class Arguments {
        private final StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create();

        @Test
        void nullArgumentsThrowNullPointerExceptionNamingThem() {
            HttpClientContext c = contextFor("GET");
            assertThatThrownBy(() -> strategy.retryRequest((HttpResponse) null, 1, c))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("response");
            assertThatThrownBy(() -> strategy.retryRequest(response(503), 1, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("context");
            assertThatThrownBy(() -> strategy.getRetryInterval(response(503), 1, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("context");
            assertThatThrownBy(() -> strategy.retryRequest(new HttpGet("/"), null, 1, c))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("exception");
            assertThatThrownBy(() -> strategy.retryRequest(null, new ConnectException(), 1, c))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("request");
        }

        @Test
        void anExecCountBelowOneIsRejectedNamingIt() {
            assertThatThrownBy(() -> strategy.retryRequest(response(503), 0, contextFor("GET")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("execCount is 0");
        }
    }

    @Nested
    class Responses {
        @Test
        void theIntervalIsTheDelayDecidedWithTheRetryNotASecondDraw() {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create(
                    drawsQuarterThenThreeQuarters().build());
            HttpClientContext context = contextFor("GET");
            HttpResponse r = response(503);

            assertThat(strategy.retryRequest(r, 1, context)).isTrue();
            // Full jitter below the first ceiling, 100 ms: 0.25 of it.
            assertThat(strategy.getRetryInterval(r, 1, context))
                    .isEqualTo(TimeValue.ofMilliseconds(25));
        }

        @Test
        void theIntervalHonoursRetryAfterInWholeMilliseconds() {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create();
            HttpClientContext context = contextFor("GET");
            HttpResponse r = response(429, "Retry-After: 7");

            assertThat(strategy.retryRequest(r, 1, context)).isTrue();
            TimeValue interval = strategy.getRetryInterval(r, 1, context);
            assertThat(interval.getTimeUnit()).isEqualTo(TimeUnit.MILLISECONDS);
            assertThat(interval.toMilliseconds()).isEqualTo(7000);
        }

        @Test
        void aRetryAfterAboveTheCapStopsInsteadOfWaiting() {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create();
            assertThat(strategy.retryRequest(response(503, "Retry-After: 21"), 1,
                    contextFor("GET"))).isFalse();
            assertThat(strategy.retryRequest(response(503, "Retry-After: 20"), 1,
                    contextFor("GET"))).isTrue();
        }

        @Test
        void readsTheMethodFromTheContextsRequest() {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create();
            assertThat(strategy.retryRequest(response(502), 1, contextFor("GET"))).isTrue();
            assertThat(strategy.retryRequest(response(502), 1, contextFor("DELETE"))).isTrue();
            assertThat(strategy.retryRequest(response(502), 1, contextFor("POST"))).isFalse();
            assertThat(strategy.retryRequest(response(502), 1, contextFor("PATCH"))).isFalse();
        }

        @Test
        void withoutARequestInTheContextTheMethodCountsAsNotIdempotent() {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create();
            assertThat(strategy.retryRequest(response(502), 1, HttpClientContext.create()))
                    .isFalse();
            assertThat(strategy.retryRequest(response(503), 1, HttpClientContext.create()))
                    .isTrue();
        }

        @Test
        void aClassicRequestWithAOneShotEntityIsNotRetried() {
            HttpClientContext context = HttpClientContext.create();
            context.setRequest(ClassicRequestBuilder.put("/orders/42")
                    .setEntity(new InputStreamEntity(new ByteArrayInputStream(new byte[] {1}), 1,
                            ContentType.APPLICATION_OCTET_STREAM))
                    .build());
            assertThat(StatusCodeRetryStrategy.create().retryRequest(response(503), 1, context))
                    .isFalse();
        }

        @Test
        void stopsAtTheAttemptBudget() {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create();
            HttpClientContext context = contextFor("GET");
            assertThat(strategy.retryRequest(response(503), 1, context)).isTrue();
            assertThat(strategy.retryRequest(response(503), 2, context)).isTrue();
            assertThat(strategy.retryRequest(response(503), 3, context)).isFalse();
        }

        @Test
        void aReusedContextStartsANewCallClockAtExecCountOne() throws InterruptedException {
            StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create(RetryPolicy.builder()
                    .callTimeout(Duration.ofMillis(50)).backoffBase(Duration.ZERO)
                    .backoffMax(Duration.ZERO).build());
            HttpClientContext context = contextFor("GET");
            assertThat(strategy.retryRequest(response(503), 1, context)).isTrue();
            Thread.sleep(100);

            // The same call: its 50 ms are spent.
            assertThat(strategy.retryRequest(response(503), 2, context)).isFalse();
            // A new call through the same context: a fresh 50 ms.
            assertThat(strategy.retryRequest(response(503), 1, context)).isTrue();
        }

        @Test
        void joinsEveryLineOfAHeader() {
            HttpResponse r = response(200, "Vary: X-Esri-Authorization", "Vary: Origin");
            assertThat(StatusCodeRetryStrategy.header(r, "vary"))
                    .isEqualTo("X-Esri-Authorization, Origin");
            assertThat(StatusCodeRetryStrategy.header(r, "Server")).isNull();
        }
    }

    @Nested
    class IoFailures {
        private final StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create(
                drawsQuarterThenThreeQuarters().build());

        private boolean retries(String method, IOException e, int execCount) {
            return strategy.retryRequest(new BasicHttpRequest(method, "/"), e, execCount,
                    contextFor(method));
        }

        @Test
        void aFailedConnectIsRetriedForEveryMethodWithTheDecidedBackoff() {
            HttpClientContext context = contextFor("POST");
            HttpRequest post = new BasicHttpRequest("POST", "/orders");
            IOException refused = new HttpHostConnectException("Connection refused");

            assertThat(strategy.retryRequest(post, refused, 1, context)).isTrue();
            assertThat(strategy.getRetryInterval(post, refused, 1, context))
                    .isEqualTo(TimeValue.ofMilliseconds(25));
            assertThat(retries("POST", new ConnectTimeoutException("connect timed out"), 1))
                    .isTrue();
            assertThat(retries("PATCH", new NoRouteToHostException(), 1)).isTrue();
        }

        @Test
        void aFailedConnectStopsAtTheAttemptBudget() {
            assertThat(retries("POST", new ConnectException(), 2)).isTrue();
            assertThat(retries("POST", new ConnectException(), 3)).isFalse();
        }

        @Test
        void otherFailuresEndTheCallEvenWhereHttpClientsOwnRulesWouldRepeatThem() {
            HttpClientContext context = contextFor("GET");
            HttpRequest get = new BasicHttpRequest("GET", "/");
            IOException stale = new NoHttpResponseException("failed to respond");
            assertThat(org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy.INSTANCE
                    .retryRequest(get, stale, 1, context)).isTrue();

            assertThat(strategy.retryRequest(get, stale, 1, context)).isFalse();
            assertThat(strategy.getRetryInterval(get, stale, 1, context))
                    .isEqualTo(TimeValue.ZERO_MILLISECONDS);
            assertThat(retries("GET", new SocketException("Connection reset"), 1)).isFalse();
            assertThat(retries("GET", new UnknownHostException("no.such.host"), 1)).isFalse();
            assertThat(retries("GET", new java.io.InterruptedIOException(), 1)).isFalse();
        }

        @Test
        void aCancelledRequestIsNeverRetried() {
            HttpGet get = new HttpGet("/");
            get.cancel();
            assertThat(strategy.retryRequest(get, new ConnectException(), 1, contextFor("GET")))
                    .isFalse();
        }
    }

    @Nested
    class CallTimeoutBoundsEachRetry {
        private final StatusCodeRetryStrategy strategy = StatusCodeRetryStrategy.create(
                RetryPolicy.builder().backoffBase(java.time.Duration.ZERO)
                        .callTimeout(java.time.Duration.ofSeconds(2)).build());

        private HttpClientContext contextWith(org.apache.hc.core5.util.Timeout responseTimeout) {
            HttpClientContext context = contextFor("GET");
            context.setRequestConfig(org.apache.hc.client5.http.config.RequestConfig.custom()
                    .setResponseTimeout(responseTimeout).build());
            return context;
        }

        @Test
        void aRetryGetsWhatIsLeftAsItsResponseTimeoutAndTheUsersConfigComesBack() {
            HttpClientContext context = contextWith(org.apache.hc.core5.util.Timeout.ofMinutes(1));
            org.apache.hc.client5.http.config.RequestConfig users = context.getRequestConfig();

            assertThat(strategy.retryRequest(response(503, "Retry-After: 0"), 1, context))
                    .isTrue();
            long bounded = context.getRequestConfig().getResponseTimeout().toMilliseconds();
            assertThat(bounded).isBetween(1L, 2000L);

            assertThat(strategy.retryRequest(response(200), 2, context)).isFalse();
            assertThat(context.getRequestConfig()).isSameAs(users);
        }

        @Test
        void aShorterResponseTimeoutOfTheUsersIsKept() {
            HttpClientContext context = contextWith(org.apache.hc.core5.util.Timeout.ofMilliseconds(
                    300));

            assertThat(strategy.retryRequest(response(503, "Retry-After: 0"), 1, context))
                    .isTrue();

            assertThat(context.getRequestConfig().getResponseTimeout().toMilliseconds())
                    .isEqualTo(300);
        }

        @Test
        void withoutACallTimeoutTheConfigIsUntouched() {
            HttpClientContext context = contextWith(org.apache.hc.core5.util.Timeout.ofMinutes(1));
            org.apache.hc.client5.http.config.RequestConfig users = context.getRequestConfig();

            assertThat(StatusCodeRetryStrategy.create().retryRequest(response(503,
                    "Retry-After: 0"), 1, context)).isTrue();

            assertThat(context.getRequestConfig()).isSameAs(users);
        }
    }
}
