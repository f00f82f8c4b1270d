package io.github.statuscodes.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.Cloudflare;
import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.jdkhttp.ScriptedServer.Answer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RetryingHttpClientTest {
    private static final HttpClient BARE = HttpClient.newHttpClient();
    /** No backoff wait, so that tests of what is retried run fast. */
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder()
            .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build();

    private ScriptedServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new ScriptedServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpRequest get() {
        return HttpRequest.newBuilder(server.uri()).build();
    }

    private HttpRequest post(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(server.uri()).POST(body).build();
    }

    /** Records give-ups and retries. */
    static final class Recorder implements RetryListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void onRetry(RetryEvent e) {
            events.add(e.code() == null ? "connect retry after attempt " + e.attempt()
                    : "retry " + e.code().code() + " after attempt " + e.attempt());
        }

        @Override
        public void onGiveUp(RetryEvent e) {
            events.add(e.code() == null
                    ? "connect give up after " + e.attempt() + ": " + e.stopReason()
                    : "give up " + e.code().code() + " after " + e.attempt() + ": "
                            + e.stopReason());
        }
    }

    @Nested
    class Send {
        @Test
        void waitsOutRetryAfterOnEach503AndSendsThreeAttempts() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "1"));
            HttpClient client = RetryingHttpClient.wrap(BARE);

            long start = System.nanoTime();
            HttpResponse<String> response = client.send(get(), BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;

            assertThat(server.requests()).isEqualTo(3);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("response with 503");
            assertThat(elapsed).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
        }

        @Test
        void retries520ForGetThreeTimes() throws Exception {
            server.script(n -> Answer.of(520, "Server", "cloudflare"));
            Recorder recorder = new Recorder();
            HttpClient client = RetryingHttpClient.wrap(BARE, RetryPolicy.defaults(), recorder);

            HttpResponse<String> response = client.send(get(), BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(3);
            assertThat(response.statusCode()).isEqualTo(520);
            assertThat(recorder.events).containsExactly("retry 520 after attempt 1",
                    "retry 520 after attempt 2", "give up 520 after 3: ATTEMPTS_EXHAUSTED");
        }

        @Test
        void doesNotRetry520ForPost() throws Exception {
            server.script(n -> Answer.of(520, "Server", "cloudflare"));
            Recorder recorder = new Recorder();
            HttpClient client = RetryingHttpClient.wrap(BARE, RetryPolicy.defaults(), recorder);

            HttpResponse<String> response =
                    client.send(post(BodyPublishers.ofString("order")), BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.statusCode()).isEqualTo(520);
            assertThat(recorder.events).containsExactly("give up 520 after 1: NOT_IDEMPOTENT");
        }

        @Test
        void doesNotRetry460() throws Exception {
            server.script(n -> Answer.of(460, "Server", "awselb/2.0"));
            Recorder recorder = new Recorder();
            HttpClient client = RetryingHttpClient.wrap(BARE, RetryPolicy.defaults(), recorder);

            HttpResponse<String> response = client.send(get(), BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.statusCode()).isEqualTo(460);
            assertThat(recorder.events).isEmpty();   // not retryable: not a give-up
        }

        @Test
        void returnsAtOnceWhenRetryAfterIsAboveTheCap() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "3600"));
            Recorder recorder = new Recorder();
            HttpClient client = RetryingHttpClient.wrap(BARE, RetryPolicy.defaults(), recorder);

            long start = System.nanoTime();
            HttpResponse<String> response = client.send(get(), BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.headers().firstValue("Retry-After")).contains("3600");
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
            assertThat(recorder.events)
                    .containsExactly("give up 503 after 1: RETRY_AFTER_TOO_LONG");
        }

        @Test
        void returnsAtOnceWhenTheWaitWouldOutlastTheCallTimeout() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "2"));
            Recorder recorder = new Recorder();
            RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofMillis(1500)).build();
            HttpClient client = RetryingHttpClient.wrap(BARE, policy, recorder);

            long start = System.nanoTime();
            HttpResponse<String> response = client.send(get(), BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(1500));
            assertThat(recorder.events).containsExactly("give up 503 after 1: DEADLINE");
        }

        @Test
        void givesTheRetriedResponsesBodiesToNobodyAndTheLastOneToTheCallersHandler()
                throws Exception {
            String big = "x".repeat(1 << 20);
            server.script(new Answer(503, java.util.Map.of(), big),
                    new Answer(503, java.util.Map.of(), big),
                    new Answer(200, java.util.Map.of(), "the one"));
            AtomicInteger handled = new AtomicInteger();
            BodyHandler<String> handler = info -> {
                handled.incrementAndGet();
                return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
            };

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT)
                    .send(get(), handler);

            assertThat(server.requests()).isEqualTo(3);
            assertThat(handled).hasValue(1);
            assertThat(response.body()).isEqualTo("the one");
        }

        @Test
        void sendsAStringBodyAgainOnEachAttempt() throws Exception {
            server.script(Answer.of(503), Answer.of(503), Answer.of(201));

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT)
                    .send(post(BodyPublishers.ofString("order 42")), BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(server.bodies()).containsExactly("order 42", "order 42", "order 42");
        }

        @Test
        void asksTheInputStreamSupplierAgainForEachAttempt() throws Exception {
            server.script(Answer.of(503), Answer.of(200));
            AtomicInteger supplied = new AtomicInteger();
            HttpRequest request = post(BodyPublishers.ofInputStream(() -> {
                supplied.incrementAndGet();
                return new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8));
            }));

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT)
                    .send(request, BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(supplied).hasValue(2);
            assertThat(server.bodies()).containsExactly("streamed", "streamed");
        }

        @Test
        void neverSendsAFromPublisherBodyTwice() throws Exception {
            server.script(Answer.of(503), Answer.of(200));
            Recorder recorder = new Recorder();
            SubmissionPublisher<ByteBuffer> source = new SubmissionPublisher<>();
            HttpRequest request = post(BodyPublishers.fromPublisher(subscriber -> {
                source.subscribe(subscriber);
                source.submit(ByteBuffer.wrap("once".getBytes(StandardCharsets.UTF_8)));
                source.close();
            }));

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT, recorder)
                    .send(request, BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(recorder.events).containsExactly("give up 503 after 1: ONE_SHOT_BODY");
        }

        @Test
        void neverSendsAConcatenatedBodyWithAOneShotPartTwice() throws Exception {
            // BodyPublishers.concat (Java 16+) is a java.net.http class, but its parts may be
            // one-shot, and they cannot be inspected: a second attempt would subscribe again to
            // a publisher that has already given its bytes away.
            server.script(Answer.of(503), Answer.of(200));
            Recorder recorder = new Recorder();
            AtomicInteger subscriptions = new AtomicInteger();
            HttpRequest request = post(BodyPublishers.concat(BodyPublishers.ofString("order "),
                    BodyPublishers.fromPublisher(subscriber -> {
                        subscriptions.incrementAndGet();
                        SubmissionPublisher<ByteBuffer> once = new SubmissionPublisher<>();
                        once.subscribe(subscriber);
                        once.submit(ByteBuffer.wrap("42".getBytes(StandardCharsets.UTF_8)));
                        once.close();
                    })));

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT, recorder)
                    .send(request, BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(subscriptions).hasValue(1);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(recorder.events).containsExactly("give up 503 after 1: ONE_SHOT_BODY");
        }

        @Test
        void neverSendsABodyOfTheApplicationsOwnPublisherTwice() throws Exception {
            server.script(Answer.of(503), Answer.of(200));
            HttpRequest.BodyPublisher own = new HttpRequest.BodyPublisher() {
                private final HttpRequest.BodyPublisher inner = BodyPublishers.ofString("own");

                @Override
                public long contentLength() {
                    return inner.contentLength();
                }

                @Override
                public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                    inner.subscribe(subscriber);
                }
            };

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT)
                    .send(post(own), BodyHandlers.ofString());

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.statusCode()).isEqualTo(503);
        }

        @Test
        void endsTheWaitWithInterruptedExceptionWhenInterrupted() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "15"));
            Thread caller = Thread.currentThread();
            ExecutorService interrupter = Executors.newSingleThreadExecutor();
            HttpClient client = RetryingHttpClient.wrap(BARE);
            try {
                interrupter.submit(() -> {
                    while (server.requests() < 1) {
                        Thread.onSpinWait();
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                    caller.interrupt();
                    return null;
                });
                long start = System.nanoTime();
                assertThatThrownBy(() -> client.send(get(), BodyHandlers.ofString()))
                        .isInstanceOf(InterruptedException.class);
                assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
                assertThat(server.requests()).isEqualTo(1);
            } finally {
                Thread.interrupted();
                interrupter.shutdownNow();
            }
        }

        @Test
        void retriesARefusedConnectionAndThrowsTheConnectExceptionAtTheEnd() throws Exception {
            int closedPort;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                closedPort = s.getLocalPort();
            }
            Recorder recorder = new Recorder();
            HttpClient client = RetryingHttpClient.wrap(BARE, NO_WAIT, recorder);
            HttpRequest request = HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + closedPort + "/")).POST(
                    BodyPublishers.ofString("never arrives")).build();

            assertThatThrownBy(() -> client.send(request, BodyHandlers.ofString()))
                    .isInstanceOf(java.net.ConnectException.class);
            assertThat(recorder.events).containsExactly("connect retry after attempt 1",
                    "connect retry after attempt 2",
                    "connect give up after 3: ATTEMPTS_EXHAUSTED");
        }

        @Test
        void retriesARefusedPostUntilTheServerIsUp() throws Exception {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            AtomicReference<com.sun.net.httpserver.HttpServer> late = new AtomicReference<>();
            AtomicReference<String> received = new AtomicReference<>();
            RetryListener startServer = new RetryListener() {
                @Override
                public void onRetry(RetryEvent event) {
                    try {
                        com.sun.net.httpserver.HttpServer up = com.sun.net.httpserver.HttpServer
                                .create(new java.net.InetSocketAddress(
                                        java.net.InetAddress.getLoopbackAddress(), port), 0);
                        up.createContext("/", exchange -> {
                            received.set(new String(exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8));
                            exchange.sendResponseHeaders(201, -1);
                            exchange.close();
                        });
                        up.start();
                        late.set(up);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            HttpRequest request = HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/")).POST(
                    BodyPublishers.ofString("order 7")).build();
            try {
                HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT, startServer)
                        .send(request, BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(201);
                assertThat(received).hasValue("order 7");
            } finally {
                if (late.get() != null) {
                    late.get().stop(0);
                }
            }
        }

        @Test
        void passesOtherIoFailuresThroughWithoutRetrying() throws Exception {
            Recorder recorder = new Recorder();
            AtomicInteger accepted = new AtomicInteger();
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 50,
                    java.net.InetAddress.getLoopbackAddress())) {
                Thread acceptor = new Thread(() -> {
                    while (!s.isClosed()) {
                        try (java.net.Socket socket = s.accept()) {
                            accepted.incrementAndGet();
                            socket.getInputStream().read(new byte[8192]);
                        } catch (IOException e) {
                            return;
                        }
                    }
                });
                acceptor.setDaemon(true);
                acceptor.start();
                HttpClient client = RetryingHttpClient.wrap(BARE, NO_WAIT, recorder);
                HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + s.getLocalPort() + "/")).POST(
                        BodyPublishers.ofString("x")).build();

                assertThatThrownBy(() -> client.send(request, BodyHandlers.ofString()))
                        .isInstanceOf(IOException.class)
                        .isNotInstanceOf(java.net.ConnectException.class);
            }
            assertThat(accepted).hasValue(1);
            assertThat(recorder.events).isEmpty();
        }
    }

    @Nested
    class SendAsync {
        @Test
        void waitsOutRetryAfterWithoutBlockingAndSendsThreeAttempts() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "1"));
            HttpClient client = RetryingHttpClient.wrap(BARE);

            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> future =
                    client.sendAsync(get(), BodyHandlers.ofString());
            long returnedAfter = System.nanoTime() - start;
            HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);

            assertThat(returnedAfter).isLessThan(TimeUnit.SECONDS.toNanos(1));
            assertThat(server.requests()).isEqualTo(3);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(
                    TimeUnit.SECONDS.toNanos(2));
        }

        @Test
        void retries520ForGetAndNotForPost() throws Exception {
            server.script(n -> Answer.of(520, "Server", "cloudflare"));
            HttpClient client = RetryingHttpClient.wrap(BARE);

            assertThat(client.sendAsync(get(), BodyHandlers.ofString()).get().statusCode())
                    .isEqualTo(520);
            assertThat(server.requests()).isEqualTo(3);
            server.reset();
            client.sendAsync(post(BodyPublishers.ofString("order")), BodyHandlers.ofString())
                    .get();
            assertThat(server.requests()).isEqualTo(1);
        }

        @Test
        void cancellingDuringTheWaitStopsTheRetries() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "1"));
            HttpClient client = RetryingHttpClient.wrap(BARE);

            CompletableFuture<HttpResponse<String>> future =
                    client.sendAsync(get(), BodyHandlers.ofString());
            while (server.requests() < 1) {
                Thread.sleep(5);
            }
            Thread.sleep(200);   // the first response is in; the 1 s wait has begun
            assertThat(future.cancel(true)).isTrue();
            Thread.sleep(1500);  // past the wait: a retry would have been sent by now

            assertThat(server.requests()).isEqualTo(1);
            assertThat(future).isCancelled();
        }

        @Test
        void cancellingCancelsTheAttemptInFlight() throws Exception {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            server.script(n -> Answer.of(200)).beforeAnswer(() -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            AtomicInteger handled = new AtomicInteger();
            BodyHandler<String> handler = info -> {
                handled.incrementAndGet();
                return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
            };
            HttpClient client = RetryingHttpClient.wrap(BARE);

            CompletableFuture<HttpResponse<String>> future = client.sendAsync(get(), handler);
            while (server.requests() < 1) {
                Thread.sleep(5);
            }
            future.cancel(true);
            release.countDown();
            Thread.sleep(500);

            assertThat(server.requests()).isEqualTo(1);
            assertThat(handled).as("the cancelled exchange delivers no response").hasValue(0);
        }

        @Test
        void orTimeoutOnTheReturnedFutureStopsTheRetries() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "1"));
            HttpClient client = RetryingHttpClient.wrap(BARE);

            CompletableFuture<HttpResponse<String>> future = client
                    .sendAsync(get(), BodyHandlers.ofString())
                    .orTimeout(300, TimeUnit.MILLISECONDS);

            assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
            Thread.sleep(1500);
            assertThat(server.requests()).isEqualTo(1);
        }

        @Test
        void returnsAtOnceWhenTheWaitWouldOutlastTheCallTimeout() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "2"));
            Recorder recorder = new Recorder();
            RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofMillis(1500)).build();

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, policy, recorder)
                    .sendAsync(get(), BodyHandlers.ofString()).get(5, TimeUnit.SECONDS);

            assertThat(server.requests()).isEqualTo(1);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(recorder.events).containsExactly("give up 503 after 1: DEADLINE");
        }

        @Test
        void failsInsteadOfHangingWhenTheClientsExecutorRejectsTheRetry() throws Exception {
            server.script(n -> Answer.of(503, "Retry-After", "1"));
            ExecutorService executor = Executors.newFixedThreadPool(2);
            HttpClient bare = HttpClient.newBuilder().executor(executor).build();

            CompletableFuture<HttpResponse<String>> future = RetryingHttpClient.wrap(bare)
                    .sendAsync(get(), BodyHandlers.ofString());
            while (server.requests() < 1) {
                Thread.sleep(5);
            }
            Thread.sleep(300);   // the response is in, the wait has begun
            executor.shutdown();

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(java.util.concurrent.RejectedExecutionException.class);
            assertThat(server.requests()).isEqualTo(1);
        }

        @Test
        void retriesWithAPushPromiseHandlerToo() throws Exception {
            server.script(Answer.of(503), Answer.of(200));
            AtomicInteger promises = new AtomicInteger();
            HttpResponse.PushPromiseHandler<String> push = (initiating, pushed, acceptor) ->
                    promises.incrementAndGet();

            HttpResponse<String> response = RetryingHttpClient.wrap(BARE, NO_WAIT)
                    .sendAsync(get(), BodyHandlers.ofString(), push).get(5, TimeUnit.SECONDS);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
            assertThat(promises).hasValue(0);   // HTTP/1.1 has no server push
        }

        @Test
        void throwsWhatTheWrappedClientThrowsAtOnceForABadRequest() {
            HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://example.invalid/"))
                    .build();
            HttpClient throwing = new RetryingHttpClientTest.ThrowingClient();

            assertThatThrownBy(() -> RetryingHttpClient.wrap(throwing)
                    .sendAsync(request, BodyHandlers.ofString()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("bad request");
        }

        @Test
        void passesConnectFailuresThroughAfterTheRetries() throws Exception {
            int closedPort;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                closedPort = s.getLocalPort();
            }
            Recorder recorder = new Recorder();
            HttpRequest request = HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + closedPort + "/")).build();

            CompletableFuture<HttpResponse<String>> future =
                    RetryingHttpClient.wrap(BARE, NO_WAIT, recorder)
                            .sendAsync(request, BodyHandlers.ofString());

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(java.net.ConnectException.class);
            assertThat(recorder.events).containsExactly("connect retry after attempt 1",
                    "connect retry after attempt 2",
                    "connect give up after 3: ATTEMPTS_EXHAUSTED");
        }
    }

    @Nested
    class Wrap {
        @Test
        void delegatesEveryOtherMethodToTheWrappedClient() {
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                HttpClient bare = HttpClient.newBuilder().executor(executor)
                        .connectTimeout(Duration.ofSeconds(7))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .version(HttpClient.Version.HTTP_1_1).build();
                HttpClient client = RetryingHttpClient.wrap(bare);

                assertThat(client.executor()).containsSame(executor);
                assertThat(client.connectTimeout()).contains(Duration.ofSeconds(7));
                assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
                assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
                assertThat(client.sslContext()).isSameAs(bare.sslContext());
                assertThat(client.proxy()).isEqualTo(bare.proxy());
                assertThat(client.authenticator()).isEqualTo(bare.authenticator());
                assertThat(client.cookieHandler()).isEqualTo(bare.cookieHandler());
                assertThat(client.newWebSocketBuilder()).isNotNull();
            } finally {
                executor.shutdownNow();
            }
        }

        @Test
        void closingTheWrapperClosesTheWrappedClientOnJava21AndLater() throws Exception {
            HttpClient bare = HttpClient.newHttpClient();
            HttpClient client = RetryingHttpClient.wrap(bare);
            if (!(client instanceof AutoCloseable)) {
                assertThat(Runtime.version().feature()).isLessThan(21);
                return;   // HttpClient has no lifecycle before Java 21
            }
            ((AutoCloseable) client).close();
            Object terminated = HttpClient.class.getMethod("isTerminated").invoke(bare);
            assertThat(terminated).isEqualTo(true);
        }

        @Test
        void refusesToWrapAClientThatAlreadyRetries() {
            HttpClient once = RetryingHttpClient.wrap(BARE);
            assertThatThrownBy(() -> RetryingHttpClient.wrap(once))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already retries");
        }

        @Test
        void namesTheNullParameter() {
            assertThatThrownBy(() -> RetryingHttpClient.wrap(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("client must not be null");
            assertThatThrownBy(() -> RetryingHttpClient.wrap(BARE, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("policy must not be null");
            assertThatThrownBy(() -> RetryingHttpClient.wrap(BARE, RetryPolicy.defaults(), null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("listener must not be null");
            HttpClient client = RetryingHttpClient.wrap(BARE);
            assertThatThrownBy(() -> client.send(null, BodyHandlers.ofString()))
                    .isInstanceOf(NullPointerException.class).hasMessage("request must not be null");
            assertThatThrownBy(() -> client.sendAsync(get(), null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("responseBodyHandler must not be null");
        }
    }

    @Test
    void givesTheListenerTheVendorsMeaningOfTheCode() throws Exception {
        server.script(Answer.of(521, "Server", "cloudflare"), Answer.of(200));
        AtomicReference<StatusCode> seen = new AtomicReference<>();
        RetryListener listener = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                seen.set(e.code());
            }
        };

        RetryingHttpClient.wrap(BARE, NO_WAIT, listener).send(get(), BodyHandlers.ofString());

        assertThat(seen.get()).isSameAs(Cloudflare.WEB_SERVER_IS_DOWN);
    }

    @Test
    void aListenerThatThrowsIsReportedAndChangesNothing() throws Exception {
        server.script(Answer.of(503), Answer.of(503), Answer.of(503));
        List<java.util.logging.LogRecord> logged = new CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.github.statuscodes");
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        RetryListener failing = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                throw new IllegalStateException("listener bug");
            }
        };
        try {
            HttpClient client = RetryingHttpClient.wrap(BARE, NO_WAIT, failing);

            assertThat(client.send(get(), BodyHandlers.ofString()).statusCode()).isEqualTo(503);
            assertThat(server.requests()).isEqualTo(3);
            server.reset();
            assertThat(client.sendAsync(get(), BodyHandlers.ofString()).get().statusCode())
                    .isEqualTo(503);
            assertThat(server.requests()).isEqualTo(3);
        } finally {
            log.removeHandler(capture);
        }
        assertThat(logged).hasSize(6).allSatisfy(r -> {
            assertThat(r.getThrown()).hasMessage("listener bug");
            assertThat(r.getMessage()).contains("the call goes on unchanged");
        });
    }

    /** A client whose sendAsync rejects every request at once, as the JDK's does a bad one. */
    static final class ThrowingClient extends HttpClient {
        private final HttpClient inner = BARE;

        @Override
        public java.util.Optional<java.net.CookieHandler> cookieHandler() {
            return inner.cookieHandler();
        }

        @Override
        public java.util.Optional<Duration> connectTimeout() {
            return inner.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return inner.followRedirects();
        }

        @Override
        public java.util.Optional<java.net.ProxySelector> proxy() {
            return inner.proxy();
        }

        @Override
        public javax.net.ssl.SSLContext sslContext() {
            return inner.sslContext();
        }

        @Override
        public javax.net.ssl.SSLParameters sslParameters() {
            return inner.sslParameters();
        }

        @Override
        public java.util.Optional<java.net.Authenticator> authenticator() {
            return inner.authenticator();
        }

        @Override
        public Version version() {
            return inner.version();
        }

        @Override
        public java.util.Optional<java.util.concurrent.Executor> executor() {
            return inner.executor();
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) {
            throw new IllegalArgumentException("bad request");
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                BodyHandler<T> handler) {
            throw new IllegalArgumentException("bad request");
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
                BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
            throw new IllegalArgumentException("bad request");
        }
    }
}
