package io.github.statuscodes.okhttp;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Call;
import okhttp3.Response;
import okio.Timeout;

/** What OkHttp tells {@link StatusCodeInterceptor} of a call's budget: time left, attempts made; the policy's own deadline is the RetryCall's. */
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
}
