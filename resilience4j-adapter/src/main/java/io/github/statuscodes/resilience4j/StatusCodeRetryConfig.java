package io.github.statuscodes.resilience4j;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.ConnectFailures;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Builds a Resilience4j {@link RetryConfig} from a {@link RetryPolicy}, so that a Resilience4j
 * {@code Retry} retries exactly what the policy retries: the result predicate and the wait come
 * from {@link RetryPolicy#decide}, connect failures are the retryable exceptions, and the attempts
 * are the policy's. A POST is never retried on a response that only an idempotent request may
 * repeat (a Cloudflare 520, a 500).
 *
 * <p>Resilience4j asks its result predicate without the attempt number: in its synchronous
 * context the predicate keeps the attempt on the caller's thread, in its async one the wait
 * function ends the call where the policy stops (docs/resilience4j.md). A retried response is
 * released ({@link ResponseAccess#release}) before the next attempt. Resilience4j does not say
 * when a call started, so of the policy's {@link RetryPolicy#callTimeout()} only this holds: a
 * wait longer than the whole call timeout is not taken, and the call ends there. {@link #wrap} gives each call core's per-call state: the call timeout in
 * full, and core's {@code RetryListener} events (docs/resilience4j.md). When the attempts run out
 * the last response is returned, not an exception. Thread-safe.
 *
 * <pre>{@code
 * Retry retry = Retry.of("backend",
 *         StatusCodeRetryConfig.create(RetryPolicy.defaults(), ResponseAccess.jdk()));
 * HttpResponse<String> r = retry.executeCallable(
 *         () -> client.send(request, BodyHandlers.ofString()));
 * }</pre>
 *
 * @since 0.3.0
 */
public final class StatusCodeRetryConfig {
    private StatusCodeRetryConfig() {
    }

    /**
     * Returns a config that retries as {@code policy} decides on responses read by
     * {@code access}.
     *
     * @param policy the retry policy
     * @param access reads the client's responses, e.g. {@link ResponseAccess#jdk()}
     * @param <T> the response type
     * @return a new config
     * @throws NullPointerException if {@code policy} or {@code access} is null
     */
    public static <T> RetryConfig create(RetryPolicy policy, ResponseAccess<T> access) {
        return customize(RetryConfig.<T>custom(), policy, access).build();
    }

    /**
     * Sets on {@code builder} the policy's attempts, the result predicate, the wait, the
     * retryable exceptions, and that the last response is returned when the attempts run out;
     * the builder's other options stay.
     *
     * @param builder a Resilience4j builder, e.g. one a {@code RetryConfigCustomizer} is given
     * @param policy the retry policy
     * @param access reads the client's responses
     * @param <T> the response type
     * @return {@code builder}
     * @throws NullPointerException if any argument is null
     */
    public static <T> RetryConfig.Builder<T> customize(RetryConfig.Builder<T> builder,
            RetryPolicy policy, ResponseAccess<T> access) {
        Checks.notNull(builder, "builder");
        Checks.notNull(policy, "policy");
        Checks.notNull(access, "access");
        Result<T> result = new Result<>(policy, access);
        return builder.maxAttempts(policy.maxAttempts())
                .retryOnResult(result)
                .intervalBiFunction(interval(result))
                .retryOnException(new Failure(result))
                .retryExceptions()
                .ignoreExceptions()
                .failAfterMaxAttempts(false);
    }

    /**
     * Returns {@code retry} reporting to {@code listener}: each call it runs drives core's
     * per-call state, so the listener gets the same {@link io.github.statuscodes.RetryEvent}s as
     * from every other adapter (each retry, each give-up with its reason), and the policy's
     * {@link RetryPolicy#callTimeout()} holds in full, from the start of each call. The future
     * its {@code executeCompletionStage} returns stops the attempts once the caller has
     * cancelled or completed it (a {@code TimeLimiter}). Resilience4j still waits, counts and
     * publishes its own events and metrics.
     *
     * <pre>{@code
     * Retry retry = StatusCodeRetryConfig.wrap(Retry.of("backend",
     *         StatusCodeRetryConfig.create(policy, ResponseAccess.jdk())), listener);
     * }</pre>
     *
     * @param retry a retry whose config {@link #create} or {@link #customize} made, e.g. from a
     *     {@code RetryRegistry}
     * @param listener core's listener
     * @return a retry that decorates calls as {@code retry} does and reports them
     * @throws NullPointerException if {@code retry} or {@code listener} is null
     * @throws IllegalArgumentException if {@code retry}'s result predicate is not this class's,
     *     or its {@code maxAttempts} is not the policy's
     * @since 0.3.0
     */
    public static Retry wrap(Retry retry, io.github.statuscodes.RetryListener listener) {
        Checks.notNull(retry, "retry");
        Checks.notNull(listener, "listener");
        Object predicate = retry.getRetryConfig().getResultPredicate();
        if (!(predicate instanceof Result)) {
            throw new IllegalArgumentException("retry '" + retry.getName() + "' has the result "
                    + "predicate " + predicate + "; it must be one StatusCodeRetryConfig.create "
                    + "or customize set");
        }
        Result<?> result = (Result<?>) predicate;
        int attempts = retry.getRetryConfig().getMaxAttempts();
        if (attempts != result.policy.maxAttempts()) {
            throw new IllegalArgumentException("retry '" + retry.getName() + "' has maxAttempts "
                    + attempts + "; it must be the policy's, " + result.policy.maxAttempts());
        }
        return new ReportingRetry<>(retry, result.policy, result.access, listener);
    }

    /** The result predicate: whether the policy retries the response (docs/resilience4j.md). */
    static <T> Predicate<T> result(RetryPolicy policy, ResponseAccess<T> access) {
        return new Result<>(policy, access);
    }

    /**
     * The policy's wait after attempt {@code n}: Retry-After or the backoff, in ms; the decision
     * is the one a reporting call or the result predicate made on the outcome where there is one.
     * A response that is retried is released here, where the retry is certain.
     */
    static <T> IntervalBiFunction<T> interval(Result<T> result) {
        RetryPolicy policy = result.policy;
        return (attempt, outcome) -> {
            Object subject = outcome.isLeft() ? outcome.getLeft() : outcome.get();
            RetryDecision d = Handoff.of(subject);
            if (d == null) {
                d = CallerThread.waitsAfter(result, subject);
            }
            if (d == null) {
                d = outcome.isLeft()
                        ? policy.decideOnConnectFailure(attempt, true, policy.remainingNanos(0))
                        : decide(policy, result.access, attempt, outcome.get());
            }
            if (!d.isRetry()) {
                // Resilience4j's async context ends the call on a negative wait; its synchronous
                // one cannot be stopped here (its predicate decides with the attempt number).
                return CallerThread.asynchronous() ? -1L : 0L;
            }
            if (outcome.isRight() && outcome.get() != null) {
                result.access.release(outcome.get());
            }
            // Round up so that Retry-After: 1 waits a full second.
            return ceilMillis(d.delayNanos());
        };
    }

    private static <T> RetryDecision decide(RetryPolicy policy, ResponseAccess<T> access,
            int attempt, T response) {
        String method = access.method(response);
        Function<String, @Nullable String> headers = name -> access.header(response, name);
        return policy.decide(attempt, method == null || method.isEmpty() ? "POST" : method, true,
                access.status(response), headers, policy.remainingNanos(0));
    }

    /** The result predicate; it names the policy and access, for {@link #wrap}. */
    static final class Result<T> implements Predicate<T> {
        final RetryPolicy policy;
        final ResponseAccess<T> access;

        Result(RetryPolicy policy, ResponseAccess<T> access) {
            this.policy = policy;
            this.access = access;
        }

        @Override
        public boolean test(T response) {
            if (response == null) {
                if (CallerThread.nextAttempt(this) > 1 && CallerThread.synchronous()) {
                    CallerThread.ended();
                }
                return false;
            }
            RetryDecision handed = Handoff.of(response);
            if (handed != null) {
                return Handoff.counts(handed);
            }
            int attempt = CallerThread.nextAttempt(this);
            RetryDecision d = decide(policy, access, attempt, response);
            if (attempt == 1 && !Handoff.counts(d)) {
                return false;   // a first attempt that is not retried: nothing to keep
            }
            if (!CallerThread.synchronous()) {
                // Async: no attempt number; the wait function decides with it, and may stop.
                return (attempt == 1 ? d : decide(policy, access, 1, response)).isRetry();
            }
            return keep(this, response, attempt, d);
        }

        @Override
        public String toString() {
            return "StatusCodeRetryConfig(" + policy + ")";
        }
    }

    /** The exception predicate: connect failures, as the policy decides on them. */
    static final class Failure implements Predicate<Throwable> {
        private final Result<?> result;

        Failure(Result<?> result) {
            this.result = result;
        }

        @Override
        public boolean test(Throwable failure) {
            RetryDecision handed = Handoff.of(failure);
            if (handed != null) {
                return Handoff.counts(handed);
            }
            int attempt = CallerThread.nextAttempt(result);
            boolean connect = ConnectFailures.isConnectFailure(failure);
            if (attempt == 1 && !connect) {
                return false;
            }
            if (!CallerThread.synchronous()) {
                return connect;   // the wait function decides with the attempt number
            }
            if (!connect) {
                CallerThread.ended();
                return false;
            }
            RetryPolicy policy = result.policy;
            return keep(result, failure, attempt, policy.decideOnConnectFailure(attempt, true,
                    policy.remainingNanos(0)));
        }

        @Override
        public String toString() {
            return "StatusCodeRetryConfig.connectFailures(" + result.policy + ")";
        }
    }

    /** Keeps a retry decision on the caller's thread for the wait; forgets the call otherwise. */
    private static boolean keep(Object owner, Object outcome, int attempt, RetryDecision d) {
        if (d.isRetry()) {
            CallerThread.decided(owner, outcome, attempt, d);
        } else {
            CallerThread.ended();
        }
        return Handoff.counts(d);
    }

    private static long ceilMillis(long nanos) {
        long ms = nanos / 1_000_000L;
        return nanos % 1_000_000L == 0 ? ms : ms + 1;
    }

}
