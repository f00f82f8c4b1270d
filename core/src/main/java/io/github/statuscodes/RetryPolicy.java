package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decides, after each attempt of an HTTP request, whether to send it again and after how long;
 * every client adapter drives it through one {@link RetryCall} per call
 * ({@link #newCall(String, URI, boolean, RetryListener)}). The rules, applied in order: a final
 * code stops, then a non-idempotent method on an {@code IDEMPOTENT_ONLY} code, a one-shot body,
 * the attempt count, a too long {@code Retry-After} and the deadline; otherwise the wait is the
 * {@code Retry-After} or a full-jitter backoff (<a href="https://github.com/statuscodes/statuscodes/blob/main/docs/retries.md">docs/retries.md</a>).
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not. No I/O, no sleeping, no threads.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(4)
 *     .retryAfterMax(30, TimeUnit.SECONDS)
 *     .build();
 * RetryDecision d = policy.decide(1, "GET", true, 503, headers::get, Long.MAX_VALUE);
 * }</pre>
 *
 * @since 0.2.0
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

    private final PolicyOptions options;   // a private copy, never changed
    private final RetryRules rules;

    private RetryPolicy(PolicyOptions o) {
        this.options = o;
        this.rules = new RetryRules(o);
    }

    /** {@return the default policy: 3 attempts, backoff 100 ms to 20 s, Retry-After to 20 s} */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder that starts from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a new builder that starts from this policy's options} */
    public Builder toBuilder() {
        return new Builder(options);
    }

    /**
     * Decides after an attempt that got a response; a status outside 100..999 is not retryable.
     * @param attempt how many attempts of this call have been sent, this one included (1 or more)
     * @param method the request method, e.g. {@code "GET"}
     * @param bodyRepeatable false when the request body can be sent only once
     * @param status the response's status number, any int
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @param nanosLeft nanoseconds left before the caller's deadline; {@link Long#MAX_VALUE}: none
     * @return retry after a delay, or stop with the reason
     * @throws NullPointerException if {@code method} or {@code headers} is null
     * @throws IllegalArgumentException if {@code attempt} is below 1 or {@code method} is empty
     */
    public RetryDecision decide(int attempt, String method, boolean bodyRepeatable, int status,
            Function<String, @Nullable String> headers, long nanosLeft) {
        PolicyOptions.checkAttempt(attempt);
        Checks.notEmpty(method, "method");
        Checks.notNull(headers, "headers");
        if (status < 100 || status > 999) {
            return RetryDecision.stop(RetryDecision.StopReason.NOT_RETRYABLE);
        }
        return decide(attempt, method, bodyRepeatable, options.registry.resolve(status, headers),
                headers, nanosLeft);
    }

    /**
     * Decides as {@link #decide(int, String, boolean, int, Function, long)} on a code already
     * resolved with {@link #resolve(int, Function)}, without a second lookup.
     * @param attempt how many attempts of this call have been sent, this one included (1 or more)
     * @param method the request method, e.g. {@code "GET"}
     * @param bodyRepeatable false when the request body can be sent only once
     * @param code the response's resolved code
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @param nanosLeft nanoseconds left before the caller's deadline; {@link Long#MAX_VALUE}: none
     * @return retry after a delay, or stop with the reason
     * @throws NullPointerException if {@code method}, {@code code} or {@code headers} is null
     * @throws IllegalArgumentException if {@code attempt} is below 1 or {@code method} is empty
     */
    public RetryDecision decide(int attempt, String method, boolean bodyRepeatable,
            StatusCode code, Function<String, @Nullable String> headers, long nanosLeft) {
        PolicyOptions.checkAttempt(attempt);
        Checks.notEmpty(method, "method");
        Checks.notNull(code, "code");
        Checks.notNull(headers, "headers");
        return rules.onResponse(attempt, method, bodyRepeatable, code, headers, nanosLeft);
    }

    /**
     * Starts the retry state of one call, before its first attempt; its clock starts now.
     *
     * @param method the request method, e.g. {@code "GET"}
     * @param uri the request URI, for the listener
     * @param bodyRepeatable false when the request body can be sent only once
     * @param listener sees each retry and give-up; {@link RetryListener#NONE} for none
     * @return a new call, driven by one attempt at a time
     * @throws NullPointerException if {@code method}, {@code uri} or {@code listener} is null
     * @throws IllegalArgumentException if {@code method} is empty
     * @since 0.3.0
     */
    public RetryCall newCall(String method, URI uri, boolean bodyRepeatable,
            RetryListener listener) {
        return new RetryCall(this, method, uri, bodyRepeatable, listener, System::nanoTime);
    }

    /**
     * Resolves a status with {@link #registry()}, vendor detection included; never throws on it.
     * @param status the response's status number, any int
     * @param headers the response headers by case-insensitive name; null for an absent header
     * @return the resolved code; {@link StatusCode#outOfRange(int)} outside 100..999
     * @throws NullPointerException if {@code headers} is null
     */
    public StatusCode resolve(int status, Function<String, @Nullable String> headers) {
        Checks.notNull(headers, "headers");
        if (status < 100 || status > 999) {
            return StatusCode.outOfRange(status);
        }
        return options.registry.resolve(status, headers);
    }

    /**
     * Decides after an attempt whose connection could not be made, whatever the method.
     * @param attempt how many attempts of this call have been sent, this one included (1 or more)
     * @param bodyRepeatable false when the request body can be sent only once
     * @param nanosLeft nanoseconds left before the caller's deadline; {@link Long#MAX_VALUE} for
     *     none
     * @return retry after a backoff delay, or stop with the reason
     * @throws IllegalArgumentException if {@code attempt} is below 1
     */
    public RetryDecision decideOnConnectFailure(int attempt, boolean bodyRepeatable,
            long nanosLeft) {
        PolicyOptions.checkAttempt(attempt);
        return rules.onConnectFailure(attempt, bodyRepeatable, nanosLeft);
    }

    /** The backoff before retry number {@code retry + 1}; see {@link Backoff#nanos(int)}. */
    long backoffNanos(int retry) {
        return rules.backoffNanos(retry);
    }

    /** {@return the most attempts per call, the first included: 1 or more} */
    public int maxAttempts() {
        return options.maxAttempts;
    }

    /** {@return the backoff ceiling of the first retry, zero or more} */
    public Duration backoffBase() {
        return Duration.ofNanos(options.backoffBaseNanos);
    }

    /** {@return the largest backoff ceiling, at least {@link #backoffBase()}} */
    public Duration backoffMax() {
        return Duration.ofNanos(options.backoffMaxNanos);
    }

    /** {@return whether each backoff is a random wait below its ceiling (full jitter)} */
    public boolean isJitter() {
        return options.jitter;
    }

    /** {@return the longest Retry-After honoured, zero or more; a longer one stops} */
    public Duration retryAfterMax() {
        return Duration.ofNanos(options.retryAfterMaxNanos);
    }

    /** {@return the longest a call may take, attempts and waits together; zero for no limit} */
    public Duration callTimeout() {
        long n = options.callTimeoutNanos;
        return n == Long.MAX_VALUE ? Duration.ZERO : Duration.ofNanos(n);
    }

    /**
     * Returns what is left of {@link #callTimeout()}; take the min with the client's own deadline.
     * @param elapsedNanos nanoseconds since the call started
     * @return the time left, below zero when it has passed; {@link Long#MAX_VALUE} without a limit
     */
    public long remainingNanos(long elapsedNanos) {
        long n = options.callTimeoutNanos;
        return n == Long.MAX_VALUE ? Long.MAX_VALUE : n - elapsedNanos;
    }

    /** {@return the registry that resolves status numbers and vendors} */
    public StatusRegistry registry() {
        return options.registry;
    }

    /** {@return the methods declared safe to repeat beyond the idempotent ones, immutable} */
    public Set<String> retryNonIdempotent() {
        return options.retryNonIdempotent;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts() + ", backoffBase=" + backoffBase()
                + ", backoffMax=" + backoffMax() + ", jitter=" + isJitter() + ", retryAfterMax="
                + retryAfterMax() + ", callTimeout=" + callTimeout() + ", retryNonIdempotent="
                + new TreeSet<>(options.retryNonIdempotent) + ", retryPredicate="
                + (options.retryPredicate == null ? "none" : "custom") + "}";
    }

    /**
     * Builds a {@link RetryPolicy}; each setter checks its argument at once, {@link #build()} what
     * spans several options. Not thread-safe. Every duration also has a {@code long, TimeUnit}
     * setter for callers without {@code java.time} (Android below API 26).
     */
    public static final class Builder {
        private final PolicyOptions o;

        private Builder() {
            this.o = new PolicyOptions();
        }

        private Builder(PolicyOptions from) {
            this.o = from.copy();
        }

        /**
         * Sets the most attempts per call, the first included; 1 turns retries off.
         * @param maxAttempts 1 or more; default 3
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            o.maxAttempts = PolicyOptions.maxAttempts(maxAttempts);
            return this;
        }

        /**
         * Sets the backoff ceiling of the first retry, doubled per retry; zero means no wait.
         * @param backoffBase zero or more; default 100 ms
         * @return this builder
         * @throws NullPointerException if {@code backoffBase} is null
         * @throws IllegalArgumentException if {@code backoffBase} is negative
         */
        public Builder backoffBase(Duration backoffBase) {
            o.backoffBaseNanos = PolicyOptions.nanos(backoffBase, "backoffBase");
            return this;
        }

        /**
         * Sets the backoff ceiling of the first retry.
         * @param amount zero or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder backoffBase(long amount, TimeUnit unit) {
            o.backoffBaseNanos = PolicyOptions.nanos(amount, unit, "backoffBase");
            return this;
        }

        /**
         * Sets the largest backoff ceiling.
         * @param backoffMax zero or more, at least the base; default 20 s
         * @return this builder
         * @throws NullPointerException if {@code backoffMax} is null
         * @throws IllegalArgumentException if {@code backoffMax} is negative
         */
        public Builder backoffMax(Duration backoffMax) {
            o.backoffMaxNanos = PolicyOptions.nanos(backoffMax, "backoffMax");
            return this;
        }

        /**
         * Sets the largest backoff ceiling.
         * @param amount zero or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder backoffMax(long amount, TimeUnit unit) {
            o.backoffMaxNanos = PolicyOptions.nanos(amount, unit, "backoffMax");
            return this;
        }

        /**
         * Turns full jitter on or off; without it each backoff is its ceiling.
         * @param jitter default true
         * @return this builder
         */
        public Builder jitter(boolean jitter) {
            o.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest Retry-After honoured; a response asking for longer is returned at once.
         * @param retryAfterMax zero or more; default 20 s
         * @return this builder
         * @throws NullPointerException if {@code retryAfterMax} is null
         * @throws IllegalArgumentException if {@code retryAfterMax} is negative
         */
        public Builder retryAfterMax(Duration retryAfterMax) {
            o.retryAfterMaxNanos = PolicyOptions.nanos(retryAfterMax, "retryAfterMax");
            return this;
        }

        /**
         * Sets the longest Retry-After honoured.
         * @param amount zero or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder retryAfterMax(long amount, TimeUnit unit) {
            o.retryAfterMaxNanos = PolicyOptions.nanos(amount, unit, "retryAfterMax");
            return this;
        }

        /**
         * Sets the longest a call may take, attempts and waits together; zero means no limit.
         * @param callTimeout zero or more; default zero (none)
         * @return this builder
         * @throws NullPointerException if {@code callTimeout} is null
         * @throws IllegalArgumentException if {@code callTimeout} is negative
         */
        public Builder callTimeout(Duration callTimeout) {
            o.callTimeout(PolicyOptions.nanos(callTimeout, "callTimeout"));
            return this;
        }

        /**
         * Sets the longest a call may take; zero means no limit.
         * @param amount zero (none) or more
         * @param unit the unit of {@code amount}
         * @return this builder
         * @throws NullPointerException if {@code unit} is null
         * @throws IllegalArgumentException if {@code amount} is negative
         */
        public Builder callTimeout(long amount, TimeUnit unit) {
            o.callTimeout(PolicyOptions.nanos(amount, unit, "callTimeout"));
            return this;
        }

        /**
         * Sets the registry that resolves status numbers, e.g. one with a company's own codes.
         * @param registry default {@link StatusRegistry#defaults()}
         * @return this builder
         * @throws NullPointerException if {@code registry} is null
         */
        public Builder registry(StatusRegistry registry) {
            o.registry = Checks.notNull(registry, "registry");
            return this;
        }

        /**
         * Declares methods safe to repeat on {@link Retryability#IDEMPOTENT_ONLY} codes, e.g. POST.
         * @param methods method tokens, e.g. {@code "POST"}; replaces any earlier set
         * @return this builder
         * @throws NullPointerException if {@code methods} or one of them is null
         * @throws IllegalArgumentException if one of them is not an HTTP method token
         */
        public Builder retryNonIdempotent(String... methods) {
            o.retryNonIdempotent = PolicyOptions.methods(methods);
            return this;
        }

        /**
         * Replaces the retryability rule; the body, attempt, Retry-After and deadline rules stay.
         * @param retryPredicate true to retry
         * @return this builder
         * @throws NullPointerException if {@code retryPredicate} is null
         */
        public Builder retryPredicate(
                BiPredicate<? super StatusCode, ? super String> retryPredicate) {
            o.retryPredicate = Checks.notNull(retryPredicate, "retryPredicate");
            return this;
        }

        /**
         * Sets the random source of the jitter, for tests.
         * @param random values in [0, 1)
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         */
        public Builder random(DoubleSupplier random) {
            o.random = Checks.notNull(random, "random");
            return this;
        }

        /**
         * Sets the clock that measures Retry-After dates, for tests.
         * @param clock default {@link Clock#systemUTC()}
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            o.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /**
         * Builds the policy.
         * @return a new immutable policy
         * @throws IllegalArgumentException if the backoff base is longer than the backoff max
         */
        public RetryPolicy build() {
            return new RetryPolicy(o.checkedCopy());
        }
    }
}
