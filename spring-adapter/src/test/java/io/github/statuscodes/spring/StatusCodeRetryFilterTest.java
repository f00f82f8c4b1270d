package io.github.statuscodes.spring;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.apps.reactive.ReactiveApp;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/** The filter on WebClient (Reactor Netty) against a real WebFlux application on Netty. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusCodeRetryFilterTest {
    static ConfigurableApplicationContext app;
    static String base;

    @BeforeAll
    static void start() {
        app = Apps.start(ReactiveApp.class, WebApplicationType.REACTIVE,
                "statuscodes.retry.backoff-base=1ms");
        base = "http://127.0.0.1:" + Apps.port(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static WebClient client(StatusCodeRetryFilter filter) {
        return WebClient.builder().baseUrl(base).filter(filter).build();
    }

    static int get(WebClient client, String path) {
        return client.get().uri(path).exchangeToMono(
                r -> r.releaseBody().thenReturn(r.statusCode().value())).block();
    }

    static int post(WebClient client, String path) {
        return client.post().uri(path).bodyValue("payload").exchangeToMono(
                r -> r.releaseBody().thenReturn(r.statusCode().value())).block();
    }

    static RetryPolicy fast() {
        return RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build();
    }

    @Test
    @Order(1)
    void retries503WithRetryAfterOneSecondThreeTimes() {
        String id = Hits.newId();
        assertThat(get(client(StatusCodeRetryFilter.create()), "/status/503?retryAfter=1&id=" + id))
                .isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(3);
    }

    @Test
    @Order(1)
    void retries520GetThreeTimesButPostOnce() {
        WebClient client = client(StatusCodeRetryFilter.create(fast()));
        String getId = Hits.newId();
        String postId = Hits.newId();
        assertThat(get(client, "/status/520?id=" + getId)).isEqualTo(520);
        assertThat(post(client, "/status/520?id=" + postId)).isEqualTo(520);
        assertThat(Hits.count(getId)).isEqualTo(3);
        assertThat(Hits.count(postId)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void doesNotRetry460() {
        String id = Hits.newId();
        assertThat(get(client(StatusCodeRetryFilter.create()), "/status/460?id=" + id))
                .isEqualTo(460);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void returnsAtOnceWhenRetryAfterIsAnHour() {
        String id = Hits.newId();
        long start = System.nanoTime();
        assertThat(get(client(StatusCodeRetryFilter.create()),
                "/status/503?retryAfter=3600&id=" + id)).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(1);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    @Order(1)
    void stopsWhenTheWaitWouldOutlastTheCallTimeout() {
        String id = Hits.newId();
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofMillis(500)).build();
        assertThat(get(client(StatusCodeRetryFilter.create(policy)),
                "/status/503?retryAfter=1&id=" + id)).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void neverResendsABodyMarkedOneShot() {
        String id = Hits.newId();
        WebClient client = client(StatusCodeRetryFilter.create(fast()));
        int status = client.post().uri("/status/503?id=" + id)
                .attribute(StatusCodeRetryFilter.ONE_SHOT_BODY_ATTRIBUTE, true)
                .bodyValue("payload")
                .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())).block();
        assertThat(status).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void waitsOnReactorsTimerAndReportsToTheListener() {
        String id = Hits.newId();
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        RetryListener listener = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempt = e.attempt();
                Duration delay = e.delay();
                events.add("retry " + method + " " + code.code() + " " + attempt);
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempts = e.attempt();
                RetryDecision.StopReason reason = e.stopReason();
                events.add("giveUp " + code.code() + " " + attempts + " " + reason);
            }
        };
        WebClient client = WebClient.builder().baseUrl(base)
                .filter(StatusCodeRetryFilter.create(fast(), listener))
                .filter((request, next) -> {
                    threads.add(Thread.currentThread().getName());
                    return next.exchange(request);
                })
                .build();
        assertThat(get(client, "/status/429?retryAfter=0&id=" + id)).isEqualTo(429);
        assertThat(events).containsExactly("retry GET 429 1", "retry GET 429 2",
                "giveUp 429 3 ATTEMPTS_EXHAUSTED");
        // The first attempt starts on the caller; each retry on Reactor's parallel timer.
        assertThat(threads).hasSize(3);
        assertThat(threads.subList(1, 3)).allMatch(t -> t.startsWith("parallel-"));
    }

    @Test
    @Order(1)
    void aListenerThatThrowsChangesNothing() {
        String id = Hits.newId();
        AtomicInteger calls = new AtomicInteger();
        RetryListener bad = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempt = e.attempt();
                Duration delay = e.delay();
                calls.incrementAndGet();
                throw new IllegalStateException("listener bug");
            }
        };
        assertThat(get(client(StatusCodeRetryFilter.create(fast(), bad)),
                "/status/502?id=" + id)).isEqualTo(502);
        assertThat(Hits.count(id)).isEqualTo(3);
        assertThat(calls).hasValue(2);
    }

    @Test
    @Order(1)
    void stopsWhenTheSubscriberCancelsDuringTheWait() throws Exception {
        String id = Hits.newId();
        Disposable call = client(StatusCodeRetryFilter.create()).get()
                .uri("/status/503?retryAfter=1&id=" + id).retrieve().toBodilessEntity()
                .subscribe(r -> { }, e -> { });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Hits.count(id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        call.dispose();
        Thread.sleep(1500);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    @Order(1)
    void rejectsANullPolicyNamingIt() {
        assertThatThrownBy(() -> StatusCodeRetryFilter.create(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
    }

    /** Proves the detector is on and reports to the recorder: a deliberate leak is caught. */
    @Test
    @Order(2)
    void theLeakDetectorCatchesADeliberateLeak() throws Exception {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
        int before = LeakRecorder.LEAKS.size();
        leakOne();
        for (int i = 0; i < 50 && LeakRecorder.LEAKS.size() == before; i++) {
            System.gc();
            Thread.sleep(20);
            PooledByteBufAllocator.DEFAULT.buffer(16).release();
        }
        assertThat(LeakRecorder.LEAKS.size()).isGreaterThan(before);
        LeakRecorder.LEAKS.clear();
    }

    private static void leakOne() {
        ByteBuf leaked = PooledByteBufAllocator.DEFAULT.buffer(1024);
        leaked.writeInt(42);
    }

    /** After every discarded response above: no buffer was left unreleased. */
    @Test
    @Order(3)
    void releasesEveryDiscardedResponseBody() throws Exception {
        WebClient client = client(StatusCodeRetryFilter.create(fast()));
        for (int i = 0; i < 20; i++) {
            get(client, "/status/503?id=" + Hits.newId());
        }
        for (int i = 0; i < 20; i++) {
            System.gc();
            Thread.sleep(20);
            PooledByteBufAllocator.DEFAULT.buffer(16).release();
            get(client, "/status/200");
        }
        assertThat(LeakRecorder.LEAKS).isEmpty();
    }
}
