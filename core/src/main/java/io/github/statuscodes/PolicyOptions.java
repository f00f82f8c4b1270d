package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.DoubleSupplier;

/**
 * The option values of a {@link RetryPolicy}, with their defaults and argument checks: mutable
 * inside a {@link RetryPolicy.Builder}, copied into each policy and never changed there.
 */
final class PolicyOptions {
    /** The default jitter source; an anonymous class rather than a lambda keeps indy out. */
    private static final DoubleSupplier THREAD_LOCAL_RANDOM = new DoubleSupplier() {
        @Override
        public double getAsDouble() {
            return ThreadLocalRandom.current().nextDouble();
        }
    };

    int maxAttempts = RetryPolicy.DEFAULT_MAX_ATTEMPTS;
    long backoffBaseNanos = RetryPolicy.DEFAULT_BACKOFF_BASE.toNanos();
    long backoffMaxNanos = RetryPolicy.DEFAULT_BACKOFF_MAX.toNanos();
    boolean jitter = true;
    long retryAfterMaxNanos = RetryPolicy.DEFAULT_RETRY_AFTER_MAX.toNanos();
    /** {@link Long#MAX_VALUE} for no call timeout. */
    long callTimeoutNanos = Long.MAX_VALUE;
    StatusRegistry registry = StatusRegistry.defaults();
    Set<String> retryNonIdempotent = Set.of();
    /** Null for the built-in retryability rule. */
    BiPredicate<? super StatusCode, ? super String> retryPredicate;
    DoubleSupplier random = THREAD_LOCAL_RANDOM;
    Clock clock = Clock.systemUTC();

    PolicyOptions copy() {
        PolicyOptions c = new PolicyOptions();
        c.maxAttempts = maxAttempts;
        c.backoffBaseNanos = backoffBaseNanos;
        c.backoffMaxNanos = backoffMaxNanos;
        c.jitter = jitter;
        c.retryAfterMaxNanos = retryAfterMaxNanos;
        c.callTimeoutNanos = callTimeoutNanos;
        c.registry = registry;
        c.retryNonIdempotent = retryNonIdempotent;
        c.retryPredicate = retryPredicate;
        c.random = random;
        c.clock = clock;
        return c;
    }

    /** A non-negative duration in nanoseconds, saturated. */
    static long nanos(Duration d, String name) {
        Checks.notNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " is " + d + "; it must be zero or more");
        }
        return saturatedNanos(d);
    }

    /** A non-negative amount of {@code unit} in nanoseconds, saturated. */
    static long nanos(long amount, TimeUnit unit, String name) {
        Checks.notNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException(name + " is " + amount + " " + unit
                    + "; it must be zero or more");
        }
        return unit.toNanos(amount);
    }

    /** {@code d.toNanos()}, or the nearest long where it overflows. */
    static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Sets the call timeout: zero means none, stored as {@link Long#MAX_VALUE}. */
    void callTimeout(long nanos) {
        callTimeoutNanos = nanos == 0 ? Long.MAX_VALUE : nanos;
    }

    /** A copy for a new policy, after the checks that span several options. */
    PolicyOptions checkedCopy() {
        if (backoffBaseNanos > backoffMaxNanos) {
            throw new IllegalArgumentException("backoffBase " + Duration.ofNanos(backoffBaseNanos)
                    + " is longer than backoffMax " + Duration.ofNanos(backoffMaxNanos)
                    + "; raise backoffMax or lower backoffBase");
        }
        return copy();
    }

    /** An immutable set of HTTP method tokens (RFC 9110 §9.1: a token), each checked. */
    static Set<String> methods(String... methods) {
        Checks.notNull(methods, "methods");
        for (int i = 0; i < methods.length; i++) {
            String m = Checks.notNull(methods[i], "methods[" + i + "]");
            if (m.isEmpty()) {
                throw new IllegalArgumentException("methods[" + i + "] is empty; pass method"
                        + " names like \"POST\"");
            }
            for (int j = 0; j < m.length(); j++) {
                char c = m.charAt(j);
                if (!Checks.isTokenChar(c)) {
                    throw new IllegalArgumentException("methods[" + i + "] " + Checks.quote(m)
                            + " is not an HTTP method token; it has a forbidden character at"
                            + " index " + j);
                }
            }
        }
        return Set.copyOf(Arrays.asList(methods));
    }

    static int maxAttempts(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts is " + maxAttempts
                    + "; it must be 1 or more (1 sends each request once, without retries)");
        }
        return maxAttempts;
    }

    static void checkAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is " + attempt
                    + "; it counts the attempts sent so far, the current one included, from 1");
        }
    }
}
