package io.github.statuscodes.jdkhttp;

import io.github.statuscodes.RetryCall;
import io.github.statuscodes.RetryDecision;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One {@code sendAsync} call: sends an attempt, and when its response says to retry, schedules
 * the next one on a delayed executor; no thread waits. Completing the returned future in any
 * other way (cancel, {@code orTimeout}, {@code complete}) cancels the attempt in flight and stops
 * the retries.
 */
final class AsyncCall<T> {
    private final CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
    private final RetryingClient client;
    private final HttpRequest request;
    private final BodyHandler<T> handler;
    /** Null when the caller gave none. */
    private final PushPromiseHandler<T> pushHandler;
    /** Touched by one attempt at a time, each handing over to the next through a future. */
    private final RetryCall call;
    /** Where the retries run: the client's executor, else the common pool. */
    private final Executor executor;
    private volatile CompletableFuture<HttpResponse<T>> inFlight;
    /** The last attempt that was retried, whose discarded body is closed before the next. */
    private volatile Attempt<T> retried;

    AsyncCall(RetryingClient client, HttpRequest request, BodyHandler<T> handler,
            PushPromiseHandler<T> pushHandler) {
        this.client = client;
        this.request = request;
        this.handler = handler;
        this.pushHandler = pushHandler;
        this.call = client.newCall(request);
        this.executor = client.executor().orElse(null);
    }

    CompletableFuture<HttpResponse<T>> start() {
        result.whenComplete((response, failure) -> {
            Attempt<T> r = retried;
            if (r != null) {
                r.closeDiscarded();
            }
            CompletableFuture<HttpResponse<T>> f = inFlight;
            if (f != null && !f.isDone()) {
                f.cancel(true);   // on Java 16+ this aborts the JDK client's exchange
            }
        });
        send();
        return result;
    }

    private void send() {
        try {
            if (result.isDone()) {
                return;
            }
            Attempt<T> attempt = new Attempt<>(call, handler);
            HttpRequest bounded = BoundedRequest.of(request, call);
            CompletableFuture<HttpResponse<T>> f = pushHandler == null
                    ? client.delegate().sendAsync(bounded, attempt)
                    : client.delegate().sendAsync(bounded, attempt, pushHandler);
            inFlight = f;
            if (result.isDone()) {   // cancelled while sending
                f.cancel(true);
                return;
            }
            f.whenComplete((response, failure) -> done(attempt, response, failure));
        } catch (RuntimeException | Error e) {
            if (call.attempts() == 0) {
                throw e;   // as the wrapped client throws it from sendAsync, e.g. a bad request
            }
            result.completeExceptionally(e);
        }
    }

    private void done(Attempt<T> attempt, HttpResponse<T> response, Throwable failure) {
        try {
            if (result.isDone()) {
                return;
            }
            if (failure != null) {
                Throwable cause = RetryingClient.unwrap(failure);
                if (RetryingClient.isConnectFailure(cause)) {
                    RetryDecision d = call.onConnectFailure(cause);
                    if (d.isRetry()) {
                        schedule(d.delayNanos(), null);
                        return;
                    }
                }
                result.completeExceptionally(failure);
                return;
            }
            if (attempt.isRetry()) {
                retried = attempt;
                schedule(attempt.delayNanos(), attempt);
            } else {
                result.complete(response);
            }
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** Sends the next attempt after the delay, and once the retried body is read or cancelled. */
    private void schedule(long delayNanos, Attempt<T> retried) {
        Executor delayed = executor == null
                ? CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS)
                : CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS, task -> {
                    try {
                        executor.execute(task);
                    } catch (RejectedExecutionException e) {   // e.g. the executor was shut down
                        result.completeExceptionally(e);
                    }
                });
        if (retried == null) {
            delayed.execute(this::send);
        } else {
            delayed.execute(() -> retried.discarded(call.nanosLeft())
                    .whenComplete((v, t) -> send()));
        }
    }
}
