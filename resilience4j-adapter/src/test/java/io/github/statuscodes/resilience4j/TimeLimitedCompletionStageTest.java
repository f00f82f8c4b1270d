package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.statuscodes.RetryPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/resilience4j.md ("What bounds an attempt") offers Resilience4j's {@code TimeLimiter}
 * around the {@code Retry} ({@code executeCompletionStage} with {@code sendAsync}) to bound the
 * attempts: once the limiter has ended the call, no further attempt may reach the server. The
 * server answers every request {@code 503 Retry-After: 1}; the limiter ends the call after
 * 300 ms, during the first wait.
 */
class TimeLimitedCompletionStageTest {
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        server.stop(0);
    }

    private CompletableFuture<HttpResponse<String>> limitedCall(Retry retry, boolean cancel) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/items")).build();
        TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(Duration.ofMillis(300)).cancelRunningFuture(cancel).build());
        return limiter.executeCompletionStage(scheduler,
                () -> retry.executeCompletionStage(scheduler,
                        () -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())))
                .toCompletableFuture();
    }

    /**
     * A config that is not wrapped cannot stop the attempts: Resilience4j's own loop
     * ({@code Retry.AsyncRetryBlock}) keeps the future it hands out to itself and asks the result
     * predicate and the wait function only about the outcome and the attempt number, so nothing
     * in the config can see that the limiter cancelled the call. The limiter ends the caller's
     * wait; the attempts go on to the policy's three, and no further (docs/resilience4j.md says
     * so and points to {@code wrap} and {@code callTimeout}). This asserts what does hold: the
     * caller's wait ends at the limit, and the attempts stay the policy's.
     */
    @Test
    void theTimeLimiterEndsTheCallersWaitAndTheAttemptsStayThePolicys() throws Exception {
        Retry retry = Retry.of("backend",
                StatusCodeRetryConfig.create(RetryPolicy.defaults(), ResponseAccess.jdk()));
        CompletableFuture<HttpResponse<String>> call = limitedCall(retry, true);

        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        // The policy's two waits of a second each have ended by now.
        Thread.sleep(2_800);
        assertThat(requests).as("requests of a call the limiter ended, config not wrapped")
                .hasValue(3);
    }

    @Test
    void noAttemptIsSentAfterTheTimeLimiterEndedAWrappedCall() throws Exception {
        Retry retry = StatusCodeRetryConfig.wrap(Retry.of("backend",
                StatusCodeRetryConfig.create(RetryPolicy.defaults(), ResponseAccess.jdk())),
                io.github.statuscodes.RetryListener.NONE);
        CompletableFuture<HttpResponse<String>> call = limitedCall(retry, true);

        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        Thread.sleep(2_800);
        assertThat(requests).as("requests sent for a call the caller's time limit ended")
                .hasValue(1);
    }
}
