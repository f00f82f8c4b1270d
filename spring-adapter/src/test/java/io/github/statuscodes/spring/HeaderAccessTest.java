package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The header accessor joins repeated values in linear time, counted in bytes allocated (a
 * measure that does not flake like a wall-clock threshold): joining 40,000 {@code Vary} values
 * by concatenation would allocate about 40,000² × 8 / 2 bytes, gigabytes; one builder allocates a
 * small multiple of the result, and twice the values cost about twice as much.
 */
class HeaderAccessTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static HttpHeaders vary(int n) {
        HttpHeaders h = new HttpHeaders();
        for (int i = 0; i < n; i++) {
            h.add("Vary", "Origin");
        }
        return h;
    }

    /** Bytes the current thread allocates to join the values of {@code h}; the result checked. */
    private static long allocatedToJoin(HttpHeaders h, int n) {
        HeaderAccess access = new HeaderAccess(h);
        access.apply("vary");   // warm up: class loading and first-call allocation
        long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        String joined = access.apply("VARY");
        long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(joined).hasSize(n * "Origin, ".length() - 2).startsWith("Origin, Origin")
                .endsWith("Origin");
        return allocated;
    }

    @Test
    void joinsFortyThousandVaryValuesInLinearTime() {
        assertThat(THREADS.isThreadAllocatedMemorySupported()).isTrue();
        THREADS.setThreadAllocatedMemoryEnabled(true);
        long twenty = allocatedToJoin(vary(20_000), 20_000);
        long forty = allocatedToJoin(vary(40_000), 40_000);
        long resultBytes = 40_000L * "Origin, ".length();

        assertThat(forty).as("bytes allocated for 40,000 values").isLessThan(8 * resultBytes);
        assertThat((double) forty / twenty).as("40,000 values against 20,000")
                .isBetween(1.5, 3.0);
    }
}
