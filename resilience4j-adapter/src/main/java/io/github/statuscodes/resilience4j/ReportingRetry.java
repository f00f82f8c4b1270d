package io.github.statuscodes.resilience4j;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.internal.ConnectFailures;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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

    ReportingRetry(Retry retry, RetryPolicy policy, ResponseAccess<A> access,
            RetryListener listener) {
        this.retry = retry;
        this.policy = policy;
        this.access = access;
        this.listener = listener;
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
        return new Async<>(retry.asyncContext(), new CallReport<>(policy, access, listener));
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

        Async(Retry.AsyncContext<T> context, CallReport<A> report) {
            this.context = context;
            this.report = report;
        }

        @Override
        public void onComplete() {
            context.onComplete();
        }

        @Override
        public long onError(Throwable throwable) {
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
        public long onResult(T result) {
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
