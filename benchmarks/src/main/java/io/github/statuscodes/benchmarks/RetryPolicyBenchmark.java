package io.github.statuscodes.benchmarks;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #9: the cost of one {@link RetryPolicy#decide} next to {@code StatusCodes.of}, run with
 * {@code -prof gc}. Its hot path, a 200, must allocate nothing (0 B/op); a retry allocates its
 * {@link RetryDecision}, and a {@code Retry-After} value its parse result.
 *
 * <p>The response headers are a header accessor built once, over the headers of a typical
 * response behind nginx, as an adapter's accessor over its client's header object would be. The
 * status, method and deadline live in the state, so the JIT cannot constant-fold them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RetryPolicyBenchmark {
    private final RetryPolicy policy = RetryPolicy.defaults();
    private int ok = 200;
    private int notFound = 404;
    private int unavailable = 503;
    private String method = "GET";
    private long nanosLeft = Long.MAX_VALUE;
    private Function<String, String> headers;
    private Function<String, String> headersWithRetryAfter;

    @Setup
    public void setUp() {
        String[] plain = {"Server", "nginx/1.25.3", "Content-Type", "application/json",
            "Content-Length", "512", "Date", "Mon, 23 Nov 2026 12:00:00 GMT"};
        String[] retryAfter = {"Server", "nginx/1.25.3", "Content-Type", "application/json",
            "Retry-After", "2", "Date", "Mon, 23 Nov 2026 12:00:00 GMT"};
        headers = accessor(plain);
        headersWithRetryAfter = accessor(retryAfter);
        policy.decide(1, method, true, ok, headers, nanosLeft);
    }

    /** A header accessor over name/value pairs: a linear, case-insensitive scan, no allocation. */
    private static Function<String, String> accessor(String[] pairs) {
        return name -> {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equalsIgnoreCase(name)) {
                    return pairs[i + 1];
                }
            }
            return null;
        };
    }

    /** Reference: {@code StatusCodes.of(200)}, the lookup every decision starts from. */
    @Benchmark
    public StatusCode statusCodesOf() {
        return StatusCodes.of(ok);
    }

    /** The hot path: a 200 is final. Must be 0 B/op. */
    @Benchmark
    public RetryDecision decide200() {
        return policy.decide(1, method, true, ok, headers, nanosLeft);
    }

    /** A final error: 404 is never retried. */
    @Benchmark
    public RetryDecision decide404() {
        return policy.decide(1, method, true, notFound, headers, nanosLeft);
    }

    /** A retry after the jittered backoff. */
    @Benchmark
    public RetryDecision decide503Backoff() {
        return policy.decide(1, method, true, unavailable, headers, nanosLeft);
    }

    /** A retry after {@code Retry-After: 2}. */
    @Benchmark
    public RetryDecision decide503RetryAfter() {
        return policy.decide(1, method, true, unavailable, headersWithRetryAfter, nanosLeft);
    }

    /** A connect failure: a retry after the backoff. */
    @Benchmark
    public RetryDecision decideOnConnectFailure() {
        return policy.decideOnConnectFailure(1, true, nanosLeft);
    }
}
