package io.github.statuscodes.benchmarks;

import feign.Feign;
import feign.RequestLine;
import io.github.statuscodes.feign.StatusCodeCapability;
import java.io.IOException;
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
 * A GET to the JDK's own HttpServer on loopback through a Feign client on Feign's default client
 * ({@code HttpURLConnection}), bare and with {@code StatusCodeCapability.create()} (the default
 * policy). The server always answers {@code 200} with a small JSON body, so no retry happens:
 * this measures what the capability adds to a call that succeeds (its client wrapper, one call
 * state and one policy decision per call).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class FeignBenchmark {
    /** The backend as a Feign interface. */
    public interface Orders {
        @RequestLine("GET /orders/42")
        String order();
    }

    private LoopbackServer server;
    private Orders bare;
    private Orders withCapability;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new LoopbackServer();
        bare = Feign.builder().target(Orders.class, server.url());
        withCapability = Feign.builder().addCapability(StatusCodeCapability.create())
                .target(Orders.class, server.url());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    /** The bare Feign call, with Feign's own {@code Retryer.Default}. */
    @Benchmark
    public String bareFeign() {
        return bare.order();
    }

    /** The same call with {@code StatusCodeCapability}. */
    @Benchmark
    public String withStatusCodeCapability() {
        return withCapability.order();
    }
}
