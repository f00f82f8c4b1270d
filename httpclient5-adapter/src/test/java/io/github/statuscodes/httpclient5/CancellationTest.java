package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stopping a call while it waits for its next attempt sends no further request. */
class CancellationTest extends ScriptedServerTest {
    private static void awaitRequests(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.requestCount() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(server.requestCount()).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void cancellingTheAsyncFutureDuringTheWaitEndsTheCall(String name,
            HttpRequestRetryStrategy strategy) throws Exception {
        server.always(503, "Retry-After: 1");
        try (TestClient.Async c = new TestClient.Async(strategy,
                SystemDefaultDnsResolver.INSTANCE)) {
            Future<SimpleHttpResponse> future = c.client.execute(
                    SimpleRequestBuilder.get(server.uri("/orders/42")).build(), null);
            awaitRequests(1);
            Thread.sleep(200);  // inside the 1 s wait

            assertThat(future.cancel(true)).isTrue();
            Thread.sleep(2500);  // past the end of a second wait

            assertThat(future.isCancelled()).isTrue();
            // HttpClient's async scheduler does not look at the future before it runs the
            // attempt it has scheduled: that attempt may still be sent, and is cancelled as soon
            // as it is; nothing follows it. The stock strategy behaves the same.
            assertThat(server.requestCount()).isBetween(1, 2);
            assertThat(c.leasedWhenSettled()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void cancellingAClassicRequestDuringTheWaitSendsNoFurtherRequest(String name,
            HttpRequestRetryStrategy strategy) throws Exception {
        server.always(503, "Retry-After: 1");
        try (TestClient.Classic c = new TestClient.Classic(strategy,
                SystemDefaultDnsResolver.INSTANCE)) {
            HttpGet get = new HttpGet(server.uri("/orders/42"));
            CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    return c.client.execute(get, response -> response.getCode());
                } catch (Exception e) {
                    return e;
                }
            });
            awaitRequests(1);
            Thread.sleep(200);

            assertThat(get.cancel()).isTrue();
            // HttpClient's classic exec chain sleeps through the wait, with either strategy; the
            // cancelled request then fails with HttpClient's own exception instead of being sent.
            Object result = outcome.get(10, TimeUnit.SECONDS);

            assertThat(result).isInstanceOf(Exception.class);
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(c.leasedWhenSettled()).isZero();
        }
    }

    static Stream<Arguments> strategies() {
        return Stream.of(
                Arguments.of("statuscodes", StatusCodeRetryStrategy.create()),
                Arguments.of("stock", DefaultHttpRequestRetryStrategy.INSTANCE));
    }

    @Test
    void interruptingAClassicCallDuringTheWaitEndsItAndKeepsTheInterrupt() throws Exception {
        server.always(503, "Retry-After: 1");
        try (TestClient.Classic c = new TestClient.Classic(StatusCodeRetryStrategy.create(),
                SystemDefaultDnsResolver.INSTANCE)) {
            AtomicReference<Object> outcome = new AtomicReference<>();
            AtomicBoolean interruptKept = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                try {
                    outcome.set(c.get(server.uri("/orders/42")).status);
                } catch (Exception e) {
                    outcome.set(e);
                }
                interruptKept.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            awaitRequests(1);
            Thread.sleep(200);
            caller.interrupt();
            caller.join(10_000);

            assertThat(outcome.get()).isInstanceOf(InterruptedIOException.class);
            assertThat(interruptKept).isTrue();
            Thread.sleep(1000);
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(c.leasedWhenSettled()).isZero();
        }
    }

    @Test
    void theAsyncFutureCompletesWithTheLastResponseWhenNotCancelled() throws Exception {
        server.always(503);
        try (TestClient.Async c = new TestClient.Async(StatusCodeRetryStrategy.create(),
                SystemDefaultDnsResolver.INSTANCE)) {
            SimpleHttpResponse r = c.client.execute(
                    SimpleRequestBuilder.get(server.uri("/orders/42")).build(), null)
                    .get(10, TimeUnit.SECONDS);

            assertThat(r.getCode()).isEqualTo(503);
            assertThat(server.requestCount()).isEqualTo(3);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
