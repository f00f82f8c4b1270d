package io.github.statuscodes.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.jdkhttp.ScriptedServer.Answer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Arbitrary scripted server answers (status, Retry-After, vendor banner) through the real JDK
 * client on loopback: the attempts the server counts are exactly those the policy asks for, the
 * same for {@code send} and {@code sendAsync}, and the response returned is the last one the
 * server sent, through the caller's handler. The adapter only translates; the policy decides.
 */
class RetryProperties {
    private static final List<Integer> CODES = List.of(200, 201, 204, 301, 400, 401, 404, 408,
            409, 425, 429, 460, 499, 500, 501, 502, 503, 504, 520, 521, 524, 529, 530, 590, 599,
            999);

    private static ScriptedServer server;
    private static HttpClient bare;

    @BeforeContainer
    static void start() throws IOException {
        server = new ScriptedServer();
        bare = HttpClient.newHttpClient();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<Answer> answer() {
        Arbitrary<Integer> status = Arbitraries.of(CODES);
        // Any printable value a server may send, as well as the meaningful ones; a header may
        // come on several lines.
        Arbitrary<String> junk = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30)
                .filter(v -> v.equals(v.strip()));
        Arbitrary<List<String>> retryAfter = Arbitraries.oneOf(
                Arbitraries.of("0", "3600", "soon", "Thu, 01 Jan 1970 00:00:00 GMT"), junk)
                .list().ofMaxSize(2);
        Arbitrary<List<String>> server = Arbitraries.oneOf(
                Arbitraries.of("cloudflare", "nginx", "awselb/2.0", "Microsoft-IIS/10.0"), junk)
                .list().ofMaxSize(2);
        return Combinators.combine(status, retryAfter, server).as((code, after, banner) -> {
            Map<String, List<String>> headers = new HashMap<>();
            if (!after.isEmpty()) {
                headers.put("Retry-After", after);
            }
            if (!banner.isEmpty()) {
                headers.put("Server", banner);
            }
            return new Answer(code, Map.copyOf(headers), "response with " + code);
        });
    }

    @Provide
    Arbitrary<String> method() {
        return Arbitraries.of("GET", "DELETE", "PUT", "POST", "PATCH");
    }

    @Property(tries = 150)
    void attemptsAreExactlyWhatThePolicyDecides(
            @ForAll("answer") Answer a1, @ForAll("answer") Answer a2,
            @ForAll("answer") Answer a3, @ForAll("answer") Answer a4,
            @ForAll("method") String method, @ForAll @IntRange(min = 1, max = 4) int maxAttempts)
            throws Exception {
        List<Answer> script = List.of(a1, a2, a3, a4);
        // No backoff, and Retry-After honoured only when it asks for no wait: the attempts are
        // what is checked here, not the waits.
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(maxAttempts)
                .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO)
                .retryAfterMax(Duration.ofMillis(500)).build();
        int expected = attemptsThePolicyAsksFor(policy, method, script);
        Answer last = script.get(expected - 1);
        HttpClient client = RetryingHttpClient.wrap(bare, policy);
        HttpRequest request = HttpRequest.newBuilder(server.uri())
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? BodyPublishers.noBody() : BodyPublishers.ofString("payload"))
                .build();

        server.script(answers(script)).reset();
        HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
        assertThat(server.requests()).isEqualTo(expected);
        assertReturned(response, last);

        server.reset();
        response = client.sendAsync(request, BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
        assertThat(server.requests()).isEqualTo(expected);
        assertReturned(response, last);
    }

    private static ScriptedServer.Answer[] answers(List<Answer> script) {
        return script.toArray(new Answer[0]);
    }

    private static void assertReturned(HttpResponse<String> response, Answer last) {
        assertThat(response.statusCode()).isEqualTo(last.status());
        String body = last.status() == 204 ? "" : last.body();
        assertThat(response.body()).isEqualTo(body);
    }

    /** The engine's own answer for the script, asked the way the HTTP exchange would. */
    private static int attemptsThePolicyAsksFor(RetryPolicy policy, String method,
            List<Answer> script) {
        for (int n = 1; ; n++) {
            Answer a = script.get(n - 1);
            RetryDecision d = policy.decide(n, method, true, a.status(), name -> {
                for (Map.Entry<String, List<String>> e : a.headers().entrySet()) {
                    if (e.getKey().equalsIgnoreCase(name)) {
                        return String.join(", ", e.getValue());
                    }
                }
                return null;
            }, Long.MAX_VALUE);
            if (!d.isRetry()) {
                return n;
            }
        }
    }
}
