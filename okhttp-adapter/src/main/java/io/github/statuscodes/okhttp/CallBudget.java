package io.github.statuscodes.okhttp;

import java.util.ArrayList;
import java.util.List;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Attempts;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor.Chain;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Timeout;

/**
 * What {@link StatusCodeInterceptor} does with OkHttp's types around an attempt: the call's time
 * left and OkHttp's own resends, the chain bounded by the policy's deadline, the response tagged
 * or closed.
 */
final class CallBudget {
    private CallBudget() {
    }

    /**
     * The responses OkHttp's {@code RetryAndFollowUpInterceptor} answered inside one
     * {@code proceed()} by resending the same request (408, 421, 503), oldest first. Redirects
     * and auth challenges build a new request and are not retries.
     */
    static List<Response> okHttpResends(Response response) {
        List<Response> resent = null;
        for (Response p = response.priorResponse(); p != null; p = p.priorResponse()) {
            if (p.code() == 408 || p.code() == 421 || p.code() == 503) {
                if (resent == null) {
                    resent = new ArrayList<>(2);
                }
                resent.add(0, p);
            }
        }
        return resent == null ? List.of() : resent;
    }

    /** The lesser of OkHttp's call timeout and the call's deadline; Long.MAX_VALUE for none. */
    static long nanosLeft(Call call, long startNanos) {
        Timeout timeout = call.timeout();
        long now = System.nanoTime();
        long left = Long.MAX_VALUE;
        if (timeout.timeoutNanos() > 0) {
            left = Math.min(left, timeout.timeoutNanos() - (now - startNanos));
        }
        if (timeout.hasDeadline()) {
            left = Math.min(left, timeout.deadlineNanoTime() - now);
        }
        return left;
    }

    /**
     * The chain with what is left of the policy's call timeout as its connect, write and read
     * timeouts, where those are longer or unset; the chain itself without a call timeout.
     */
    static Chain bounded(Chain chain, long nanosLeft) {
        long ms = Attempts.timeoutMillis(nanosLeft, 0);
        if (ms == Long.MAX_VALUE) {
            return chain;
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, ms);
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

    /** The code tagged on the response by the interceptor, else the built-in registry's. */
    static StatusCode statusCode(Response response) {
        StatusCode tagged = response.request().tag(StatusCode.class);
        if (tagged != null && tagged.code() == response.code()) {
            return tagged;
        }
        return io.github.statuscodes.RetryPolicy.defaults().resolve(response.code(),
                OkHttpHeaders.accessor(response.headers()));
    }

    static Response tag(Response response, StatusCode code) {
        Request tagged = response.request().newBuilder().tag(StatusCode.class, code).build();
        return response.newBuilder().request(tagged).build();
    }

    static void closeQuietly(Response response) {
        ResponseBody body = response.body();
        if (body != null) {
            try {
                body.close();
            } catch (RuntimeException ignored) {
                // Best effort, as okhttp3.internal.closeQuietly.
            }
        }
    }
}
