package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.RetryPolicy;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * What a remote party controls (the status, Retry-After, Server) never makes the config throw,
 * and its answers stay within the policy's bounds. The responses are read by an access of the
 * test's own, as a user may write one: no client builds a response of every int.
 */
class StatusCodeRetryConfigProperties {
    static final RetryPolicy POLICY = RetryPolicy.builder()
            .backoffMax(2, TimeUnit.SECONDS).retryAfterMax(5, TimeUnit.SECONDS).build();

    /** A response as a remote party sends it, for one method (null: not known). */
    record Response(int status, @Nullable String retryAfter, @Nullable String server,
            @Nullable String method) {
    }

    static final ResponseAccess<Response> ACCESS = new ResponseAccess<>() {
        @Override
        public int status(Response r) {
            return r.status();
        }

        @Override
        public @Nullable String header(Response r, String name) {
            return name.equalsIgnoreCase("Retry-After") ? r.retryAfter()
                    : name.equalsIgnoreCase("Server") ? r.server() : null;
        }

        @Override
        public @Nullable String method(Response r) {
            return r.method();
        }
    };
    static final RetryConfig CONFIG = StatusCodeRetryConfig.create(POLICY, ACCESS);

    @Property
    void anyStatusAndHeadersGiveAnAnswerAndAWaitWithinTheCaps(@ForAll int status,
            @ForAll("headers") String retryAfter, @ForAll("headers") String server,
            @ForAll("attempts") int attempt) {
        Response get = new Response(status, retryAfter, server, "GET");
        boolean retried = CONFIG.<Response>getResultPredicate().test(get);
        long wait = CONFIG.<Response>getIntervalBiFunction().apply(attempt, Either.right(get));
        assertThat(wait).isBetween(0L, 5000L);
        if (status < 100 || status > 999) {
            assertThat(retried).as("a status outside 100..999 is never retried").isFalse();
        }
        if (status >= 200 && status < 300) {
            assertThat(retried).as("a success is the answer").isFalse();
        }
        // An unknown method counts as a POST: never retried where a GET is not.
        if (CONFIG.<Response>getResultPredicate().test(
                new Response(status, retryAfter, server, null))) {
            assertThat(retried).isTrue();
        }
        assertThat(CONFIG.<Response>getResultPredicate().test(
                new Response(status, retryAfter, server, "POST")))
                .isEqualTo(CONFIG.<Response>getResultPredicate().test(
                        new Response(status, retryAfter, server, null)));
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.integers().between(-5, 100_000).map(String::valueOf),
                Arbitraries.of("cloudflare", "nginx", "awselb/2.0",
                        "Mon, 23 Nov 2026 12:00:05 GMT", "Sunday, 06-Nov-94 08:49:37 GMT"))
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<Integer> attempts() {
        return Arbitraries.integers().between(1, 100);
    }
}
