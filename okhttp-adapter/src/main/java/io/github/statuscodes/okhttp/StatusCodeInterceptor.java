package io.github.statuscodes.okhttp;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.internal.Checks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * An OkHttp application interceptor that resolves every response to its vendor-aware
 * {@link StatusCode} and retries it as a {@link RetryPolicy} decides. Immutable and thread-safe:
 * one instance serves every call of a client; its {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(StatusCodeInterceptor.create())   // first, and never addNetworkInterceptor
 *     .build();
 * try (Response response = client.newCall(request).execute()) {
 *     StatusCode code = StatusCodeInterceptor.statusCode(response);   // no second lookup
 * }
 * }</pre>
 *
 * <p>It translates OkHttp's response, method, body ({@linkplain RequestBody#isOneShot() one-shot}
 * and duplex bodies are not repeatable) and {@linkplain Call#timeout() timeouts} into the policy
 * and waits on the call's thread, honouring {@link Call#cancel()}; a refused connect
 * ({@link ConnectException}) goes to {@link RetryPolicy#decideOnConnectFailure}. It calls
 * {@code proceed()} more
 * than once, which OkHttp allows only application interceptors: install it with
 * {@code addInterceptor}, first, because it counts the call timeout from when it first sees the
 * call. Each rule, and how it combines with OkHttp's own resends: <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/okhttp.md">docs/okhttp.md</a>.
 *
 * <p>The returned response carries its code as a tag of its request, keyed by
 * {@code StatusCode.class} ({@code response.request.tag<StatusCode>()} in Kotlin).
 *
 * @since 0.1.0
 */
@SuppressWarnings("deprecation")   // the 0.1.0 listener and sleeper, kept working
public final class StatusCodeInterceptor implements Interceptor {

    /** @deprecated use {@link RetryPolicy#DEFAULT_MAX_ATTEMPTS}. */
    @Deprecated
    public static final int DEFAULT_MAX_ATTEMPTS = RetryPolicy.DEFAULT_MAX_ATTEMPTS;
    /** @deprecated use {@link RetryPolicy#DEFAULT_BACKOFF_BASE}. */
    @Deprecated
    public static final Duration DEFAULT_BACKOFF_BASE = RetryPolicy.DEFAULT_BACKOFF_BASE;
    /** @deprecated use {@link RetryPolicy#DEFAULT_BACKOFF_MAX}. */
    @Deprecated
    public static final Duration DEFAULT_BACKOFF_MAX = RetryPolicy.DEFAULT_BACKOFF_MAX;
    /** @deprecated use {@link RetryPolicy#DEFAULT_RETRY_AFTER_MAX}. */
    @Deprecated
    public static final Duration DEFAULT_RETRY_AFTER_MAX = RetryPolicy.DEFAULT_RETRY_AFTER_MAX;

    private static final StatusCodeInterceptor DEFAULT = new StatusCodeInterceptor(
            RetryPolicy.defaults(), null, io.github.statuscodes.RetryListener.NONE,
            RetryListener.NONE, CancellableWait.THREAD_SLEEP);

    private final RetryPolicy policy;
    /** The deprecated response predicate; null unless set. */
    private final BiPredicate<? super Response, ? super StatusCode> responsePredicate;
    private final io.github.statuscodes.RetryListener listener;
    /** The 0.1.0 listener, bridged per call; NONE unless set. */
    private final RetryListener legacyListener;
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
     * Returns an interceptor that retries by {@code policy}, with no listener.
     *
     * <pre>{@code
     * client.addInterceptor(StatusCodeInterceptor.create(RetryPolicy.builder().maxAttempts(4).build()));
     * }</pre>
     * @param policy the retry policy
     * @return a new interceptor
     * @throws NullPointerException if {@code policy} is null
     */
    public static StatusCodeInterceptor create(RetryPolicy policy) {
        return create(policy, io.github.statuscodes.RetryListener.NONE);
    }

    /**
     * Returns an interceptor that retries by {@code policy} and tells {@code listener} of each
     * retry and give-up.
     *
     * @param policy the retry policy
     * @param listener sees each retry and give-up; {@code RetryListener.NONE} for none
     * @return a new interceptor
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
     * Returns the resolved status code of a response: the one this interceptor attached to it, or,
     * without one (no interceptor, or one above it changed the code), the built-in registry's
     * vendor-aware meaning. A number outside 100..999 ({@code HTTP/1.1 000}) gives
     * {@link StatusCode#outOfRange(int)}: that number, not registered, not retryable.
     * @param response a response, e.g. from {@code call.execute()}; its body is not read
     * @return the resolved status code, never null
     * @throws NullPointerException if {@code response} is null
     */
    public static StatusCode statusCode(Response response) {
        Checks.notNull(response, "response");
        StatusCode tagged = response.request().tag(StatusCode.class);
        if (tagged != null && tagged.code() == response.code()) {
            return tagged;
        }
        return RetryPolicy.defaults().resolve(response.code(),
                OkHttpHeaders.accessor(response.headers()));
    }

    /** {@return the policy this interceptor retries by} */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Sends the request, retrying as the policy decides, and returns the last response with its
     * {@link StatusCode} attached.
     * @param chain OkHttp's chain
     * @return the last response received, open
     * @throws IOException as OkHttp throws it for any attempt (a {@link ConnectException} after
     *     the policy's connect retries); {@code IOException("Canceled")} if
     *     the call is canceled or times out during a wait; {@link InterruptedIOException} if the
     *     thread is interrupted during a wait
     * @throws IllegalStateException if installed with {@code addNetworkInterceptor}
     * @throws NullPointerException if {@code chain} is null
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Checks.notNull(chain, "chain");
        if (chain.connection() != null) {
            // Only a network interceptor's chain has a connection; fail before any request.
            throw new IllegalStateException("StatusCodeInterceptor must be installed with"
                    + " OkHttpClient.Builder.addInterceptor, not addNetworkInterceptor: it sends"
                    + " a request more than once, which OkHttp allows only application"
                    + " interceptors");
        }
        Request request = chain.request();
        Call call = chain.call();
        // OkHttp does not expose when the call timeout started; count it from here.
        long startNanos = System.nanoTime();
        RequestBody body = request.body();
        boolean repeatable = body == null || !(body.isOneShot() || body.isDuplex());
        RetryCall retry = policy.newCall(request.method(), request.url().uri(), repeatable,
                listenerFor(request));
        while (true) {
            Response response;
            try {
                response = bounded(chain, retry.nanosLeft()).proceed(request);
            } catch (ConnectException e) {
                // The request never reached the server: the policy's rule for every method.
                RetryDecision d = retry.onConnectFailure(e, CallBudget.nanosLeft(call, startNanos));
                if (!d.isRetry()) {
                    throw e;
                }
                CancellableWait.await(call, d.delayNanos(), sleeper, "a failed connect");
                continue;
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
                        return tag(response, code);
                    }
                }
                decision = retry.onResponse(response.code(), headers,
                        CallBudget.nanosLeft(call, startNanos));
            } catch (RuntimeException | Error e) {
                closeQuietly(response);   // a user predicate, random source or clock failed
                throw e;
            }
            if (!decision.isRetry()) {
                return tag(response, retry.code());
            }
            // Closing returns the connection to the pool; OkHttp refuses a new exchange before.
            closeQuietly(response);
            CancellableWait.await(call, decision.delayNanos(), sleeper, retry.code());
        }
    }

    /**
     * The chain with what is left of the policy's call timeout as its connect, write and read
     * timeouts, where those are longer or unset; the chain itself without a call timeout.
     */
    static Chain bounded(Chain chain, long nanosLeft) {
        if (nanosLeft == Long.MAX_VALUE) {
            return chain;
        }
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanosLeft / 1_000_000));
        Chain c = chain;
        if (c.connectTimeoutMillis() == 0 || c.connectTimeoutMillis() > millis) {
            c = c.withConnectTimeout(millis, TimeUnit.MILLISECONDS);
        }
        if (c.writeTimeoutMillis() == 0 || c.writeTimeoutMillis() > millis) {
            c = c.withWriteTimeout(millis, TimeUnit.MILLISECONDS);
        }
        if (c.readTimeoutMillis() == 0 || c.readTimeoutMillis() > millis) {
            c = c.withReadTimeout(millis, TimeUnit.MILLISECONDS);
        }
        return c;
    }

    private io.github.statuscodes.RetryListener listenerFor(Request request) {
        if (legacyListener == RetryListener.NONE) {
            return listener;
        }
        return io.github.statuscodes.RetryListener.all(
                List.of(listener, new LegacyListener(legacyListener, request)));
    }

    private static Response tag(Response response, StatusCode code) {
        Request tagged = response.request().newBuilder().tag(StatusCode.class, code).build();
        return response.newBuilder().request(tagged).build();
    }

    private static void closeQuietly(Response response) {
        ResponseBody body = response.body();
        if (body != null) {
            try {
                body.close();
            } catch (RuntimeException ignored) {
                // Best effort, as okhttp3.internal.closeQuietly.
            }
        }
    }

    /**
     * Returns the policy, e.g. {@code StatusCodeInterceptor{RetryPolicy{maxAttempts=3, ...}}}.
     */
    @Override
    public String toString() {
        return "StatusCodeInterceptor{" + policy + "}";
    }

    /**
     * Waits between attempts; replace it in tests to record waits instead of sleeping. Called
     * with slices of at most 10 ms. Must be thread-safe.
     *
     * <pre>{@code
     * StatusCodeInterceptor.builder().sleeper(slept::add).build();
     * }</pre>
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
     * The policy options it mirrors are deprecated. Not thread-safe.
     *
     * <pre>{@code
     * StatusCodeInterceptor i = StatusCodeInterceptor.builder()
     *     .policy(RetryPolicy.builder().maxAttempts(4).build()).listener(metrics).build();
     * }</pre>
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

        /**
         * See {@link RetryPolicy.Builder#maxAttempts(int)}; OkHttp's own retries count too.
         * @param maxAttempts 1 or more; default 3
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is below 1
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder maxAttempts(int maxAttempts) {
            policy.maxAttempts(maxAttempts);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#backoffBase(Duration)}.
         * @param backoffBase zero or more; default 100 ms
         * @return this builder
         * @throws NullPointerException if {@code backoffBase} is null
         * @throws IllegalArgumentException if {@code backoffBase} is negative
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder backoffBase(Duration backoffBase) {
            policy.backoffBase(backoffBase);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#backoffMax(Duration)}.
         * @param backoffMax zero or more; default 20 s
         * @return this builder
         * @throws NullPointerException if {@code backoffMax} is null
         * @throws IllegalArgumentException if {@code backoffMax} is negative
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder backoffMax(Duration backoffMax) {
            policy.backoffMax(backoffMax);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#jitter(boolean)}.
         * @param jitter default true
         * @return this builder
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder jitter(boolean jitter) {
            policy.jitter(jitter);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#random(DoubleSupplier)}.
         * @param random values in [0, 1)
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder random(DoubleSupplier random) {
            policy.random(random);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#retryAfterMax(Duration)}; a longer wait would hold the
         * calling thread, for {@code enqueue} one of OkHttp's dispatcher threads.
         * @param retryAfterMax zero or more; default 20 s
         * @return this builder
         * @throws NullPointerException if {@code retryAfterMax} is null
         * @throws IllegalArgumentException if {@code retryAfterMax} is negative
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder retryAfterMax(Duration retryAfterMax) {
            policy.retryAfterMax(retryAfterMax);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#registry(StatusRegistry)}.
         * @param registry default {@link StatusRegistry#defaults()}
         * @return this builder
         * @throws NullPointerException if {@code registry} is null
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder registry(StatusRegistry registry) {
            policy.registry(registry);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#retryNonIdempotent(String...)}.
         * @param methods method tokens, e.g. {@code "POST"}; replaces any earlier set
         * @return this builder
         * @throws NullPointerException if {@code methods} or one of them is null
         * @throws IllegalArgumentException if one of them is not an HTTP method token
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
        @Deprecated
        public Builder retryNonIdempotent(String... methods) {
            policy.retryNonIdempotent(methods);
            return this;
        }

        /**
         * See {@link RetryPolicy.Builder#clock(Clock)}.
         * @param clock default {@link Clock#systemUTC()}
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         * @deprecated set it on the {@link RetryPolicy} given to {@link #policy(RetryPolicy)}
         *     or {@link StatusCodeInterceptor#create(RetryPolicy)}; this mirror is removed in 1.0.
         */
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
