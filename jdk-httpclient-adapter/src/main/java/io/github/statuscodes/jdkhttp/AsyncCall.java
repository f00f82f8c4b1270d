package io.github.statuscodes.jdkhttp;

import java.io.IOException;
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
    private final boolean repeatable;
    private final long startNanos = System.nanoTime();
    /** Where the retries run: the client's executor, else the common pool. */
    private final Executor executor;
    /** Touched by one attempt at a time, each handing over to the next through a future. */
    private int attempts;
    private volatile CompletableFuture<HttpResponse<T>> inFlight;

    AsyncCall(RetryingClient client, HttpRequest request, BodyHandler<T> handler,
            PushPromiseHandler<T> pushHandler) {
        this.client = client;
        this.request = request;
        this.handler = handler;
        this.pushHandler = pushHandler;
        this.repeatable = RetryingClient.isRepeatable(request);
        this.executor = client.executor().orElse(null);
    }

    CompletableFuture<HttpResponse<T>> start() {
        result.whenComplete((response, failure) -> {
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
            Attempt<T> attempt = new Attempt<>(client, request, repeatable, startNanos,
                    ++attempts, handler);
            CompletableFuture<HttpResponse<T>> f = pushHandler == null
                    ? client.delegate().sendAsync(request, attempt)
                    : client.delegate().sendAsync(request, attempt, pushHandler);
            inFlight = f;
            if (result.isDone()) {   // cancelled while sending
                f.cancel(true);
                return;
            }
            f.whenComplete((response, failure) -> done(attempt, response, failure));
        } catch (RuntimeException | Error e) {
            if (attempts <= 1) {
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
                    long delay = client.connectFailureDelay(request, (IOException) cause,
                            attempt.number(), repeatable, startNanos);
                    if (delay >= 0) {
                        schedule(delay);
                        return;
                    }
                }
                result.completeExceptionally(failure);
                return;
            }
            if (attempt.isRetry()) {
                attempt.reportRetry();
                schedule(attempt.delayNanos());
            } else {
                attempt.reportGiveUp();
                result.complete(response);
            }
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private void schedule(long delayNanos) {
        Executor delayed = executor == null
                ? CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS)
                : CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS, task -> {
                    try {
                        executor.execute(task);
                    } catch (RejectedExecutionException e) {   // e.g. the executor was shut down
                        result.completeExceptionally(e);
                    }
                });
        delayed.execute(this::send);
    }
}
