package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.internal.Attempts;
import io.github.statuscodes.internal.Discards;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call: the body handler given to the wrapped client. It reports the status line
 * and headers to the call before any byte of the body: a response that will be retried gets a
 * {@link Discard}, any other goes to the caller's handler untouched.
 */
final class Attempt<T> implements BodyHandler<T> {
    private final RetryCall call;
    private final BodyHandler<T> handler;
    /** Written by {@link #apply}, read after the attempt's response completed. */
    private volatile RetryDecision decision;
    private volatile Discard<T> discard;

    Attempt(RetryCall call, BodyHandler<T> handler) {
        this.call = call;
        this.handler = handler;
    }

    @Override
    public BodySubscriber<T> apply(ResponseInfo responseInfo) {
        HttpHeaders headers = responseInfo.headers();
        RetryDecision d = call.onResponse(responseInfo.statusCode(),
                name -> header(headers, name));
        this.decision = d;
        if (d.isRetry()) {
            Discard<T> x = new Discard<>();
            discard = x;
            return x;
        }
        return handler.apply(responseInfo);
    }

    /** True when the response arrived and the policy said to send the request again. */
    boolean isRetry() {
        RetryDecision d = decision;
        return d != null && d.isRetry();
    }

    long delayNanos() {
        return decision.delayNanos();
    }

    /** Stops reading the discarded body, when the call ends. */
    void closeDiscarded() {
        Discard<T> x = discard;
        if (x != null) {
            x.close();
        }
    }

    /**
     * Completes when the discarded body is read to its end, or after the grace (bounded by what is
     * left of the call), when it is cancelled; for the next attempt to wait on, after the delay.
     */
    CompletableFuture<Void> discarded(long nanosLeft) {
        Discard<T> x = discard;
        if (x == null) {
            return CompletableFuture.completedFuture(null);
        }
        long grace = Discards.readNanos(0, nanosLeft);
        return x.finished.completeOnTimeout(null, grace, TimeUnit.NANOSECONDS)
                .whenComplete((v, t) -> x.close());
    }

    /** Every value of a header joined with ", "; null when absent. */
    static @Nullable String header(HttpHeaders headers, String name) {
        return Attempts.join(headers.allValues(name));
    }
}
