package io.github.statuscodes.httpclient5;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.Attempts;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/** One call's retry state, kept in its context; HttpClient runs one call's steps in turn. */
final class CallState {
    static final String ATTRIBUTE = "io.github.statuscodes.httpclient5.retry-state";
    /** Where the classic {@link DiscardStep} keeps the exec runtime in the context. */
    static final String RUNTIME = "io.github.statuscodes.httpclient5.exec-runtime";
    static final URI UNKNOWN_URI = URI.create("unknown:request");

    final RetryCall call;
    Object cause;   // the response or failure of the last decision, and its delay; -1 to stop
    long delayNanos;
    Object retried;   // the last response retried; the async discard step reads it
    private RequestConfig userConfig;   // before the call bounded its retries; null while none

    private CallState(RetryCall call) {
        this.call = call;
    }

    /** The call's state in {@code context}: new for execCount 1, attempts synced to HttpClient. */
    static CallState of(HttpContext context, int execCount, Supplier<RetryCall> newCall) {
        Object o = context.getAttribute(ATTRIBUTE);
        CallState s = o instanceof CallState ? (CallState) o : null;
        if (execCount == 1 || s == null || s.call.isStopped() || s.call.attempts() >= execCount) {
            s = new CallState(newCall.get());
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

    /** The next attempt's response timeout: what is left after the wait; -1 puts yours back. */
    void bound(HttpClientContext context, long delayNanos) {
        if (delayNanos < 0) {
            if (userConfig != null) {
                context.setRequestConfig(userConfig);
                userConfig = null;
            }
            return;
        }
        long millis = Attempts.timeoutMillis(call.nanosLeft(), delayNanos);
        if (millis == Long.MAX_VALUE) {
            return;
        }
        if (userConfig == null) {
            userConfig = context.getRequestConfigOrDefault();
        }
        Timeout user = userConfig.getResponseTimeout();
        context.setRequestConfig(user != null && !user.isDisabled()
                && user.toMilliseconds() <= millis ? userConfig : RequestConfig.copy(userConfig)
                .setResponseTimeout(Timeout.ofMilliseconds(millis)).build());
    }

    /** Drops a retried classic response's connection, which HttpClient's close would drain. */
    void discard(HttpResponse response, HttpContext context) {
        HttpEntity entity = response instanceof ClassicHttpResponse
                ? ((ClassicHttpResponse) response).getEntity() : null;
        if (entity == null) {
            return;   // no body, or the async client, whose discard step drops it
        }
        try {
            Object runtime = context.getAttribute(RUNTIME);
            if (runtime instanceof ExecRuntime) {
                ((ExecRuntime) runtime).discardEndpoint();
            } else {
                InputStream in = entity.getContent();
                if (!(in instanceof EofSensorInputStream)) {
                    return;
                }
                ((EofSensorInputStream) in).abort();
            }
            ((ClassicHttpResponse) response).setEntity(null);   // nothing left to drain
        } catch (java.io.IOException | RuntimeException e) {
            // HttpClient closes the response in any case
        }
    }
}
