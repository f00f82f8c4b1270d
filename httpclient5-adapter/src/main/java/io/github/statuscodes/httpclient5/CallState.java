package io.github.statuscodes.httpclient5;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Attempts;
import io.github.statuscodes.internal.Discards;
import java.net.URI;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.protocol.RedirectLocations;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/** One call's retry state, kept in its context; HttpClient runs one call's steps in turn. */
final class CallState {
    static final String ATTRIBUTE = "io.github.statuscodes.httpclient5.retry-state";
    static final URI UNKNOWN_URI = URI.create("unknown:request");

    final RetryCall call;
    Object cause;   // the response or failure of the last decision, and its delay; -1 to stop
    long delayNanos;
    Object retried;   // the last response retried; the async discard step reads it
    private RequestConfig userConfig;   // before the call bounded its retries; null while none
    /** The next attempt's config, which the classic {@link DiscardStep} puts in; null: as is. */
    @Nullable RequestConfig attemptConfig;

    private final long callStartNanos;   // the first hop's start: one deadline over redirects

    private CallState(RetryCall call, long callStartNanos) {
        this.call = call;
        this.callStartNanos = callStartNanos;
    }

    /** The call's state in {@code context}: new for execCount 1, attempts synced to HttpClient. */
    static CallState of(HttpContext context, int execCount, Supplier<RetryCall> newCall) {
        Object o = context.getAttribute(ATTRIBUTE);
        CallState s = o instanceof CallState ? (CallState) o : null;
        if (s == null || s.call.isStopped() || s.call.attempts() >= execCount) {
            // A redirect hop starts again from execCount 1, with the hops so far in the context.
            RedirectLocations hops = HttpClientContext.castOrCreate(context).getRedirectLocations();
            long start = s != null && hops != null && hops.size() > 0
                    ? s.callStartNanos : System.nanoTime();
            s = new CallState(newCall.get(), start);
            context.setAttribute(ATTRIBUTE, s);
        }
        s.call.countClientResends(execCount - 1 - s.call.attempts());
        return s;
    }

    /** A call of {@code request}; a request the context lacks is "UNKNOWN", not idempotent. */
    static RetryCall newCall(RetryPolicy policy, HttpRequest request, RetryListener listener) {
        String method = request == null ? null : request.getMethod();
        URI uri = UNKNOWN_URI;
        try {
            uri = request == null ? uri : request.getUri();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // the events then name no URI; the call goes on
        }
        // The async client's request carries no entity; its chain never retries a one-shot body.
        HttpEntity body = request instanceof ClassicHttpRequest
                ? ((ClassicHttpRequest) request).getEntity() : null;
        return policy.newCall(method == null || method.isEmpty() ? "UNKNOWN" : method, uri,
                body == null || body.isRepeatable(), listener);
    }

    /** Nanoseconds left of the call's {@code callTimeout}, redirect hops included. */
    long nanosLeft() {
        return Math.min(call.nanosLeft(),
                call.policy().remainingNanos(System.nanoTime() - callStartNanos));
    }

    /**
     * The next attempt's response timeout: what is left after the wait; -1 puts yours back.
     * HttpClient 5.4's retry step returns the response instead of waiting when the wait is longer
     * than the context's response timeout, so until the next attempt the context shows one that
     * allows the wait; the classic {@link DiscardStep} then puts the attempt's own in.
     */
    void bound(HttpClientContext context, long delayNanos) {
        if (delayNanos < 0) {
            attemptConfig = null;
            if (userConfig != null) {
                context.setRequestConfig(userConfig);
                userConfig = null;
            }
            return;
        }
        if (userConfig == null) {
            userConfig = context.getRequestConfigOrDefault();
        }
        long millis = Attempts.timeoutMillis(nanosLeft(), delayNanos);
        Timeout user = userConfig.getResponseTimeout();
        RequestConfig attempt = millis == Long.MAX_VALUE || user != null && !user.isDisabled()
                && user.toMilliseconds() <= millis ? userConfig : RequestConfig.copy(userConfig)
                .setResponseTimeout(Timeout.ofMilliseconds(millis)).build();
        attemptConfig = attempt;
        long waitMillis = (delayNanos + 999_999) / 1_000_000;
        Timeout t = attempt.getResponseTimeout();
        context.setRequestConfig(t != null && t.toMilliseconds() < waitMillis
                ? RequestConfig.copy(attempt).setResponseTimeout(Timeout.ofMilliseconds(waitMillis))
                        .build() : attempt);
    }

    /** Puts the user's config back in {@code context} when a call ends, however it ends. */
    void restore(HttpClientContext context) {
        bound(context, -1);
    }

    /**
     * Drops a retried classic response's connection, which HttpClient's close would drain: the
     * discard step's body under decompression aborts it when core's {@code Discards} closes it.
     */
    static void discard(HttpResponse response) {
        HttpEntity entity = response instanceof ClassicHttpResponse
                ? ((ClassicHttpResponse) response).getEntity() : null;
        if (entity != null) {   // none: no body, or the async client, whose discard step drops it
            try {
                Discards.discard(entity.getContent());
                ((ClassicHttpResponse) response).setEntity(null);   // nothing left to drain
            } catch (java.io.IOException | RuntimeException e) {
                // HttpClient closes the response in any case
            }
        }
    }
}
