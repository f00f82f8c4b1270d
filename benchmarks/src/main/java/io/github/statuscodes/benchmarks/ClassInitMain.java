package io.github.statuscodes.benchmarks;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;

/**
 * Issue #5, item 3: the time to the first {@code StatusCodes.of} in a fresh JVM, which includes
 * loading and initialising the registry and every holder class. Prints nanoseconds on one line;
 * {@code benchmarks/startup.sh} runs it in many fresh JVMs and reports the median.
 *
 * <p>With the argument {@code --detail} it also prints the time of a second call (already
 * initialised) and what the first call returned, as a sanity check.
 */
public final class ClassInitMain {
    private ClassInitMain() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        StatusCode c = StatusCodes.of(404);
        long first = System.nanoTime() - start;
        if (args.length > 0 && args[0].equals("--detail")) {
            long s2 = System.nanoTime();
            StatusCode d = StatusCodes.of(460);
            long second = System.nanoTime() - s2;
            System.out.println("first of(404): " + first + " ns -> " + c);
            System.out.println("second of(460): " + second + " ns -> " + d);
        } else {
            System.out.println(first);
        }
    }
}
