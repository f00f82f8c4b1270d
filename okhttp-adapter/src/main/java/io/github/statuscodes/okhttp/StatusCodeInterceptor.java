package io.github.statuscodes.okhttp;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.OkHttpRetryAfterFailures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiPredicate;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * An OkHttp application interceptor that resolves every response to its vendor-aware
 * {@link StatusCode} and retries it as a {@link RetryPolicy} decides. Immutable and thread-safe;
 * its {@link Builder} is not. Install it with {@code addInterceptor}, first (never
 * {@code addNetworkInterceptor}); the returned response's request carries its code as a tag keyed
 * by {@code StatusCode.class}.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(StatusCodeInterceptor.create())
 *     .build();
 * }</pre>
 *
 * <p>One-shot bodies, timeouts, cancellation and OkHttp's own resends:
 * <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/okhttp.md">docs/okhttp.md</a>.
 *
 * @since 0.1.0
 */
@SuppressWarnings("deprecation")   // the 0.1.0 listener and sleeper, kept working
public final class StatusCodeInterceptor implements Interceptor {

    /** @deprecated use {@link RetryPolicy#DEFAULT_MAX_ATTEMPTS}. */
    @Deprecated public static final int DEFAULT_MAX_ATTEMPTS = RetryPolicy.DEFAULT_MAX_ATTEMPTS;
    /** @deprecated use {@link RetryPolicy#DEFAULT_BACKOFF_BASE}. */
    @Deprecated public static final Duration DEFAULT_BACKOFF_BASE =
            RetryPolicy.DEFAULT_BACKOFF_BASE;
    /** @deprecated use {@link RetryPolicy#DEFAULT_BACKOFF_MAX}. */
    @Deprecated public static final Duration DEFAULT_BACKOFF_MAX = RetryPolicy.DEFAULT_BACKOFF_MAX;
    /** @deprecated use {@link RetryPolicy#DEFAULT_RETRY_AFTER_MAX}. */
    @Deprecated public static final Duration DEFAULT_RETRY_AFTER_MAX =
            RetryPolicy.DEFAULT_RETRY_AFTER_MAX;

    private static final StatusCodeInterceptor DEFAULT = new StatusCodeInterceptor(
            RetryPolicy.defaults(), null, io.github.statuscodes.RetryListener.NONE,
            RetryListener.NONE, CancellableWait.THREAD_SLEEP);

    private final RetryPolicy policy;
    private final BiPredicate<? super Response, ? super StatusCode> responsePredicate;   // or null
    private final io.github.statuscodes.RetryListener listener;
    private final RetryListener legacyListener;   // the 0.1.0 listener, bridged per call
    private final Sleeper sleeper;

    private StatusCodeInterceptor(RetryPolicy policy,
            BiPredicate<? super Response, ? super StatusCode> responsePredicate,
            io.github.statuscodes.RetryListener listener, RetryListener legacyListener,
            Sleeper sleeper) {
        this.policy = policy;
        this.responsePredicate = responsePredicate;
        this.listener = listener;
        this.legacyListener = legacyListener;
        this.sleeper = sleeper;
    }

    /** {@return the shared interceptor of {@link RetryPolicy#defaults()}, with no listener} */
    public static StatusCodeInterceptor create() {
        return DEFAULT;
    }

    /**
     * {@return an interceptor that retries by {@code policy}, with no listener}
     * @param policy the retry policy
     * @throws NullPointerException if {@code policy} is null
     */
    public static StatusCodeInterceptor create(RetryPolicy policy) {
        return create(policy, io.github.statuscodes.RetryListener.NONE);
    }

    /**
     * {@return an interceptor that retries by {@code policy} and tells {@code listener} of each
     * retry and give-up}
     * @param policy the retry policy
     * @param listener sees each retry and give-up; {@code RetryListener.NONE} for none
     * @throws NullPointerException if an argument is null
     * @since 0.3.0
     */
    public static StatusCodeInterceptor create(RetryPolicy policy,
            io.github.statuscodes.RetryListener listener) {
        return new StatusCodeInterceptor(Checks.notNull(policy, "policy"), null,
                Checks.notNull(listener, "listener"), RetryListener.NONE,
                CancellableWait.THREAD_SLEEP);
    }

    /** {@return a new builder holding the defaults of {@link #create()}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the code this interceptor attached to {@code response}, else the built-in
     * registry's; {@link StatusCode#outOfRange(int)} for a number outside 100..999}
     * @param response a response; its body is not read
     * @throws NullPointerException if {@code response} is null
     */
    public static StatusCode statusCode(Response response) {
        return CallBudget.statusCode(Checks.notNull(response, "response"));
    }

    /** {@return the policy this interceptor retries by} */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Sends the request, retrying as the policy decides; returns the last response, open, with
     * its {@link StatusCode} attached.
     * @throws IOException as OkHttp throws it; {@code IOException("Canceled")} if the call is
     *     canceled or times out during a wait; {@link InterruptedIOException} if interrupted then;
     *     {@link ProtocolException} for a {@code 503} whose {@code Retry-After} OkHttp cannot read
     * @throws IllegalStateException if installed with {@code addNetworkInterceptor}
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Checks.notNull(chain, "chain");
        if (chain.connection() != null) {
            // Only a network interceptor's chain has a connection; fail before any request.
            throw new IllegalStateException("StatusCodeInterceptor must be installed with"
                    + " OkHttpClient.Builder.addInterceptor, not addNetworkInterceptor: it sends a"
                    + " request more than once, which OkHttp allows only application interceptors");
        }
        Request request = chain.request();
        Call call = chain.call();
        // OkHttp does not expose when the call timeout started; count it from here.
        long startNanos = System.nanoTime();
        RequestBody body = request.body();
        boolean repeatable = body == null || !(body.isOneShot() || body.isDuplex());
        RetryCall retry = policy.newCall(request.method(), request.url().uri(), repeatable,
                LegacyListener.with(listener, legacyListener, request));
        while (true) {
            Response response;
            try {
                response = CallBudget.bounded(chain, retry.nanosLeft()).proceed(request);
            } catch (ConnectException e) {
                // The request never reached the server: the policy's rule for every method.
                RetryDecision d = retry.onConnectFailure(e, CallBudget.nanosLeft(call, startNanos));
                if (!d.isRetry()) {
                    throw e;
                }
                CancellableWait.await(call, d.delayNanos(), sleeper, "a failed connect");
                continue;
            } catch (NumberFormatException e) {
                // OkHttp could not read a 503's Retry-After; the response is gone (docs/okhttp.md).
                ProtocolException unread = OkHttpRetryAfterFailures.translate(e,
                        request.method(), request.url().toString());
                if (unread == null) {
                    throw e;
                }
                throw unread;
            }
            Function<String, @Nullable String> headers = OkHttpHeaders.accessor(response.headers());
            RetryDecision decision;
            try {
                // OkHttp's own resends inside this proceed(): attempts, reported as retries.
                for (Response resent : CallBudget.okHttpResends(response)) {
                    retry.onClientResend(resent.code(), OkHttpHeaders.accessor(resent.headers()));
                }
                if (responsePredicate != null) {
                    StatusCode code = policy.resolve(response.code(), headers);
                    if (!responsePredicate.test(response, code)) {
                        return CallBudget.tag(response, code);
                    }
                }
                decision = retry.onResponse(response.code(), headers,
                        CallBudget.nanosLeft(call, startNanos));
            } catch (RuntimeException | Error e) {
                CallBudget.closeQuietly(response);   // a predicate, random or clock failed
                throw e;
            }
            if (!decision.isRetry()) {
                return CallBudget.tag(response, retry.code());
            }
            // Closing returns the connection to the pool; OkHttp refuses a new exchange before.
            CallBudget.closeQuietly(response);
            CancellableWait.await(call, decision.delayNanos(), sleeper, retry.code());
        }
    }

    /** {@return the policy, e.g. {@code StatusCodeInterceptor{RetryPolicy{...}}}} */
    @Override
    public String toString() {
        return "StatusCodeInterceptor{" + policy + "}";
    }

    /**
     * Waits between attempts, in slices of at most 10 ms; thread-safe.
     *
     * @since 0.1.0
     * @deprecated a policy with zero backoff makes tests deterministic without a sleeper.
     */
    @Deprecated
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for a duration.
         * @param duration how long, positive and at most 10 ms
         * @throws InterruptedException if interrupted; the call then ends with an
         *     {@link InterruptedIOException} and the interrupt status kept
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * Configures a {@link StatusCodeInterceptor}: a policy and a listener; prefer
     * {@link StatusCodeInterceptor#create(RetryPolicy, io.github.statuscodes.RetryListener)}.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private RetryPolicy.Builder policy = RetryPolicy.builder();
        private BiPredicate<? super Response, ? super StatusCode> responsePredicate;
        private io.github.statuscodes.RetryListener listener =
                io.github.statuscodes.RetryListener.NONE;
        private RetryListener legacyListener = RetryListener.NONE;
        private Sleeper sleeper = CancellableWait.THREAD_SLEEP;

        private Builder() {
        }

        /**
         * Replaces every policy option set so far with those of {@code policy}.
         * @param policy the policy to start from
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder policy(RetryPolicy policy) {
            this.policy = Checks.notNull(policy, "policy").toBuilder();
            return this;
        }

        /** @param maxAttempts see {@link RetryPolicy.Builder#maxAttempts(int)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder maxAttempts(int maxAttempts) {
            policy.maxAttempts(maxAttempts);
            return this;
        }

        /** @param backoffBase see {@link RetryPolicy.Builder#backoffBase(Duration)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder backoffBase(Duration backoffBase) {
            policy.backoffBase(backoffBase);
            return this;
        }

        /** @param backoffMax see {@link RetryPolicy.Builder#backoffMax(Duration)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder backoffMax(Duration backoffMax) {
            policy.backoffMax(backoffMax);
            return this;
        }

        /** @param jitter see {@link RetryPolicy.Builder#jitter(boolean)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder jitter(boolean jitter) {
            policy.jitter(jitter);
            return this;
        }

        /** @param random see {@link RetryPolicy.Builder#random(DoubleSupplier)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder random(DoubleSupplier random) {
            policy.random(random);
            return this;
        }

        /** @param retryAfterMax see {@link RetryPolicy.Builder#retryAfterMax(Duration)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder retryAfterMax(Duration retryAfterMax) {
            policy.retryAfterMax(retryAfterMax);
            return this;
        }

        /** @param registry see {@link RetryPolicy.Builder#registry(StatusRegistry)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder registry(StatusRegistry registry) {
            policy.registry(registry);
            return this;
        }

        /** @param methods see {@link RetryPolicy.Builder#retryNonIdempotent(String...)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder retryNonIdempotent(String... methods) {
            policy.retryNonIdempotent(methods);
            return this;
        }

        /** @param clock see {@link RetryPolicy.Builder#clock(Clock)}
         * @return this builder
         * @deprecated set it on the {@link #policy(RetryPolicy)}; removed in 1.0 */
        @Deprecated
        public Builder clock(Clock clock) {
            policy.clock(clock);
            return this;
        }

        /**
         * Replaces the retryability rule with a predicate on the OkHttp response; the one-shot
         * body, attempt, Retry-After and deadline rules still apply. It must not consume the body.
         * @param retryPredicate true to retry the response
         * @return this builder
         * @throws NullPointerException if {@code retryPredicate} is null
         * @deprecated the rule belongs to the engine, which sees no OkHttp types: use
         *     {@link RetryPolicy.Builder#retryPredicate(BiPredicate)} with {@link #policy}.
         */
        @Deprecated
        public Builder retryPredicate(
                BiPredicate<? super Response, ? super StatusCode> retryPredicate) {
            this.responsePredicate = Checks.notNull(retryPredicate, "retryPredicate");
            return this;
        }

        /**
         * Sets the listener that sees each retry and each give-up; one that throws is logged and
         * the call goes on unchanged.
         * @param listener a thread-safe, non-blocking listener; default none
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         * @since 0.3.0
         */
        public Builder listener(io.github.statuscodes.RetryListener listener) {
            this.listener = Checks.notNull(listener, "listener");
            return this;
        }

        /**
         * Sets the 0.1.0 listener, which takes OkHttp's request; it is called after the listener
         * of {@link #listener(io.github.statuscodes.RetryListener)}.
         * @param listener a thread-safe, non-blocking listener; default {@link RetryListener#NONE}
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         * @deprecated use core's {@link io.github.statuscodes.RetryListener}, whose events carry
         *     the method and URI.
         */
        @Deprecated
        public Builder listener(RetryListener listener) {
            this.legacyListener = Checks.notNull(listener, "listener");
            return this;
        }

        /**
         * Sets how the interceptor waits between attempts, e.g. a recorder in tests.
         * @param sleeper default {@link Thread#sleep(long, int)}
         * @return this builder
         * @throws NullPointerException if {@code sleeper} is null
         * @deprecated a policy with zero backoff makes tests deterministic without it.
         */
        @Deprecated
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.notNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Builds the immutable interceptor.
         * @return the interceptor
         * @throws IllegalArgumentException if {@code backoffBase} is longer than {@code backoffMax}
         */
        public StatusCodeInterceptor build() {
            RetryPolicy p = policy.build();
            if (responsePredicate != null) {
                p = p.toBuilder().retryPredicate((code, method) -> true).build();
            }
            return new StatusCodeInterceptor(p, responsePredicate, listener, legacyListener,
                    sleeper);
        }
    }
}
