package io.github.statuscodes.okhttp;

import static io.github.statuscodes.okhttp.Fixtures.REGISTRY;
import static io.github.statuscodes.okhttp.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.okhttp.Fixtures.RecordingListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancellation, the call timeout and interruption during the backoff wait. These tests sleep for
 * real (the default sleeper), each well under 2 s.
 */
// This class tests the deprecated 0.1.0 builder setters on purpose.
@SuppressWarnings("deprecation")
class CancellationTest {
    /** How soon after cancel() the call must end: generous for a loaded CI machine. */
    private static final Duration PROMPTLY = Duration.ofMillis(500);

    private final MockWebServer server = Fixtures.newServer();
    private final RecordingListener listener = new RecordingListener();
    private OkHttpClient client;

    @BeforeEach
    void startServer() throws IOException {
        server.start();
        client = new OkHttpClient.Builder().addInterceptor(StatusCodeInterceptor.builder()
                .registry(REGISTRY).listener(listener).build()).build();
    }

    @AfterEach
    void stopServer() throws IOException {
        StatusCodeInterceptorTest.assertNoConnectionInUse(client);
        server.shutdown();
    }

    private void enqueue503RetryAfterOneSecondThen200() {
        server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After: 1"));
        server.enqueue(new MockResponse().setResponseCode(200));
    }

    @Test
    void cancelDuringTheWaitEndsASynchronousCallPromptly() throws Exception {
        enqueue503RetryAfterOneSecondThen200();
        Call call = client.newCall(get(server.url("/")));
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                call.execute().close();
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        server.takeRequest(1, TimeUnit.SECONDS);
        Thread.sleep(100);   // now in the 1 s wait
        long canceledAt = System.nanoTime();
        call.cancel();
        Throwable thrown = outcome.get(2, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - canceledAt);

        assertThat(thrown).isInstanceOf(IOException.class).hasMessage("Canceled");
        assertThat(took).isLessThan(PROMPTLY);
        Thread.sleep(50);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancelDuringTheWaitEndsAnEnqueuedCallOnItsDispatcherThread() throws Exception {
        enqueue503RetryAfterOneSecondThen200();
        Call call = client.newCall(get(server.url("/")));
        CompletableFuture<IOException> failure = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                failure.complete(e);
            }

            @Override
            public void onResponse(Call c, Response response) {
                response.close();
                failure.completeExceptionally(new AssertionError("expected a failure"));
            }
        });
        server.takeRequest(1, TimeUnit.SECONDS);
        Thread.sleep(100);
        long canceledAt = System.nanoTime();
        call.cancel();
        IOException e = failure.get(2, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - canceledAt)).isLessThan(PROMPTLY);
        assertThat(e).hasMessage("Canceled");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void returnsTheResponseAtOnceWhenTheWaitWouldOutlastTheCallTimeout() throws IOException {
        enqueue503RetryAfterOneSecondThen200();
        client = client.newBuilder().callTimeout(Duration.ofMillis(500)).build();
        long start = System.nanoTime();
        try (Response r = client.newCall(get(server.url("/"))).execute()) {
            assertThat(r.code()).isEqualTo(503);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(450));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(listener.events).containsExactly("give up GET 503 attempts=1 CALL_TIMEOUT");
    }

    @Test
    void returnsTheResponseAtOnceWhenTheWaitWouldOutlastADeadline() throws IOException {
        enqueue503RetryAfterOneSecondThen200();
        Call call = client.newCall(get(server.url("/")));
        call.timeout().deadline(400, TimeUnit.MILLISECONDS);
        try (Response r = call.execute()) {
            assertThat(r.code()).isEqualTo(503);
        }
        assertThat(listener.events).containsExactly("give up GET 503 attempts=1 CALL_TIMEOUT");
    }

    /** An application interceptor that spends part of the call timeout before it proceeds. */
    private static Interceptor spending(long millis) {
        return chain -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            return chain.proceed(chain.request());
        };
    }

    private StatusCodeInterceptor interceptorWithListener() {
        return StatusCodeInterceptor.builder().registry(REGISTRY).listener(listener).build();
    }

    @Test
    void countsTheTimeSpentByInterceptorsAfterItWhenInstalledFirst() throws IOException {
        enqueue503RetryAfterOneSecondThen200();
        // 1100 ms: a 1 s wait fits at the start of the call, but not after the 300 ms spent below.
        client = new OkHttpClient.Builder()
                .callTimeout(Duration.ofMillis(1100))
                .addInterceptor(interceptorWithListener())
                .addInterceptor(spending(300))
                .build();
        long start = System.nanoTime();
        try (Response r = client.newCall(get(server.url("/"))).execute()) {
            assertThat(r.code()).isEqualTo(503);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(listener.events).containsExactly("give up GET 503 attempts=1 CALL_TIMEOUT");
    }

    /**
     * The reviewer's case, scaled down (it was callTimeout 1800 ms, 1200 ms spent before): an
     * interceptor before ours spends part of the call timeout. A deadline on the call gives the
     * exact budget wherever the interceptor is installed.
     */
    @Test
    void deadlineGivesTheExactBudgetWhenAnInterceptorBeforeItSpendsPartOfIt() throws IOException {
        enqueue503RetryAfterOneSecondThen200();
        client = new OkHttpClient.Builder()
                .callTimeout(Duration.ofMillis(1100))
                .addInterceptor(spending(300))
                .addInterceptor(interceptorWithListener())
                .build();
        Call call = client.newCall(get(server.url("/")));
        call.timeout().deadline(1100, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        try (Response r = call.execute()) {
            assertThat(r.code()).isEqualTo(503);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(listener.events).containsExactly("give up GET 503 attempts=1 CALL_TIMEOUT");
    }

    /**
     * The documented limit: without a deadline, the call timeout is counted from when the
     * interceptor first sees the call, so time spent by an interceptor before it goes unseen and
     * the timeout fires during a wait the interceptor thought would fit.
     */
    @Test
    void callTimeoutSpentBeforeTheInterceptorIsNotSeenAndFiresDuringTheWait() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(200));
        // 300 ms of the 600 ms are spent before ours, which then starts a 400 ms backoff.
        client = new OkHttpClient.Builder()
                .callTimeout(Duration.ofMillis(600))
                .addInterceptor(spending(300))
                .addInterceptor(StatusCodeInterceptor.builder().registry(REGISTRY).jitter(false)
                        .backoffBase(Duration.ofMillis(400)).build())
                .build();
        long start = System.nanoTime();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try (Response r = client.newCall(get(server.url("/"))).execute()) {
            thrown.set(new AssertionError("expected a timeout, got " + r.code()));
        } catch (IOException e) {
            thrown.set(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class).hasMessage("timeout");
        assertThat(took).isBetween(Duration.ofMillis(590), Duration.ofMillis(600).plus(PROMPTLY));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void interruptDuringTheWaitEndsTheCallAndKeepsTheInterruptStatus() throws Exception {
        enqueue503RetryAfterOneSecondThen200();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try (Response r = client.newCall(get(server.url("/"))).execute()) {
                thrown.set(new AssertionError("expected an interrupt, got " + r.code()));
            } catch (IOException e) {
                thrown.set(e);
            }
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        server.takeRequest(1, TimeUnit.SECONDS);
        Thread.sleep(100);
        long interruptedAt = System.nanoTime();
        caller.interrupt();
        caller.join(2000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(PROMPTLY);
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class)
                .hasMessageStartingWith("interrupted while waiting PT1S to retry after 503");
        assertThat(interruptedAfter).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
