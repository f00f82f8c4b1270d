package io.github.statuscodes.benchmarks;

import jakarta.ws.rs.core.Response;

/**
 * Issue #11: the peer of {@link ClassInitMain}, timing the first call of
 * Jakarta REST {@code Response.Status.fromStatusCode}
 * in a fresh JVM (nanoseconds). {@code benchmarks/startup.sh} runs it with the same class path as
 * the others, this jar last, so that every jar is open before the timer starts.
 */
public final class JakartaInitMain {
    private JakartaInitMain() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Object status = Response.Status.fromStatusCode(404);
        long first = System.nanoTime() - start;
        System.out.println(args.length > 0 ? first + " " + status : String.valueOf(first));
    }
}
