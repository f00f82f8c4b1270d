package io.github.statuscodes.benchmarks;

import org.springframework.http.HttpStatus;

/**
 * Issue #11: the peer of {@link ClassInitMain}, timing the first call of
 * Spring {@code HttpStatus.resolve}
 * in a fresh JVM (nanoseconds). {@code benchmarks/startup.sh} runs it with the same class path as
 * the others, this jar last, so that every jar is open before the timer starts.
 */
public final class SpringInitMain {
    private SpringInitMain() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Object status = HttpStatus.resolve(404);
        long first = System.nanoTime() - start;
        System.out.println(args.length > 0 ? first + " " + status : String.valueOf(first));
    }
}
