package io.github.statuscodes.benchmarks;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Issue #5, item 1: the lookup of a status code by number, this library against what a user
 * would use instead, on the same 16-code mix ({@link Inputs#CODES}).
 *
 * <p>Each invocation looks up the next code of the mix: the index lives in the state, so the JIT
 * can neither constant-fold the code nor hoist the lookup. Every benchmark returns its result, so
 * JMH's implicit blackhole consumes it. The two baselines do the same index arithmetic and one
 * array load ({@code int[]}) or two ({@code StatusCode[]} by {@code code - 100}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class LookupBenchmark {
    private final int[] codes = Inputs.CODES.clone();
    private int i;

    /** What a bare array load would return: the same objects {@code of(int)} does. */
    private StatusCode[] table;
    private Map<Integer, StatusCode> map;

    @Setup
    public void setUp() {
        table = new StatusCode[900];
        map = new HashMap<>();
        for (int code = 100; code <= 999; code++) {
            table[code - 100] = StatusCodes.of(code);
        }
        for (StatusCode c : StatusCodes.all()) {
            map.putIfAbsent(c.code(), StatusCodes.of(c.code()));
        }
        // Load every peer class now so no benchmark pays for another's class initialisation.
        HttpStatus.resolve(200);
        HttpResponseStatus.valueOf(200);
        Response.Status.fromStatusCode(200);
    }

    private int next() {
        return codes[i++ & Inputs.MASK];
    }

    /** Baseline: the index arithmetic and one {@code int[]} load, no lookup at all. */
    @Benchmark
    public int baselineIntArray() {
        return next();
    }

    /** Baseline: a bare {@code StatusCode[]} load by {@code code - 100}, no bounds message. */
    @Benchmark
    public StatusCode baselineArrayLoad() {
        return table[next() - 100];
    }

    /** This library: {@code StatusCodes.of(int)}. */
    @Benchmark
    public StatusCode statusCodesOf() {
        return StatusCodes.of(next());
    }

    /** A plain {@code HashMap<Integer, StatusCode>}: boxing plus a hash lookup; null on a miss. */
    @Benchmark
    public StatusCode hashMapGet() {
        return map.get(next());
    }

    /** Spring's {@code HttpStatus.resolve}: a linear scan of the enum; null on a miss. */
    @Benchmark
    public HttpStatus springHttpStatusResolve() {
        return HttpStatus.resolve(next());
    }

    /**
     * Spring's {@code HttpStatusCode.valueOf}: {@code resolve}, else a new
     * {@code DefaultHttpStatusCode}. ({@code HttpStatus.valueOf} would throw for 460, 499, 520,
     * 522 and 999, so it cannot run this mix.)
     */
    @Benchmark
    public HttpStatusCode springHttpStatusCodeValueOf() {
        return HttpStatusCode.valueOf(next());
    }

    /** Netty's {@code HttpResponseStatus.valueOf}: a switch, else a new instance. */
    @Benchmark
    public HttpResponseStatus nettyValueOf() {
        return HttpResponseStatus.valueOf(next());
    }

    /** Jakarta REST's {@code Response.Status.fromStatusCode}: a scan of {@code values()}. */
    @Benchmark
    public Response.Status jakartaFromStatusCode() {
        return Response.Status.fromStatusCode(next());
    }
}
