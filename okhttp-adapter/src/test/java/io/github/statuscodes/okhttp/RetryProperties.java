package io.github.statuscodes.okhttp;

import static io.github.statuscodes.okhttp.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.Retryability;
import io.github.statuscodes.okhttp.Fixtures.RecordingSleeper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jetbrains.annotations.NotNull;

/**
 * Properties over random sequences of server answers, against a real server: the interceptor
 * never sends more than {@code maxAttempts} requests, never retries a code that is not retryable
 * for the method, and returns the last response the server sent. The oracle is independent of
 * the implementation: the retryability table DESIGN.md fixes (see {@link Fixtures#EXPECTED}) and
 * the idempotent methods of RFC 9110 §9.2.2.
 */
// This class tests the deprecated 0.1.0 builder setters on purpose.
@SuppressWarnings("deprecation")
class RetryProperties {
    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");
    /** The codes a server answers with; 590 is unregistered, so its class default applies. */
    private static final List<Integer> CODES =
            List.of(200, 201, 400, 404, 408, 429, 460, 500, 502, 503, 504, 520, 521, 590);

    private static MockWebServer server;
    /** retryOnConnectionFailure(false): OkHttp does not resend 408s on its own. */
    private static OkHttpClient quietClient;
    /** OkHttp's defaults: it resends a 408, and a 503 with Retry-After: 0, once. */
    private static OkHttpClient defaultClient;
    private static final AtomicReference<List<Answer>> SCRIPT = new AtomicReference<>(List.of());
    private static final AtomicInteger SERVED = new AtomicInteger();

    /** One answer of the server: a code, with or without {@code Retry-After: 0}. */
    static final class Answer {
        final int code;
        final boolean retryAfterZero;

        Answer(int code, boolean retryAfterZero) {
            this.code = code;
            this.retryAfterZero = retryAfterZero;
        }

        @Override
        public String toString() {
            return code + (retryAfterZero ? "(Retry-After: 0)" : "");
        }
    }

    @BeforeContainer
    static void startServer() throws IOException {
        server = Fixtures.newServer();
        server.setDispatcher(new Dispatcher() {
            @NotNull
            @Override
            public MockResponse dispatch(@NotNull RecordedRequest request) {
                int n = SERVED.incrementAndGet();
                List<Answer> script = SCRIPT.get();
                Answer a = n <= script.size() ? script.get(n - 1) : new Answer(200, false);
                MockResponse r = new MockResponse().setResponseCode(a.code).setBody("response #" + n);
                if (a.retryAfterZero) {
                    r.addHeader("Retry-After: 0");
                }
                return r;
            }
        });
        server.start();
        defaultClient = new OkHttpClient();
        quietClient = defaultClient.newBuilder().retryOnConnectionFailure(false).build();
    }

    @AfterContainer
    static void stopServer() throws IOException {
        server.shutdown();
    }

    @BeforeTry
    void resetServer() {
        SERVED.set(0);
    }

    @Provide
    Arbitrary<List<Answer>> answers() {
        return Arbitraries.of(CODES).map(c -> new Answer(c, false)).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Answers that include OkHttp's own triggers: 408s and 503s with {@code Retry-After: 0}. */
    @Provide
    Arbitrary<List<Answer>> answersOkHttpRetries() {
        Arbitrary<Answer> answer = Combinators.combine(Arbitraries.of(CODES),
                Arbitraries.of(true, false)).as((c, zero) -> new Answer(c, zero && c == 503));
        return answer.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "PUT", "DELETE", "POST", "PATCH");
    }

    @Property(tries = 150)
    void attemptsNeverExceedTheMaximum(@ForAll("answers") List<Answer> answers,
            @ForAll @IntRange(min = 1, max = 5) int maxAttempts, @ForAll("methods") String method)
            throws IOException {
        Outcome o = call(quietClient, answers, maxAttempts, method);
        assertThat(o.requests).isBetween(1, maxAttempts);
        assertThat(o.requests).isEqualTo(expectedRequests(answers, maxAttempts, method));
    }

    @Property(tries = 150)
    void aNonRetryableCodeIsNeverRetried(@ForAll("answers") List<Answer> answers,
            @ForAll @IntRange(min = 1, max = 5) int maxAttempts, @ForAll("methods") String method)
            throws IOException {
        Outcome o = call(quietClient, answers, maxAttempts, method);
        // Every answer but the last one the server sent was retryable for the method.
        for (int i = 0; i < o.requests - 1; i++) {
            assertThat(retryable(answer(answers, i).code, method))
                    .as("request %d after answer %s to %s", i + 2, answer(answers, i), method)
                    .isTrue();
        }
        // And the interceptor stopped at the first one that was not.
        if (!retryable(o.code, method)) {
            assertThat(o.requests - 1).isEqualTo(firstNotRetryable(answers, method));
        }
    }

    @Property(tries = 150)
    void theFinalResponseIsTheLastOneReceived(@ForAll("answers") List<Answer> answers,
            @ForAll @IntRange(min = 1, max = 5) int maxAttempts, @ForAll("methods") String method)
            throws IOException {
        Outcome o = call(quietClient, answers, maxAttempts, method);
        assertThat(o.body).isEqualTo("response #" + o.requests);
        assertThat(o.code).isEqualTo(answer(answers, o.requests - 1).code);
    }

    @Property(tries = 150)
    void okHttpsOwnRetriesAreCountedNotMultiplied(
            @ForAll("answersOkHttpRetries") List<Answer> answers,
            @ForAll @IntRange(min = 1, max = 5) int maxAttempts, @ForAll("methods") String method)
            throws IOException {
        Outcome o = call(defaultClient, answers, maxAttempts, method);
        int[] model = modelWithOkHttpRetries(answers, maxAttempts, method);
        assertThat(o.requests).as("requests").isEqualTo(model[0]);
        assertThat(o.code).isEqualTo(answer(answers, o.requests - 1).code);
        assertThat(o.body).isEqualTo("response #" + o.requests);
        // The interceptor starts no attempt once maxAttempts requests were sent.
        assertThat(model[1]).as("requests sent before the last attempt").isLessThan(maxAttempts);
    }

    private static final class Outcome {
        int requests;
        int code;
        String body;
    }

    private Outcome call(OkHttpClient base, List<Answer> answers, int maxAttempts, String method)
            throws IOException {
        SCRIPT.set(answers);
        OkHttpClient client = base.newBuilder().addInterceptor(StatusCodeInterceptor.builder()
                .registry(Fixtures.REGISTRY).sleeper(new RecordingSleeper())
                .maxAttempts(maxAttempts).build()).build();
        Outcome o = new Outcome();
        try (Response r = client.newCall(request(server.url("/"), method)).execute()) {
            o.code = r.code();
            o.body = r.body().string();
        }
        o.requests = SERVED.get();
        return o;
    }

    private static Answer answer(List<Answer> answers, int i) {
        return i < answers.size() ? answers.get(i) : new Answer(200, false);
    }

    private static boolean retryable(int code, String method) {
        Retryability r = Fixtures.EXPECTED.get(code);
        if (r == null) {
            r = code >= 500 ? Retryability.IDEMPOTENT_ONLY : Retryability.NEVER;
        }
        return r == Retryability.ALWAYS
                || r == Retryability.IDEMPOTENT_ONLY && IDEMPOTENT.contains(method);
    }

    private static int firstNotRetryable(List<Answer> answers, String method) {
        int i = 0;
        while (retryable(answer(answers, i).code, method)) {
            i++;
        }
        return i;
    }

    private static int expectedRequests(List<Answer> answers, int maxAttempts, String method) {
        int sent = 0;
        while (true) {
            Answer a = answer(answers, sent);
            sent++;
            if (!retryable(a.code, method) || sent >= maxAttempts) {
                return sent;
            }
        }
    }

    /**
     * Models OkHttp's RetryAndFollowUpInterceptor (4.12 and 5.x): inside one proceed() it sends
     * the same request again after a 408 (unless the previous answer was a 408) and after a 503
     * with Retry-After: 0 (unless the previous answer was a 503).
     *
     * @return the requests sent in all, and those sent before the interceptor's last attempt
     */
    private static int[] modelWithOkHttpRetries(List<Answer> answers, int maxAttempts,
            String method) {
        int sent = 0;
        while (true) {
            int beforeAttempt = sent;
            Answer prior = null;
            Answer a = answer(answers, sent++);
            while (a.code == 408 && (prior == null || prior.code != 408)
                    || a.code == 503 && a.retryAfterZero && (prior == null || prior.code != 503)) {
                prior = a;
                a = answer(answers, sent++);
            }
            if (!retryable(a.code, method) || sent >= maxAttempts) {
                return new int[] {sent, beforeAttempt};
            }
        }
    }
}
