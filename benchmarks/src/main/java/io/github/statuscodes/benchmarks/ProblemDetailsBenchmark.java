package io.github.statuscodes.benchmarks;

import io.github.statuscodes.ProblemDetails;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #5, item 5: rendering a typical Problem Details body, a 503 with a detail, an instance and
 * one extension member:
 * <pre>{@code
 * {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4","title":"Service Unavailable",
 *  "status":503,"detail":"Down for maintenance until 14:00 UTC; retry after 120 s",
 *  "instance":"/orders/8c5e2f1a","vendor":"iana","retryable":true,"retryAfter":120}
 * }</pre>
 * The reference is a bare string concatenation of the same members with no escaping at all: the
 * floor any renderer pays for building the text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ProblemDetailsBenchmark {
    private StatusCode status;
    private String detail;
    private URI instance;
    private ProblemDetails built;
    private final StringBuilder buffer = new StringBuilder(512);

    @Setup
    public void setUp() {
        status = StatusCodes.of(503);
        detail = "Down for maintenance until 14:00 UTC; retry after 120 s";
        instance = URI.create("/orders/8c5e2f1a");
        built = newProblem();
    }

    private ProblemDetails newProblem() {
        return ProblemDetails.builder(status)
                .detail(detail)
                .instance(instance)
                .member("retryAfter", 120)
                .build();
    }

    /** Build and render, as an adapter does per response. */
    @Benchmark
    public String buildAndToJson() {
        return newProblem().toJson();
    }

    /** Render an already built object to a new String. */
    @Benchmark
    public String toJson() {
        return built.toJson();
    }

    /** Render into a reused buffer: the writer's own cost, without the String copy. */
    @Benchmark
    public int writeToReusedBuffer() throws IOException {
        buffer.setLength(0);
        built.writeTo(buffer);
        return buffer.length();
    }

    /** Reference: the same text by plain concatenation, no escaping, no builder. */
    @Benchmark
    public String referenceConcat() {
        return "{\"type\":\"" + status.documentation() + "\",\"title\":\"" + status.reasonPhrase()
                + "\",\"status\":" + status.code() + ",\"detail\":\"" + detail
                + "\",\"instance\":\"" + instance + "\",\"vendor\":\"" + status.vendor().id()
                + "\",\"retryable\":" + status.isRetryable() + ",\"retryAfter\":" + 120 + "}";
    }
}
