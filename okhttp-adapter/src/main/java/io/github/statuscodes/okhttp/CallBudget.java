package io.github.statuscodes.okhttp;

import okhttp3.Call;
import okhttp3.Response;
import okio.Timeout;

/** What OkHttp tells {@link StatusCodeInterceptor} of a call's budget: time left, attempts made; the policy's own deadline is the RetryCall's. */
final class CallBudget {
    private CallBudget() {
    }

    /**
     * Counts the requests OkHttp's {@code RetryAndFollowUpInterceptor} sent again inside one
     * {@code proceed()}: prior responses it answers by resending the same request (408, 421,
     * 503). Redirects and auth challenges build a new request and are not retries.
     */
    static int okHttpRetries(Response response) {
        int n = 0;
        for (Response p = response.priorResponse(); p != null; p = p.priorResponse()) {
            if (p.code() == 408 || p.code() == 421 || p.code() == 503) {
                n++;
            }
        }
        return n;
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
