package io.github.statuscodes.okhttp;

import io.github.statuscodes.Retryability;
import io.github.statuscodes.RetryAfter;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.StatusRegistry;
import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.okhttp.RetryListener.GiveUpReason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiPredicate;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Timeout;

/**
 * An OkHttp application interceptor that resolves every response to its vendor-aware
 * {@link StatusCode} and retries by the code's {@link Retryability}: bounded attempts, exponential
 * backoff with full jitter, {@code Retry-After} honoured up to a cap, idempotency respected,
 * one-shot bodies never replayed, every discarded response closed, cancellation and the call
 * timeout honoured. Immutable and thread-safe: one instance serves every call of a client. Its
 * {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(StatusCodeInterceptor.create())           // the defaults below
 *     .build();
 *
 * try (Response response = client.newCall(request).execute()) {
 *     StatusCode code = StatusCodeInterceptor.statusCode(response);   // no second lookup
 *     if (code.isError()) {
 *         log.warn("{} failed: {}", request.url(), code);    // e.g. "520 Web Server Returns an
 *     }                                                      //  Unknown Error (Cloudflare)"
 * }
 * }</pre>
 *
 * <h2>What is retried</h2>
 * The response's code is resolved with {@link StatusRegistry#resolve(int, java.util.function.Function)}
 * against its headers, so a 499 from an ArcGIS server is Esri's <i>Token Required</i> and one from
 * nginx is nginx's <i>Client Closed Request</i>. A header sent on several lines (two {@code Vary}
 * lines, many {@code Set-Cookie} lines) is seen with all its values joined by {@code ", "}, as
 * RFC 9110 §5.3 combines them, not only the last one that {@link Response#header(String)} gives.
 * Then:
 * <ul>
 *   <li>{@link Retryability#ALWAYS} (408, 425, 429, 503, Cloudflare 521-523): retried for any
 *       method, since the server did not process the request;</li>
 *   <li>{@link Retryability#IDEMPOTENT_ONLY} (500, 502, 504, 520, 524, unknown 5xx): retried only
 *       for the idempotent methods of RFC 9110 §9.2.2 (GET, HEAD, OPTIONS, TRACE, PUT, DELETE),
 *       plus the methods opted in with {@link Builder#retryNonIdempotent(String...)};</li>
 *   <li>{@link Retryability#NEVER} and {@link Retryability#AFTER_CLIENT_ACTION} (401, 404, 460,
 *       nginx 499, ...): never retried, since the same request fails the same way until the client
 *       acts.</li>
 * </ul>
 * A {@linkplain Builder#retryPredicate(BiPredicate) predicate} replaces that rule. Whatever the rule
 * says, a request whose body is {@linkplain RequestBody#isOneShot() one-shot} or
 * {@linkplain RequestBody#isDuplex() duplex} is never sent again, and a call never sends more
 * requests than {@link Builder#maxAttempts(int) maxAttempts} allows.
 *
 * <h2>How long it waits</h2>
 * Before retry number {@code n} (0 for the first) it waits the response's {@code Retry-After}
 * (delay-seconds or HTTP-date, parsed by {@link RetryAfter}) when the header is valid, else a
 * random delay in {@code [0, min(backoffMax, backoffBase * 2^n))} ("full jitter"). A malformed
 * {@code Retry-After} falls back to the backoff. A {@code Retry-After} longer than
 * {@link Builder#retryAfterMax(Duration) retryAfterMax} is not waited for: the response is
 * returned as is, for the application to schedule. A wait that would outlast what is left of the
 * call timeout ({@link OkHttpClient.Builder#callTimeout(Duration)}, and any deadline set on
 * {@link Call#timeout()}) is not started either: the response is returned at once, not a timeout
 * exception later.
 *
 * <p>What is left of a <b>deadline</b> ({@code call.timeout().deadline(2, SECONDS)} before
 * {@code execute()}, which OkHttp enforces along with the call timeout) is known exactly. For the
 * <b>call timeout</b>, OkHttp exposes neither when it started nor what is left of it, so the
 * interceptor counts it from the moment it first sees the call. <b>Install it first</b>, before
 * the other application interceptors: time spent after it, inside {@code proceed()}, is counted;
 * time spent by an interceptor before it is not, and then the timeout can fire during a wait the
 * interceptor thought would fit, ending the call with OkHttp's
 * {@code InterruptedIOException("timeout")} instead of the response. When it cannot be first (or
 * an interceptor before it calls {@code proceed()} more than once, which restarts the count), set
 * a deadline on the call to get the exact budget:
 *
 * <pre>{@code
 * Call call = client.newCall(request);
 * call.timeout().deadline(2, TimeUnit.SECONDS);   // counted from here, wherever the interceptor is
 * try (Response response = call.execute()) { ... }
 * }</pre>
 *
 * <h2>Threads, cancellation, interruption</h2>
 * The wait runs on the thread that runs the call: the caller's for {@code execute()}, an OkHttp
 * dispatcher thread for {@code enqueue()}. Every wait is bounded by {@code retryAfterMax} or
 * {@code backoffMax} and by the call timeout, and it checks {@link Call#isCanceled()} at least
 * every 10 ms: {@code call.cancel()}, or the call timeout firing, ends the wait promptly with the
 * {@code IOException} OkHttp itself throws for a canceled call (for a timeout, OkHttp turns it into
 * its {@code InterruptedIOException("timeout")}), and no further request is sent. An interrupt
 * during the wait ends it with an {@link InterruptedIOException}; the thread's interrupt status is
 * kept.
 *
 * <h2>OkHttp's own retries</h2>
 * OkHttp's {@code RetryAndFollowUpInterceptor}, which runs below every application interceptor,
 * already sends a request again once after a 408 (when {@code retryOnConnectionFailure} is on, the
 * default, and the response has no positive {@code Retry-After}) and once after a 503 with
 * {@code Retry-After: 0}, and after a 421 on a coalesced HTTP/2 connection. Those requests happen
 * inside one {@code chain.proceed()} and show up as the response's
 * {@link Response#priorResponse() priorResponse}; this interceptor counts them toward
 * {@code maxAttempts}, so the two never multiply (3 × 2 requests). It never starts an attempt once
 * the call has sent {@code maxAttempts} requests; OkHttp may still add its one request inside the
 * last attempt, so a server that answers {@code 503 Retry-After: 0} forever sees
 * {@code maxAttempts + 1} requests. Turn {@code retryOnConnectionFailure} off to keep OkHttp from
 * retrying 408s (it also stops OkHttp from retrying failed connections).
 *
 * <h2>Install as the first application interceptor</h2>
 * Add it with {@link OkHttpClient.Builder#addInterceptor(Interceptor) addInterceptor}: it calls
 * {@code proceed()} more than once, which OkHttp forbids for network interceptors. Add it before
 * the other application interceptors, so that it measures the call timeout from the start of the
 * call (see above); the interceptors after it then run once per attempt. Each discarded response
 * is closed before the next attempt, so the connection goes back to the pool. An
 * {@code IOException} of any attempt propagates unchanged, as it would without the interceptor.
 *
 * <h2>Reading the resolved code</h2>
 * The returned response carries its {@code StatusCode} as a tag of its request, keyed by
 * {@code StatusCode.class}: that is how OkHttp attaches application data to a call (see
 * {@link Request#tag(Class)}), it survives any interceptor that passes the response on, and Kotlin
 * code reads it with {@code response.request.tag<StatusCode>()}. {@link #statusCode(Response)} reads
 * it, and resolves the code itself when no tag is there.
 *
 * @since 0.1.0
 */
public final class StatusCodeInterceptor implements Interceptor {

    /** The default of {@link Builder#maxAttempts(int)}: 3 requests in all, as in the AWS SDKs. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The default of {@link Builder#backoffBase(Duration)}: 100 ms, as in the AWS SDKs. */
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(100);
    /** The default of {@link Builder#backoffMax(Duration)}: 20 s, as in the AWS SDKs. */
    public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(20);
    /**
     * The default of {@link Builder#retryAfterMax(Duration)}: 20 s, the longest backoff, so that no
     * single wait holds a thread longer than 20 s.
     */
    public static final Duration DEFAULT_RETRY_AFTER_MAX = Duration.ofSeconds(20);

    /** The longest sleep between two checks of {@link Call#isCanceled()}. */
    static final long CANCEL_CHECK_NANOS = 10_000_000L;

    private static final StatusCodeInterceptor DEFAULT = new Builder().build();

    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final long backoffBaseNanos;
    private final long backoffMaxNanos;
    private final boolean jitter;
    private final DoubleSupplier random;
    private final Duration retryAfterMax;
    private final StatusRegistry registry;
    /** Null when the retryability rule decides. */
    private final BiPredicate<? super Response, ? super StatusCode> retryPredicate;
    private final Set<String> retryNonIdempotent;
    private final RetryListener listener;
    private final Clock clock;
    private final Sleeper sleeper;

    private StatusCodeInterceptor(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.backoffBase = b.backoffBase;
        this.backoffMax = b.backoffMax;
        this.backoffBaseNanos = saturatedNanos(b.backoffBase);
        this.backoffMaxNanos = saturatedNanos(b.backoffMax);
        this.jitter = b.jitter;
        this.random = b.random;
        this.retryAfterMax = b.retryAfterMax;
        this.registry = b.registry;
        this.retryPredicate = b.retryPredicate;
        this.retryNonIdempotent = Set.copyOf(b.retryNonIdempotent);
        this.listener = b.listener;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
    }

    /**
     * Returns an interceptor with the defaults: 3 attempts, full-jitter backoff from 100 ms up to
     * 20 s, {@code Retry-After} honoured up to 20 s, the built-in registry, no listener.
     *
     * @return the shared default interceptor
     */
    public static StatusCodeInterceptor create() {
        return DEFAULT;
    }

    /**
     * Starts a builder holding the defaults of {@link #create()}.
     *
     * <pre>{@code
     * StatusCodeInterceptor interceptor = StatusCodeInterceptor.builder()
     *     .maxAttempts(4)
     *     .retryAfterMax(Duration.ofSeconds(5))
     *     .listener(myMetrics)
     *     .build();
     * }</pre>
     *
     * @return a new builder, not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the resolved status code of a response: the one a {@code StatusCodeInterceptor}
     * attached to it, without a second lookup. A response that has none (no interceptor installed,
     * or an interceptor above it changed the code) is resolved here with the built-in registry
     * ({@link StatusCodes#resolve(int, java.util.function.Function)}), vendor detection included.
     *
     * <pre>{@code
     * StatusCode code = StatusCodeInterceptor.statusCode(response);
     * code.vendor();          // Vendor.CLOUDFLARE for a 520 with "Server: cloudflare"
     * code.isLogOnly();       // true for nginx's 499
     * }</pre>
     *
     * @param response a response, e.g. from {@code call.execute()} or Retrofit's
     *     {@code Response.raw()}; its body is not read
     * @return the resolved status code, never null
     * @throws IllegalArgumentException if {@code response} is null, or its code is outside 100..999
     *     (which no HTTP version allows)
     */
    public static StatusCode statusCode(Response response) {
        Checks.notNull(response, "response");
        StatusCode tagged = response.request().tag(StatusCode.class);
        if (tagged != null && tagged.code() == response.code()) {
            return tagged;
        }
        return StatusCodes.resolve(response.code(), headers(response.headers()));
    }

    /**
     * A header accessor for vendor detection: every value of the named header (case-insensitive),
     * joined with {@code ", "} in the order received, or null if the header is absent. Allocates
     * nothing for an absent or single-valued header. {@link Response#header(String)} would give
     * only the last value, so a {@code Vary: X-Esri-Authorization} line followed by
     * {@code Vary: Origin} would go unseen.
     */
    static Function<String, String> headers(Headers headers) {
        return name -> {
            String first = null;
            StringBuilder joined = null;
            for (int i = 0, n = headers.size(); i < n; i++) {
                if (!headers.name(i).equalsIgnoreCase(name)) {
                    continue;
                }
                String value = headers.value(i);
                if (first == null) {
                    first = value;
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(first);
                    }
                    joined.append(", ").append(value);
                }
            }
            return joined != null ? joined.toString() : first;
        };
    }

    /**
     * Sends the request, retrying as the class documentation describes, and returns the last
     * response with its {@link StatusCode} attached.
     *
     * @param chain OkHttp's chain
     * @return the last response received; never a closed one
     * @throws IOException as OkHttp throws it for any attempt; {@code IOException("Canceled")} if
     *     the call is canceled (or times out) during a wait; {@link InterruptedIOException} if the
     *     thread is interrupted during a wait
     * @throws NullPointerException if {@code chain} is null
     */
    @Override
    public Response intercept(Chain chain) throws IOException {
        Checks.notNull(chain, "chain");
        Request request = chain.request();
        Call call = chain.call();
        // The call timeout's own start is not exposed (RealCall's AsyncTimeout keeps it private),
        // so it is counted from here; see "How long it waits".
        long startNanos = System.nanoTime();
        int sent = 0;
        for (int retry = 0; ; retry++) {
            Response response = chain.proceed(request);
            sent += 1 + okHttpRetries(response);
            int number = response.code();
            if (number < 100 || number > 999) {
                return response;
            }
            StatusCode code;
            long delayNanos = 0;
            try {
                code = registry.resolve(number, headers(response.headers()));
                GiveUpReason reason = null;
                if (!shouldRetry(response, code, request.method())) {
                    if (retryPredicate != null
                            || code.retryability() != Retryability.IDEMPOTENT_ONLY) {
                        return tag(response, code);   // not retryable at all: no give-up
                    }
                    reason = GiveUpReason.NOT_IDEMPOTENT;
                } else if (isOneShot(request.body())) {
                    reason = GiveUpReason.ONE_SHOT_BODY;
                } else if (sent >= maxAttempts) {
                    reason = GiveUpReason.ATTEMPTS_EXHAUSTED;
                } else {
                    Optional<Duration> retryAfter =
                            RetryAfter.parse(response.header("Retry-After"), clock);
                    if (retryAfter.isPresent() && retryAfter.get().compareTo(retryAfterMax) > 0) {
                        reason = GiveUpReason.RETRY_AFTER_TOO_LONG;
                    } else {
                        // A malformed Retry-After parses to empty and falls back to the backoff.
                        delayNanos = retryAfter.isPresent()
                                ? saturatedNanos(retryAfter.get()) : backoffNanos(retry);
                        if (delayNanos >= remainingCallNanos(call, startNanos)) {
                            reason = GiveUpReason.CALL_TIMEOUT;
                        }
                    }
                }
                if (reason != null) {
                    Response result = tag(response, code);
                    listener.onGiveUp(request, code, sent, reason);
                    return result;
                }
            } catch (RuntimeException | Error e) {
                // A predicate, listener, random source or registry failed: do not leak the response.
                closeQuietly(response);
                throw e;
            }
            // Close the discarded response before the next proceed(): OkHttp refuses a new exchange
            // while the previous response is open, and closing returns its connection to the pool.
            closeQuietly(response);
            listener.onRetry(request, code, sent, Duration.ofNanos(delayNanos));
            await(call, delayNanos, code);
        }
    }

    /** The retryability rule, or the user's predicate. */
    private boolean shouldRetry(Response response, StatusCode code, String method) {
        if (retryPredicate != null) {
            return retryPredicate.test(response, code);
        }
        if (code.isRetryable(method)) {
            return true;
        }
        return code.retryability() == Retryability.IDEMPOTENT_ONLY
                && retryNonIdempotent.contains(method);
    }

    /** A one-shot or duplex body cannot be written a second time. */
    private static boolean isOneShot(RequestBody body) {
        return body != null && (body.isOneShot() || body.isDuplex());
    }

    /**
     * Counts the requests OkHttp's {@code RetryAndFollowUpInterceptor} sent again inside one
     * {@code proceed()}: each prior response with a code it answers by resending the same request
     * (408, 421, 503). Redirects and auth challenges build a new request and are not retries.
     */
    private static int okHttpRetries(Response response) {
        int n = 0;
        for (Response p = response.priorResponse(); p != null; p = p.priorResponse()) {
            int c = p.code();
            if (c == 408 || c == 421 || c == 503) {
                n++;
            }
        }
        return n;
    }

    /** Full jitter: uniform in [0, min(max, base * 2^retry)); the ceiling itself without jitter. */
    long backoffNanos(int retry) {
        long ceiling;
        if (retry >= 62 || backoffBaseNanos > (backoffMaxNanos >> retry)) {
            ceiling = backoffMaxNanos;
        } else {
            ceiling = Math.min(backoffMaxNanos, backoffBaseNanos << retry);
        }
        if (!jitter) {
            return ceiling;
        }
        double r = random.getAsDouble();
        if (!(r > 0)) {
            return 0;
        }
        if (r >= 1) {
            return ceiling == 0 ? 0 : ceiling - 1;
        }
        return (long) (r * ceiling);
    }

    /**
     * What is left of the call timeout and any deadline on it; Long.MAX_VALUE if neither is set.
     * The deadline is exact. The call timeout is counted from {@code startNanos}, when this
     * interceptor first saw the call: okio's {@code AsyncTimeout} computes its expiry in
     * {@code enter()} but keeps it private (okio 3.6) or Kotlin-internal (okio 3.18), so time spent
     * before this interceptor is not seen.
     */
    private static long remainingCallNanos(Call call, long startNanos) {
        Timeout timeout = call.timeout();
        long now = System.nanoTime();
        long left = Long.MAX_VALUE;
        long timeoutNanos = timeout.timeoutNanos();
        if (timeoutNanos > 0) {
            left = timeoutNanos - (now - startNanos);
        }
        if (timeout.hasDeadline()) {
            left = Math.min(left, timeout.deadlineNanoTime() - now);
        }
        return left;
    }

    /** Sleeps in slices of at most 10 ms, checking for cancellation before each. */
    private void await(Call call, long nanos, StatusCode code) throws IOException {
        long remaining = nanos;
        while (true) {
            if (call.isCanceled()) {
                // The same exception OkHttp throws for a call canceled between attempts.
                throw new IOException("Canceled");
            }
            if (remaining <= 0) {
                return;
            }
            long slice = Math.min(remaining, CANCEL_CHECK_NANOS);
            try {
                sleeper.sleep(Duration.ofNanos(slice));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                InterruptedIOException ie = new InterruptedIOException("interrupted while waiting "
                        + Duration.ofNanos(nanos) + " to retry after " + code);
                ie.initCause(e);
                throw ie;
            }
            remaining -= slice;
        }
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
                // Closing is best effort, as in okhttp3.internal.closeQuietly.
            }
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Returns the configuration, e.g. {@code StatusCodeInterceptor{maxAttempts=3, backoffBase=PT0.1S,
     * backoffMax=PT20S, jitter=true, retryAfterMax=PT20S, retryNonIdempotent=[], retryPredicate=none}}.
     */
    @Override
    public String toString() {
        return "StatusCodeInterceptor{maxAttempts=" + maxAttempts + ", backoffBase=" + backoffBase
                + ", backoffMax=" + backoffMax + ", jitter=" + jitter + ", retryAfterMax="
                + retryAfterMax + ", retryNonIdempotent=" + new TreeSet<>(retryNonIdempotent)
                + ", retryPredicate=" + (retryPredicate == null ? "none" : "custom") + "}";
    }

    /**
     * Waits between attempts; replace it in tests to record waits instead of sleeping. The
     * interceptor calls it with slices of at most 10 ms and checks {@link Call#isCanceled()}
     * between them. Must be thread-safe.
     *
     * <pre>{@code
     * List<Duration> slept = new CopyOnWriteArrayList<>();
     * StatusCodeInterceptor interceptor = StatusCodeInterceptor.builder()
     *     .sleeper(slept::add)          // no real sleeping
     *     .jitter(false)
     *     .build();
     * }</pre>
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for a duration.
         *
         * @param duration how long, positive and at most 10 ms
         * @throws InterruptedException if the thread is interrupted; the interceptor restores the
         *     interrupt status and ends the call with an {@link InterruptedIOException}
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * Configures a {@link StatusCodeInterceptor}. Setters reject null at once; ranges are checked
     * by {@link #build()}, whose message names the option. Not thread-safe; {@link #build()}
     * copies the configuration, so the interceptor it returns is immutable.
     *
     * <pre>{@code
     * StatusCodeInterceptor interceptor = StatusCodeInterceptor.builder()
     *     .maxAttempts(5)
     *     .backoffBase(Duration.ofMillis(200))
     *     .backoffMax(Duration.ofSeconds(5))
     *     .retryAfterMax(Duration.ofSeconds(30))
     *     .registry(myRegistry)                       // with your own codes
     *     .retryNonIdempotent("POST")                 // your API de-duplicates POSTs
     *     .listener(myMetrics)
     *     .build();
     * }</pre>
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration backoffBase = DEFAULT_BACKOFF_BASE;
        private Duration backoffMax = DEFAULT_BACKOFF_MAX;
        private boolean jitter = true;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Duration retryAfterMax = DEFAULT_RETRY_AFTER_MAX;
        private StatusRegistry registry = StatusRegistry.defaults();
        private BiPredicate<? super Response, ? super StatusCode> retryPredicate;
        private Set<String> retryNonIdempotent = Set.of();
        private RetryListener listener = RetryListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.getNano() % 1_000_000);

        private Builder() {
        }

        /**
         * Sets how many requests a call may send in all, the first one included; OkHttp's own
         * retries count too (see {@link StatusCodeInterceptor}). Default 3; 1 turns retries off
         * while still resolving every code.
         *
         * @param maxAttempts 1 or more; checked by {@link #build()}
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the backoff before the first retry when the response gives no valid
         * {@code Retry-After}; it doubles for each further retry, up to {@link #backoffMax}.
         * Default 100 ms.
         *
         * @param backoffBase zero or more, at most {@code backoffMax}; checked by {@link #build()}
         * @return this builder
         * @throws NullPointerException if {@code backoffBase} is null
         */
        public Builder backoffBase(Duration backoffBase) {
            this.backoffBase = Checks.notNull(backoffBase, "backoffBase");
            return this;
        }

        /**
         * Sets the longest backoff. Default 20 s.
         *
         * @param backoffMax zero or more; checked by {@link #build()}
         * @return this builder
         * @throws NullPointerException if {@code backoffMax} is null
         */
        public Builder backoffMax(Duration backoffMax) {
            this.backoffMax = Checks.notNull(backoffMax, "backoffMax");
            return this;
        }

        /**
         * Sets whether the backoff is drawn at random from {@code [0, ceiling)} ("full jitter",
         * which spreads the retries of many clients) or is the ceiling itself. Default true.
         *
         * @param jitter false for exact, predictable delays
         * @return this builder
         */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the source of randomness for the jitter, e.g. a fixed value in tests. Default
         * {@link ThreadLocalRandom}.
         *
         * @param random a thread-safe supplier of values in {@code [0, 1)}; values outside are
         *     clamped to that range
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         */
        public Builder random(DoubleSupplier random) {
            this.random = Checks.notNull(random, "random");
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} the interceptor waits for. A response asking for
         * longer is returned at once, as is, for the application to schedule the retry: a longer
         * wait would hold the calling thread, which for {@code enqueue} is one of OkHttp's
         * dispatcher threads. Default 20 s.
         *
         * @param retryAfterMax zero or more; zero retries only on {@code Retry-After: 0}; checked
         *     by {@link #build()}
         * @return this builder
         * @throws NullPointerException if {@code retryAfterMax} is null
         */
        public Builder retryAfterMax(Duration retryAfterMax) {
            this.retryAfterMax = Checks.notNull(retryAfterMax, "retryAfterMax");
            return this;
        }

        /**
         * Sets the registry that resolves codes, e.g. one with your own codes. Default
         * {@link StatusRegistry#defaults()}.
         *
         * @param registry the registry
         * @return this builder
         * @throws NullPointerException if {@code registry} is null
         */
        public Builder registry(StatusRegistry registry) {
            this.registry = Checks.notNull(registry, "registry");
            return this;
        }

        /**
         * Replaces the retryability rule: the predicate decides whether a response is retried.
         * The interceptor still never replays a one-shot or duplex body, never exceeds
         * {@code maxAttempts}, and never waits past {@code retryAfterMax} or the call timeout.
         * The predicate must not consume the response body (use {@code response.peekBody(n)}).
         *
         * <pre>{@code
         * // Also retry POSTs that carry an idempotency key; never retry 500s.
         * .retryPredicate((response, code) -> code.code() != 500
         *     && (code.isRetryable(response.request().method())
         *         || code.isRetryable() && response.request().header("Idempotency-Key") != null))
         * }</pre>
         *
         * @param retryPredicate true to retry the response
         * @return this builder
         * @throws NullPointerException if {@code retryPredicate} is null
         */
        public Builder retryPredicate(BiPredicate<? super Response, ? super StatusCode> retryPredicate) {
            this.retryPredicate = Checks.notNull(retryPredicate, "retryPredicate");
            return this;
        }

        /**
         * Lets {@link Retryability#IDEMPOTENT_ONLY} codes (500, 502, 504, ...) retry these
         * non-idempotent methods too, e.g. {@code "POST"} for an API that de-duplicates requests.
         * Replaces the methods of an earlier call. Methods are case-sensitive (RFC 9110 §9.1).
         * Default none.
         *
         * @param methods the methods, e.g. {@code "POST", "PATCH"}
         * @return this builder
         * @throws IllegalArgumentException if {@code methods} or one of them is null or empty, or
         *     one contains a character that is not allowed in a method token
         */
        public Builder retryNonIdempotent(String... methods) {
            Checks.notNull(methods, "methods");
            for (int i = 0; i < methods.length; i++) {
                String m = methods[i];
                if (m == null || m.isEmpty()) {
                    throw new IllegalArgumentException("methods[" + i + "] must not be "
                            + (m == null ? "null" : "empty") + "; pass method names like \"POST\"");
                }
                for (int j = 0; j < m.length(); j++) {
                    char c = m.charAt(j);
                    if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                        throw new IllegalArgumentException("methods[" + i + "] \"" + m
                                + "\" is not an HTTP method token; it has '" + c + "' at index "
                                + j);
                    }
                }
            }
            this.retryNonIdempotent = Set.copyOf(Arrays.asList(methods));
            return this;
        }

        /**
         * Sets the listener that sees each retry and each give-up. Default
         * {@link RetryListener#NONE}.
         *
         * @param listener a thread-safe, non-blocking listener
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder listener(RetryListener listener) {
            this.listener = Checks.notNull(listener, "listener");
            return this;
        }

        /**
         * Sets the clock that gives "now" for {@code Retry-After} HTTP-dates. Default
         * {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /**
         * Sets how the interceptor waits between attempts, e.g. a recorder in tests. Default
         * {@link Thread#sleep(long, int)}.
         *
         * @param sleeper the sleeper
         * @return this builder
         * @throws NullPointerException if {@code sleeper} is null
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.notNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Builds the immutable interceptor.
         *
         * @return the interceptor
         * @throws IllegalArgumentException if {@code maxAttempts} is less than 1, a duration is
         *     negative, or {@code backoffBase} is longer than {@code backoffMax}; the message names
         *     the option and its value
         */
        public StatusCodeInterceptor build() {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts is " + maxAttempts
                        + "; it must be 1 or more (1 sends each request once, without retries)");
            }
            notNegative(backoffBase, "backoffBase");
            notNegative(backoffMax, "backoffMax");
            notNegative(retryAfterMax, "retryAfterMax");
            if (backoffBase.compareTo(backoffMax) > 0) {
                throw new IllegalArgumentException("backoffBase " + backoffBase
                        + " is longer than backoffMax " + backoffMax
                        + "; raise backoffMax or lower backoffBase");
            }
            return new StatusCodeInterceptor(this);
        }

        private static void notNegative(Duration d, String option) {
            if (d.isNegative()) {
                throw new IllegalArgumentException(option + " is " + d
                        + "; it must be zero or more");
            }
        }
    }

}
