package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.StatusCode;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call: the body handler given to the wrapped client. It asks the policy as soon
 * as the status line and headers are in, before any byte of the body: a response that will be
 * retried gets a subscriber that drains and drops the body, and any other goes to the caller's
 * handler untouched.
 */
final class Attempt<T> implements BodyHandler<T> {
    private final RetryingClient client;
    private final HttpRequest request;
    private final boolean bodyRepeatable;
    private final long startNanos;
    private final int number;
    private final BodyHandler<T> handler;
    /** Written by {@link #apply}, read after the attempt's response completed. */
    private volatile RetryDecision decision;
    private volatile StatusCode code;

    Attempt(RetryingClient client, HttpRequest request, boolean bodyRepeatable, long startNanos,
            int number, BodyHandler<T> handler) {
        this.client = client;
        this.request = request;
        this.bodyRepeatable = bodyRepeatable;
        this.startNanos = startNanos;
        this.number = number;
        this.handler = handler;
    }

    @Override
    public BodySubscriber<T> apply(ResponseInfo responseInfo) {
        HttpHeaders headers = responseInfo.headers();
        Function<String, @Nullable String> accessor = name -> header(headers, name);
        StatusCode c = client.policy().resolve(responseInfo.statusCode(), accessor);
        RetryDecision d = client.policy().decide(number, request.method(), bodyRepeatable, c,
                accessor, client.nanosLeft(startNanos));
        this.code = c;
        this.decision = d;
        if (d.isRetry()) {
            // Drains the body into nothing, so the connection can be reused; never buffered.
            return BodySubscribers.replacing(null);
        }
        return handler.apply(responseInfo);
    }

    int number() {
        return number;
    }

    /** True when the response arrived and the policy said to send the request again. */
    boolean isRetry() {
        RetryDecision d = decision;
        return d != null && d.isRetry();
    }

    long delayNanos() {
        return decision.delayNanos();
    }

    /** Tells the listener about the retry this attempt's response caused. */
    void reportRetry() {
        RetryListener listener = client.listener();
        if (listener == RetryListener.NONE) {
            return;
        }
        try {
            listener.onRetry(request, code, number, Duration.ofNanos(decision.delayNanos()));
        } catch (RuntimeException e) {
            client.reportListenerFailure("onRetry", e);
        }
    }

    /** Tells the listener when the returned response was retryable but is not retried. */
    void reportGiveUp() {
        RetryDecision d = decision;
        RetryListener listener = client.listener();
        if (d == null || !d.isGiveUp() || listener == RetryListener.NONE) {
            return;
        }
        try {
            listener.onGiveUp(request, code, number, d.stopReason());
        } catch (RuntimeException e) {
            client.reportListenerFailure("onGiveUp", e);
        }
    }


    /**
     * Every value of a header, joined with {@code ", "} as RFC 9110 §5.3 combines repeated
     * fields; null when absent. {@link HttpHeaders} matches names case-insensitively.
     */
    static String header(HttpHeaders headers, String name) {
        List<String> values = headers.allValues(name);
        switch (values.size()) {
            case 0:
                return null;
            case 1:
                return values.get(0);
            default:
                return String.join(", ", values);
        }
    }
}
