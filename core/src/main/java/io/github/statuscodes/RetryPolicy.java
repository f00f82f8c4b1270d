package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Decides, after each attempt of an HTTP request, whether to send it again and after how long:
 * the one retry engine that every statuscodes client adapter translates its client's types into.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not. {@link #decide} does no I/O, never
 * sleeps and starts no thread: adapters wait in their client's own way. Deciding on a response
 * that is not retried allocates nothing.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(4)
 *     .retryAfterMax(30, TimeUnit.SECONDS)
 *     .build();
 * RetryDecision d = policy.decide(1, "GET", true, 503, headers::get, Long.MAX_VALUE);
 * }</pre>
 */
public final class RetryPolicy {

    /** Attempts per call, the first included: 3, as the AWS SDKs' standard mode. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The backoff ceiling of the first retry: 100 ms. */
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(100);
    /** The largest backoff ceiling: 20 s. */
    public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(20);
    /** The longest Retry-After honoured; a longer one stops the retries: 20 s. */
    public static final Duration DEFAULT_RETRY_AFTER_MAX = Duration.ofSeconds(20);

    private static final RetryPolicy DEFAULTS = new Builder().build();

    private final int maxAttempts;
    private final long backoffBaseNanos;
    private final long backoffMaxNanos;
    private final boolean jitter;
    private final long retryAfterMaxNanos;
    private final long callTimeoutNanos;
    private final StatusRegistry registry;
    private final Set<String> retryNonIdempotent;
    private final BiPredicate<? super StatusCode, ? super String> retryPredicate;
    private final DoubleSupplier random;
    private final Clock clock;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.backoffBaseNanos = b.backoffBaseNanos;
        this.backoffMaxNanos = b.backoffMaxNanos;
        this.jitter = b.jitter;
        this.retryAfterMaxNanos = b.retryAfterMaxNanos;
        this.callTimeoutNanos = b.callTimeoutNanos;
        this.registry = b.registry;
        this.retryNonIdempotent = b.retryNonIdempotent;
        this.retryPredicate = b.retryPredicate;
        this.random = b.random;
        this.clock = b.clock;
    }

    /**
     * Returns the default policy: 3 attempts, full-jitter backoff from 100 ms capped at 20 s,
     * Retry-After honoured up to 20 s, the default registry.
     *
     * @return the shared default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder that starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from this policy's options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Decides after an attempt that got a response.
     *
     * <p>A status outside 100..999 (OkHttp accepts {@code HTTP/1.1 000}) is not retryable. With
     * {@code status} 200 this allocates nothing.
     *
     * @param attempt how many attempts of this call have been sent, this one included (1 or more)
     * @param method the request method, e.g. {@code "GET"}
     * @param bodyRepeatable false when the request body can be sent only once
     * @param status the response's status number, any int
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @param nanosLeft nanoseconds left before the caller's deadline; {@link Long#MAX_VALUE} for
     *     none, zero or less when it has passed
     * @return retry after a delay, or stop with the reason
     * @throws NullPointerException if {@code method} or {@code headers} is null
     * @throws IllegalArgumentException if {@code attempt} is below 1 or {@code method} is empty
     */
    public RetryDecision decide(int attempt, String method, boolean bodyRepeatable, int status,
            Function<String, String> headers, long nanosLeft) {
        checkAttempt(attempt);
        Checks.notEmpty(method, "method");
        Checks.notNull(headers, "headers");
        if (status < 100 || status > 999) {
            return RetryDecision.stop(RetryDecision.StopReason.NOT_RETRYABLE);
        }
        return decide(attempt, method, bodyRepeatable, registry.resolve(status, headers), headers,
                nanosLeft);
    }

    /**
     * Decides after an attempt that got a response whose code the caller has already resolved
     * with {@link #resolve(int, Function)}, e.g. to hand it to a listener: the same rules as
     * {@link #decide(int, String, boolean, int, Function, long)} without a second lookup.
     *
     * @param attempt how many attempts of this call have been sent, this one included (1 or more)
     * @param method the request method, e.g. {@code "GET"}
     * @param bodyRepeatable false when the request body can be sent only once
     * @param code the response's resolved code; an {@link StatusCode#outOfRange(int) out-of-range}
     *     one is not retryable
     * @param headers the response headers by case-insensitive name, for {@code Retry-After}; null
     *     for an absent header
     * @param nanosLeft nanoseconds left before the caller's deadline; {@link Long#MAX_VALUE} for
     *     none, zero or less when it has passed
     * @return retry after a delay, or stop with the reason
     * @throws NullPointerException if {@code method}, {@code code} or {@code headers} is null
     * @throws IllegalArgumentException if {@code attempt} is below 1 or {@code method} is empty
     */
    public RetryDecision decide(int attempt, String method, boolean bodyRepeatable,
            StatusCode code, Function<String, String> headers, long nanosLeft) {
        checkAttempt(attempt);
        Checks.notEmpty(method, "method");
        Checks.notNull(code, "code");
        Checks.notNull(headers, "headers");
        if (code.code() < 100 || code.code() > 999) {
            return RetryDecision.stop(RetryDecision.StopReason.NOT_RETRYABLE);
        }
        if (!shouldRetry(code, method)) {
            // Only the rule's own idempotency refusal is a give-up; a 200 or a 404 is final.
            boolean idempotencyOnly = retryPredicate == null
                    && code.retryability() == Retryability.IDEMPOTENT_ONLY;
            return RetryDecision.stop(idempotencyOnly ? RetryDecision.StopReason.NOT_IDEMPOTENT
                    : RetryDecision.StopReason.NOT_RETRYABLE);
        }
        // A one-shot body was consumed by the first attempt: there is nothing to send again.
        if (!bodyRepeatable) {
            return RetryDecision.stop(RetryDecision.StopReason.ONE_SHOT_BODY);
        }
        if (attempt >= maxAttempts) {
            return RetryDecision.stop(RetryDecision.StopReason.ATTEMPTS_EXHAUSTED);
        }
        long delay;
        // RFC 9110 §10.2.3: Retry-After says how long the client ought to wait. A malformed value
        // parses to empty and falls back to the backoff.
        Optional<Duration> retryAfter = RetryAfter.parse(headers.apply("Retry-After"), clock);
        if (retryAfter.isPresent()) {
            delay = saturatedNanos(retryAfter.get());
            if (delay > retryAfterMaxNanos) {
                return RetryDecision.stop(RetryDecision.StopReason.RETRY_AFTER_TOO_LONG);
            }
        } else {
            delay = backoffNanos(attempt - 1);
        }
        return withinDeadline(delay, nanosLeft);
    }

    /**
     * Resolves a response's status number with this policy's {@link #registry()}, vendor
     * detection included, and never throws on the number: one outside 100..999 gives
     * {@link StatusCode#outOfRange(int)}. Adapters use it to hand the code to their caller.
     *
     * @param status the response's status number, any int
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @return the resolved code, never null
     * @throws NullPointerException if {@code headers} is null
     */
    public StatusCode resolve(int status, Function<String, String> headers) {
        Checks.notNull(headers, "headers");
        if (status < 100 || status > 999) {
            return StatusCode.outOfRange(status);
        }
        return registry.resolve(status, headers);
    }

    /**
     * Decides after an attempt whose connection could not be made: the request never reached the
     * server, so it is safe to repeat whatever its method. Any other I/O failure is not this
     * policy's business.
     *
     * @param attempt how many attempts of this call have been sent, this one included (1 or more)
     * @param bodyRepeatable false when the request body can be sent only once
     * @param nanosLeft nanoseconds left before the caller's deadline; {@link Long#MAX_VALUE} for
     *     none
     * @return retry after a backoff delay, or stop with the reason
     * @throws IllegalArgumentException if {@code attempt} is below 1
     */
    public RetryDecision decideOnConnectFailure(int attempt, boolean bodyRepeatable,
            long nanosLeft) {
        checkAttempt(attempt);
        if (!bodyRepeatable) {
            return RetryDecision.stop(RetryDecision.StopReason.ONE_SHOT_BODY);
        }
        if (attempt >= maxAttempts) {
            return RetryDecision.stop(RetryDecision.StopReason.ATTEMPTS_EXHAUSTED);
        }
        return withinDeadline(backoffNanos(attempt - 1), nanosLeft);
    }

    private static RetryDecision withinDeadline(long delayNanos, long nanosLeft) {
        if (delayNanos >= nanosLeft) {
            return RetryDecision.stop(RetryDecision.StopReason.DEADLINE);
        }
        return RetryDecision.retryAfter(delayNanos);
    }

    private boolean shouldRetry(StatusCode code, String method) {
        if (retryPredicate != null) {
            return retryPredicate.test(code, method);
        }
        if (code.isRetryable(method)) {
            return true;
        }
        return code.retryability() == Retryability.IDEMPOTENT_ONLY
                && retryNonIdempotent.contains(method);
    }

    /**
     * The full-jitter backoff before retry number {@code retry + 1}: a random wait below
     * {@code min(backoffMax, backoffBase * 2^retry)}, or that ceiling itself without jitter.
     */
    long backoffNanos(int retry) {
        long ceiling = backoffCeilingNanos(retry);
        if (!jitter || ceiling == 0) {
            return ceiling;
        }
        double r = random.getAsDouble();
        if (!(r > 0)) {
            return 0;
        }
        // Below the ceiling even when r * ceiling rounds up to it (a ceiling near 2^63).
        return r >= 1 ? ceiling - 1 : Math.min(ceiling - 1, (long) (r * ceiling));
    }

    long backoffCeilingNanos(int retry) {
        if (backoffBaseNanos == 0) {
            return 0;
        }
        if (retry >= 62 || backoffBaseNanos > (backoffMaxNanos >> retry)) {
            return backoffMaxNanos;
        }
        return Math.min(backoffMaxNanos, backoffBaseNanos << retry);
    }

    private static void checkAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is " + attempt
                    + "; it counts the attempts sent so far, the current one included, from 1");
        }
    }

    /**
     * Returns the most attempts per call, the first included.
     *
     * @return 1 or more
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the backoff ceiling of the first retry.
     *
     * @return zero or more
     */
    public Duration backoffBase() {
        return Duration.ofNanos(backoffBaseNanos);
    }

    /**
     * Returns the largest backoff ceiling.
     *
     * @return at least {@link #backoffBase()}
     */
    public Duration backoffMax() {
        return Duration.ofNanos(backoffMaxNanos);
    }

    /**
     * Returns whether the backoff is a random wait below its ceiling (full jitter).
     *
     * @return true with jitter
     */
    public boolean isJitter() {
        return jitter;
    }

    /**
     * Returns the longest Retry-After honoured; a longer one stops the retries.
     *
     * @return zero or more
     */
    public Duration retryAfterMax() {
        return Duration.ofNanos(retryAfterMaxNanos);
    }

    /**
     * Returns the longest a call may take, its attempts and waits together; a wait that would end
     * after it stops the retries instead. {@link Duration#ZERO} means no limit of the policy's own.
     *
     * @return zero (no limit) or more
     */
    public Duration callTimeout() {
        return callTimeoutNanos == Long.MAX_VALUE ? Duration.ZERO : Duration.ofNanos(callTimeoutNanos);
    }

    /**
     * Returns the nanoseconds left of {@link #callTimeout()} after {@code elapsedNanos}, for
     * adapters to pass to {@link #decide}; {@link Long#MAX_VALUE} without a call timeout.
     * Combine it with the client's own deadline by taking the smaller.
     *
     * @param elapsedNanos nanoseconds since the call started
     * @return the time left, below zero when the timeout has passed
     */
    public long remainingNanos(long elapsedNanos) {
        return callTimeoutNanos == Long.MAX_VALUE ? Long.MAX_VALUE : callTimeoutNanos - elapsedNanos;
    }

    /**
     * Returns the registry that resolves status numbers and vendors.
     *
     * @return the registry
     */
    public StatusRegistry registry() {
        return registry;
    }

    /**
     * Returns the methods declared safe to repeat beyond RFC 9110's idempotent ones.
     *
     * @return an immutable set, empty by default
     */
    public Set<String> retryNonIdempotent() {
        return retryNonIdempotent;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", backoffBase=" + backoffBase()
                + ", backoffMax=" + backoffMax() + ", jitter=" + jitter + ", retryAfterMax="
                + retryAfterMax() + ", callTimeout=" + callTimeout() + ", retryNonIdempotent=" + new TreeSet<>(retryNonIdempotent)
                + ", retryPredicate=" + (retryPredicate == null ? "none" : "custom") + "}";
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * Builds a {@link RetryPolicy}. Each setter checks its argument at once; {@link #build()}
     * checks what spans several options. Not thread-safe.
     */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private long backoffBaseNanos = DEFAULT_BACKOFF_BASE.toNanos();
        private long backoffMaxNanos = DEFAULT_BACKOFF_MAX.toNanos();
        private boolean jitter = true;
        private long retryAfterMaxNanos = DEFAULT_RETRY_AFTER_MAX.toNanos();
        private long callTimeoutNanos = Long.MAX_VALUE;
        private StatusRegistry registry = StatusRegistry.defaults();
        private Set<String> retryNonIdempotent = Set.of();
        private BiPredicate<? super StatusCode, ? super String> retryPredicate;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        private Builder(RetryPolicy p) {
            this.maxAttempts = p.maxAttempts;
            this.backoffBaseNanos = p.backoffBaseNanos;
            this.backoffMaxNanos = p.backoffMaxNanos;
            this.jitter = p.jitter;
            this.retryAfterMaxNanos = p.retryAfterMaxNanos;
            this.callTimeoutNanos = p.callTimeoutNanos;
            this.registry = p.registry;
            this.retryNonIdempotent = p.retryNonIdempotent;
            this.retryPredicate = p.retryPredicate;
            this.random = p.random;
            this.clock = p.clock;
        }

        /**
         * Sets the most attempts per call, the first included; 1 turns retries off.
         *
         * @param maxAttempts 1 or more; default 3
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts is " + maxAttempts
                        + "; it must be 1 or more (1 sends each request once, without retries)");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the backoff ceiling of the first retry; it doubles with each retry up to
         * {@link #backoffMax(Duration)}. Zero means no wait.
         *
         * @param backoffBase zero or more; default 100 ms
         * @return this builder
         * @throws NullPointerException if {@code backoffBase} is null
         * @throws IllegalArgumentException if {@code backoffBase} is negative
         */
        public Builder backoffBase(Duration backoffBase) {
            this.backoffBaseNanos = nanos(backoffBase, "backoffBase");
            return this;
        }

        /**
         * Sets the backoff ceiling of the first retry, for callers without {@code java.time}.
         *
         * @param amount zero or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder backoffBase(long amount, TimeUnit unit) {
            this.backoffBaseNanos = nanos(amount, unit, "backoffBase");
            return this;
        }

        /**
         * Sets the largest backoff ceiling.
         *
         * @param backoffMax zero or more, at least the base; default 20 s
         * @return this builder
         * @throws NullPointerException if {@code backoffMax} is null
         * @throws IllegalArgumentException if {@code backoffMax} is negative
         */
        public Builder backoffMax(Duration backoffMax) {
            this.backoffMaxNanos = nanos(backoffMax, "backoffMax");
            return this;
        }

        /**
         * Sets the largest backoff ceiling, for callers without {@code java.time}.
         *
         * @param amount zero or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder backoffMax(long amount, TimeUnit unit) {
            this.backoffMaxNanos = nanos(amount, unit, "backoffMax");
            return this;
        }

        /**
         * Turns full jitter on or off; without it each backoff is its ceiling.
         *
         * @param jitter default true
         * @return this builder
         */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest Retry-After honoured; a response asking for longer is returned at
         * once instead of waited for.
         *
         * @param retryAfterMax zero or more; default 20 s
         * @return this builder
         * @throws NullPointerException if {@code retryAfterMax} is null
         * @throws IllegalArgumentException if {@code retryAfterMax} is negative
         */
        public Builder retryAfterMax(Duration retryAfterMax) {
            this.retryAfterMaxNanos = nanos(retryAfterMax, "retryAfterMax");
            return this;
        }

        /**
         * Sets the longest Retry-After honoured, for callers without {@code java.time}.
         *
         * @param amount zero or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder retryAfterMax(long amount, TimeUnit unit) {
            this.retryAfterMaxNanos = nanos(amount, unit, "retryAfterMax");
            return this;
        }

        /**
         * Sets the longest a call may take, its attempts and waits together, for clients without
         * a call deadline of their own (the JDK {@code HttpClient}, Spring's clients). Zero means
         * no limit.
         *
         * @param callTimeout zero or more; default zero (none)
         * @return this builder
         * @throws NullPointerException if {@code callTimeout} is null
         * @throws IllegalArgumentException if {@code callTimeout} is negative
         */
        public Builder callTimeout(Duration callTimeout) {
            long n = nanos(callTimeout, "callTimeout");
            this.callTimeoutNanos = n == 0 ? Long.MAX_VALUE : n;
            return this;
        }

        /**
         * Sets the longest a call may take, for callers without {@code java.time}.
         *
         * @param amount zero (none) or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder callTimeout(long amount, TimeUnit unit) {
            long n = nanos(amount, unit, "callTimeout");
            this.callTimeoutNanos = n == 0 ? Long.MAX_VALUE : n;
            return this;
        }

        /**
         * Sets the registry that resolves status numbers, e.g. one with a company's own codes.
         *
         * @param registry default {@link StatusRegistry#defaults()}
         * @return this builder
         * @throws NullPointerException if {@code registry} is null
         */
        public Builder registry(StatusRegistry registry) {
            this.registry = Checks.notNull(registry, "registry");
            return this;
        }

        /**
         * Declares methods safe to repeat on {@link Retryability#IDEMPOTENT_ONLY} codes beyond
         * RFC 9110's idempotent ones, e.g. a POST the server de-duplicates by an idempotency key.
         *
         * @param methods method tokens, e.g. {@code "POST"}; replaces any earlier set
         * @return this builder
         * @throws NullPointerException if {@code methods} or one of them is null
         * @throws IllegalArgumentException if one of them is not an HTTP method token
         */
        public Builder retryNonIdempotent(String... methods) {
            Checks.notNull(methods, "methods");
            for (int i = 0; i < methods.length; i++) {
                String m = Checks.notNull(methods[i], "methods[" + i + "]");
                if (m.isEmpty()) {
                    throw new IllegalArgumentException("methods[" + i + "] is empty; pass method"
                            + " names like \"POST\"");
                }
                for (int j = 0; j < m.length(); j++) {
                    char c = m.charAt(j);
                    if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                        throw new IllegalArgumentException("methods[" + i + "] " + Checks.quote(m)
                                + " is not an HTTP method token; it has a forbidden character at"
                                + " index " + j);
                    }
                }
            }
            this.retryNonIdempotent = Set.copyOf(Arrays.asList(methods));
            return this;
        }

        /**
         * Replaces the retryability rule: the predicate gets the resolved code and the request
         * method and says whether to retry. The one-shot body, attempt, Retry-After and deadline
         * rules still apply.
         *
         * @param retryPredicate true to retry
         * @return this builder
         * @throws NullPointerException if {@code retryPredicate} is null
         */
        public Builder retryPredicate(
                BiPredicate<? super StatusCode, ? super String> retryPredicate) {
            this.retryPredicate = Checks.notNull(retryPredicate, "retryPredicate");
            return this;
        }

        /**
         * Sets the random source of the jitter, for tests.
         *
         * @param random values in [0, 1)
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         */
        public Builder random(DoubleSupplier random) {
            this.random = Checks.notNull(random, "random");
            return this;
        }

        /**
         * Sets the clock that measures Retry-After dates, for tests.
         *
         * @param clock default {@link Clock#systemUTC()}
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return a new immutable policy
         * @throws IllegalArgumentException if the backoff base is longer than the backoff max
         */
        public RetryPolicy build() {
            if (backoffBaseNanos > backoffMaxNanos) {
                throw new IllegalArgumentException("backoffBase " + Duration.ofNanos(
                        backoffBaseNanos) + " is longer than backoffMax " + Duration.ofNanos(
                        backoffMaxNanos) + "; raise backoffMax or lower backoffBase");
            }
            return new RetryPolicy(this);
        }

        private static long nanos(Duration d, String name) {
            Checks.notNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " is " + d + "; it must be zero or more");
            }
            return saturatedNanos(d);
        }

        private static long nanos(long amount, TimeUnit unit, String name) {
            Checks.notNull(unit, "unit");
            if (amount < 0) {
                throw new IllegalArgumentException(name + " is " + amount + " " + unit
                        + "; it must be zero or more");
            }
            return unit.toNanos(amount);
        }
    }
}
