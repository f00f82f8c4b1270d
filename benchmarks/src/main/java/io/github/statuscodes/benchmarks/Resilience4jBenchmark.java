package io.github.statuscodes.benchmarks;

import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.resilience4j.ResponseAccess;
import io.github.statuscodes.resilience4j.StatusCodeRetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A GET to the JDK's own HttpServer on loopback through the JDK client, decorated by a
 * Resilience4j {@code Retry}: with Resilience4j's defaults (retries exceptions, never a result),
 * with {@code StatusCodeRetryConfig.create} (the default policy), and with that retry wrapped by
 * {@code StatusCodeRetryConfig.wrap} (core's per-call state, no listener); and, as a floor, the
 * bare call. The server always answers {@code 200}, so no retry happens: this measures what the
 * config's predicate, and the wrap's per-call state, add to a call that succeeds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class Resilience4jBenchmark {
    private LoopbackServer server;
    private HttpClient client;
    private HttpRequest request;
    private Retry defaults;
    private Retry statusCodes;
    private Retry wrapped;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new LoopbackServer();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(URI.create(server.url() + "/orders/42")).build();
        defaults = Retry.ofDefaults("defaults");
        statusCodes = Retry.of("statuscodes",
                StatusCodeRetryConfig.create(RetryPolicy.defaults(), ResponseAccess.jdk()));
        wrapped = StatusCodeRetryConfig.wrap(Retry.of("wrapped",
                StatusCodeRetryConfig.create(RetryPolicy.defaults(), ResponseAccess.jdk())),
                io.github.statuscodes.RetryListener.NONE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    private HttpResponse<String> send() throws IOException, InterruptedException {
        return client.send(request, BodyHandlers.ofString());
    }

    /** The bare call, without Resilience4j. */
    @Benchmark
    public String noRetry() throws Exception {
        return send().body();
    }

    /** The call decorated by {@code Retry.ofDefaults}. */
    @Benchmark
    public String retryDefaults() throws Exception {
        return defaults.executeCallable(this::send).body();
    }

    /** The call decorated by a {@code Retry} of {@code StatusCodeRetryConfig.create}. */
    @Benchmark
    public String statusCodeRetryConfig() throws Exception {
        return statusCodes.executeCallable(this::send).body();
    }

    /** The same, wrapped by {@code StatusCodeRetryConfig.wrap}. */
    @Benchmark
    public String statusCodeRetryConfigWrapped() throws Exception {
        return wrapped.executeCallable(this::send).body();
    }
}
