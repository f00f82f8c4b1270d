package io.github.statuscodes.resilience4j;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.ConnectFailures;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A Resilience4j {@link Retry} whose calls each drive a {@link CallReport}: Resilience4j still
 * runs, waits, counts and publishes its own events; the decisions and core's listener events
 * come from the policy, attempt by attempt, with the call's own clock.
 */
final class ReportingRetry<A> implements Retry {
    private final Retry retry;
    private final RetryPolicy policy;
    private final ResponseAccess<A> access;
    private final RetryListener listener;
    /** The future of the one call this retry runs; null for a retry of many calls. */
    private final @Nullable CallerFuture caller;

    ReportingRetry(Retry retry, RetryPolicy policy, ResponseAccess<A> access,
            RetryListener listener) {
        this(retry, policy, access, listener, null);
    }

    private ReportingRetry(Retry retry, RetryPolicy policy, ResponseAccess<A> access,
            RetryListener listener, @Nullable CallerFuture caller) {
        this.retry = retry;
        this.policy = policy;
        this.access = access;
        this.listener = listener;
        this.caller = caller;
    }

    @Override
    public <T> CompletionStage<T> executeCompletionStage(ScheduledExecutorService scheduler,
            Supplier<CompletionStage<T>> supplier) {
        return decorateCompletionStage(scheduler, supplier).get();
    }

    /**
     * Resilience4j's loop, with each call's future watched: once the caller has completed or
     * cancelled it (a {@code TimeLimiter} that timed out), no further attempt is sent, a
     * response that still arrives is released, and the listener hears nothing more.
     */
    @Override
    public <T> Supplier<CompletionStage<T>> decorateCompletionStage(
            ScheduledExecutorService scheduler, Supplier<CompletionStage<T>> supplier) {
        return () -> {
            CallerFuture future = new CallerFuture();
            Supplier<CompletionStage<T>> attempt = () -> future.ended()
                    ? CompletableFuture.failedFuture(future.abandoned()) : supplier.get();
            CompletionStage<T> promise = Retry.decorateCompletionStage(
                    new ReportingRetry<>(retry, policy, access, listener, future), scheduler,
                    attempt).get();
            future.watch(promise);
            return promise;
        };
    }

    @Override
    public String getName() {
        return retry.getName();
    }

    @Override
    public <T> Retry.Context<T> context() {
        return new Sync<>(retry.context(), new CallReport<>(policy, access, listener));
    }

    @Override
    public <T> Retry.AsyncContext<T> asyncContext() {
        return new Async<>(retry.asyncContext(), new CallReport<>(policy, access, listener),
                access, caller);
    }

    @Override
    public RetryConfig getRetryConfig() {
        return retry.getRetryConfig();
    }

    @Override
    public Map<String, String> getTags() {
        return retry.getTags();
    }

    @Override
    public Retry.EventPublisher getEventPublisher() {
        return retry.getEventPublisher();
    }

    @Override
    public Retry.Metrics getMetrics() {
        return retry.getMetrics();
    }

    @Override
    public String toString() {
        return "StatusCodeRetryConfig.wrap(" + retry.getName() + ", " + listener + ")";
    }

    @SuppressWarnings("unchecked")
    private static <A> RetryDecision onResult(CallReport<A> report, Object result) {
        return report.onResponse((A) result);
    }

    /** The throwable Resilience4j's async context asks its exception predicate about. */
    private static Throwable unwrap(Throwable t) {
        return (t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null ? t.getCause() : t;
    }

    private static final class Sync<T, A> implements Retry.Context<T> {
        private final Retry.Context<T> context;
        private final CallReport<A> report;

        Sync(Retry.Context<T> context, CallReport<A> report) {
            this.context = context;
            this.report = report;
        }

        @Override
        public void onComplete() {
            context.onComplete();
        }

        @Override
        public boolean onResult(T result) {
            if (result == null) {
                report.onOtherOutcome();
                return context.onResult(result);
            }
            RetryDecision d = ReportingRetry.onResult(report, result);
            return Handoff.with(result, d,
                    () -> CallerThread.within(false, () -> context.onResult(result)));
        }

        @Override
        public void onError(Exception exception) throws Exception {
            if (!ConnectFailures.isConnectFailure(exception)) {
                report.onOtherOutcome();
                context.onError(exception);
                return;
            }
            RetryDecision d = report.onConnectFailure(exception);
            Handoff.<@Nullable Void, Exception>with(exception, d,
                    () -> CallerThread.<@Nullable Void, Exception>within(false, () -> {
                        context.onError(exception);
                        return null;
                    }));
        }

        @Override
        public void onRuntimeError(RuntimeException exception) {
            if (!ConnectFailures.isConnectFailure(exception)) {
                report.onOtherOutcome();
                context.onRuntimeError(exception);
                return;
            }
            RetryDecision d = report.onConnectFailure(exception);
            Handoff.<@Nullable Void, RuntimeException>with(exception, d,
                    () -> CallerThread.<@Nullable Void, RuntimeException>within(false, () -> {
                        context.onRuntimeError(exception);
                        return null;
                    }));
        }
    }

    private static final class Async<T, A> implements Retry.AsyncContext<T> {
        private final Retry.AsyncContext<T> context;
        private final CallReport<A> report;
        private final ResponseAccess<A> access;
        private final @Nullable CallerFuture caller;

        Async(Retry.AsyncContext<T> context, CallReport<A> report, ResponseAccess<A> access,
                @Nullable CallerFuture caller) {
            this.context = context;
            this.report = report;
            this.access = access;
            this.caller = caller;
        }

        private boolean abandoned() {
            return caller != null && caller.ended();
        }

        @Override
        public void onComplete() {
            context.onComplete();
        }

        @Override
        public long onError(Throwable throwable) {
            if (abandoned()) {
                return -1L;   // the caller's future is done: nothing more to send or report
            }
            Throwable failure = unwrap(throwable);
            if (!ConnectFailures.isConnectFailure(failure)) {
                report.onOtherOutcome();
                return context.onError(throwable);
            }
            RetryDecision d = report.onConnectFailure(failure);
            return Handoff.<Long, RuntimeException>with(failure, d,
                    () -> CallerThread.<Long, RuntimeException>within(true,
                            () -> context.onError(throwable)));
        }

        @Override
        @SuppressWarnings("unchecked")
        public long onResult(T result) {
            if (abandoned()) {
                if (result != null) {
                    access.release((A) result);   // nobody takes this response any more
                }
                return -1L;
            }
            if (result == null) {
                report.onOtherOutcome();
                return context.onResult(result);
            }
            RetryDecision d = ReportingRetry.onResult(report, result);
            return Handoff.<Long, RuntimeException>with(result, d,
                    () -> CallerThread.<Long, RuntimeException>within(true,
                            () -> context.onResult(result)));
        }
    }
}
