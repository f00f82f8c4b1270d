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
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/** The interceptor on RestClient and RestTemplate against a real Boot application on Tomcat. */
class StatusCodeRetryInterceptorTest {
    static ConfigurableApplicationContext app;
    static String base;

    @BeforeAll
    static void start() {
        app = Apps.start(ServletApp.class, WebApplicationType.SERVLET);
        base = "http://127.0.0.1:" + Apps.port(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static RestClient client(ClientHttpRequestInterceptor... interceptors) {
        RestClient.Builder b = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory()).baseUrl(base);
        for (ClientHttpRequestInterceptor i : interceptors) {
            b.requestInterceptor(i);
        }
        return b.build();
    }

    static int get(RestClient client, String path) {
        return client.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
    }

    static int post(RestClient client, String path) {
        return client.post().uri(path).body("payload").exchange(
                (req, res) -> res.getStatusCode().value());
    }

    @Test
    void retries503WithRetryAfterOneSecondThreeTimes() {
        String id = Hits.newId();
        long start = System.nanoTime();
        int status = get(client(StatusCodeRetryInterceptor.create()),
                "/status/503?retryAfter=1&id=" + id);
        assertThat(status).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(3);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void retries520GetThreeTimesButPostOnce() {
        RestClient client = client(StatusCodeRetryInterceptor.create());
        String getId = Hits.newId();
        String postId = Hits.newId();
        assertThat(get(client, "/status/520?id=" + getId)).isEqualTo(520);
        assertThat(post(client, "/status/520?id=" + postId)).isEqualTo(520);
        assertThat(Hits.count(getId)).isEqualTo(3);
        assertThat(Hits.count(postId)).isEqualTo(1);
    }

    @Test
    void retries503PostSinceTheServerDidNotProcessIt() {
        String id = Hits.newId();
        RestClient client = client(StatusCodeRetryInterceptor.create(
                RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build()));
        assertThat(post(client, "/status/503?id=" + id)).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(3);
    }

    @Test
    void doesNotRetry460() {
        String id = Hits.newId();
        assertThat(get(client(StatusCodeRetryInterceptor.create()), "/status/460?id=" + id))
                .isEqualTo(460);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    void returnsAtOnceWhenRetryAfterIsAnHour() {
        String id = Hits.newId();
        long start = System.nanoTime();
        assertThat(get(client(StatusCodeRetryInterceptor.create()),
                "/status/503?retryAfter=3600&id=" + id)).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(1);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void stopsWhenTheWaitWouldOutlastTheCallTimeout() {
        String id = Hits.newId();
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofMillis(500)).build();
        assertThat(get(client(StatusCodeRetryInterceptor.create(policy)),
                "/status/503?retryAfter=1&id=" + id)).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    void returnsTheSuccessAfterARetry() {
        String id = Hits.newId();
        RestClient client = client(StatusCodeRetryInterceptor.create());
        assertThat(get(client, "/status/200?id=" + id)).isEqualTo(200);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    void closesEveryDiscardedResponse() {
        String id = Hits.newId();
        RecordingRequestFactory factory = new RecordingRequestFactory(
                new JdkClientHttpRequestFactory());
        RestClient client = RestClient.builder().requestFactory(factory).baseUrl(base)
                .requestInterceptor(StatusCodeRetryInterceptor.create(
                        RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build()))
                .build();
        String body = client.get().uri("/status/502?id=" + id).exchange((req, res) -> {
            try (InputStream in = res.getBody()) {
                return new String(in.readAllBytes());
            }
        });
        assertThat(body).startsWith("body of a 502 response");
        assertThat(Hits.count(id)).isEqualTo(3);
        assertThat(factory.responses).hasSize(3);
        assertThat(factory.responses.subList(0, 2)).allMatch(r -> r.closed.get());
    }

    @Test
    void interceptorsBeforeItRunOncePerCallAndTheirHeadersGoWithEveryAttempt() {
        String id = Hits.newId();
        AtomicInteger runs = new AtomicInteger();
        ClientHttpRequestInterceptor auth = (request, body, execution) -> {
            runs.incrementAndGet();
            request.getHeaders().set("X-Test-Id", id);
            return execution.execute(request, body);
        };
        RestClient client = client(auth, StatusCodeRetryInterceptor.create(
                RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build()));
        assertThat(get(client, "/status/502?headerId=true")).isEqualTo(502);
        assertThat(Hits.count(id)).isEqualTo(3);
        assertThat(runs).hasValue(1);
    }

    @Test
    void worksOnRestTemplate() {
        String id = Hits.newId();
        RestTemplate template = new RestTemplate(new SimpleClientHttpRequestFactory());
        template.getInterceptors().add(StatusCodeRetryInterceptor.create(
                RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build()));
        assertThatThrownBy(() -> template.getForObject(base + "/status/504?id=" + id,
                String.class))
                .isInstanceOf(org.springframework.web.client.HttpServerErrorException.class)
                .hasMessageStartingWith("504");
        assertThat(Hits.count(id)).isEqualTo(3);
    }

    @Test
    void reportsRetriesAndTheGiveUpToTheListener() {
        String id = Hits.newId();
        List<String> events = new CopyOnWriteArrayList<>();
        RetryListener listener = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempt = e.attempt();
                Duration delay = e.delay();
                events.add("retry " + method + " " + code.code() + " " + attempt + " "
                        + delay.toMillis());
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
        RestClient client = client(StatusCodeRetryInterceptor.create(
                RetryPolicy.builder().retryAfterMax(Duration.ofSeconds(1)).build(), listener));
        get(client, "/status/429?retryAfter=0&id=" + id);
        assertThat(events).containsExactly("retry GET 429 1 0", "retry GET 429 2 0",
                "giveUp 429 3 ATTEMPTS_EXHAUSTED");
    }

    @Test
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

            @Override
            public void onGiveUp(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempts = e.attempt();
                RetryDecision.StopReason reason = e.stopReason();
                calls.incrementAndGet();
                throw new IllegalStateException("listener bug");
            }
        };
        RestClient client = client(StatusCodeRetryInterceptor.create(
                RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build(), bad));
        assertThat(get(client, "/status/503?id=" + id)).isEqualTo(503);
        assertThat(Hits.count(id)).isEqualTo(3);
        assertThat(calls).hasValue(3);
    }

    @Test
    void anInterruptEndsTheWaitAndKeepsTheInterruptStatus() throws Exception {
        String id = Hits.newId();
        RestClient client = client(StatusCodeRetryInterceptor.create());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                get(client, "/status/503?retryAfter=2&id=" + id);
            } catch (Throwable t) {
                thrown.set(t);
            }
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Hits.count(id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        caller.interrupt();
        caller.join(10_000);
        assertThat(thrown.get()).isInstanceOf(ResourceAccessException.class)
                .hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(interruptedAfter).isTrue();
        Thread.sleep(2500);
        assertThat(Hits.count(id)).isEqualTo(1);
    }

    @Test
    void rejectsANullPolicyNamingIt() {
        assertThatThrownBy(() -> StatusCodeRetryInterceptor.create(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
        assertThatThrownBy(() -> StatusCodeRetryInterceptor.create(RetryPolicy.defaults(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
    }

    /** A real request factory passed through, recording each response it returns. */
    static final class RecordingRequestFactory implements ClientHttpRequestFactory {
        final ClientHttpRequestFactory delegate;
        final List<ClosingRecorder> responses = new CopyOnWriteArrayList<>();

        RecordingRequestFactory(ClientHttpRequestFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
            ClientHttpRequest request = delegate.createRequest(uri, method);
            return new ClientHttpRequest() {
                @Override
                public ClientHttpResponse execute() throws IOException {
                    ClosingRecorder r = new ClosingRecorder(request.execute());
                    responses.add(r);
                    return r;
                }

                @Override
                public OutputStream getBody() throws IOException {
                    return request.getBody();
                }

                @Override
                public HttpMethod getMethod() {
                    return request.getMethod();
                }

                @Override
                public URI getURI() {
                    return request.getURI();
                }

                @Override
                public Map<String, Object> getAttributes() {
                    return request.getAttributes();
                }

                @Override
                public HttpHeaders getHeaders() {
                    return request.getHeaders();
                }
            };
        }
    }

    /** A real response passed through, recording whether it was closed. */
    static final class ClosingRecorder implements ClientHttpResponse {
        final ClientHttpResponse delegate;
        final AtomicBoolean closed = new AtomicBoolean();

        ClosingRecorder(ClientHttpResponse delegate) {
            this.delegate = delegate;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return delegate.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return delegate.getStatusText();
        }

        @Override
        public void close() {
            closed.set(true);
            delegate.close();
        }

        @Override
        public InputStream getBody() throws IOException {
            return delegate.getBody();
        }

        @Override
        public HttpHeaders getHeaders() {
            return delegate.getHeaders();
        }
    }
}
