package io.github.statuscodes.resilience4j;

import io.github.resilience4j.retry.Retry;
import io.github.statuscodes.RetryDecision;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The attempt number of a call that Resilience4j runs on its caller's thread, for a config that
 * is not wrapped: Resilience4j gives its result and exception predicates no attempt number, but
 * its synchronous {@link Retry.Context} runs the whole call on one thread, in this order: the
 * predicate, then (on a retry) the wait function, the wait, the next attempt, the predicate again.
 * So the predicate's decision is kept on the thread for the wait function, and once that has
 * taken it, the next outcome on the thread is the next attempt of the same call. An outcome whose
 * decision was not followed by a wait (the call ended) starts a new call. Calls that Resilience4j
 * runs asynchronously ({@link Retry.AsyncContext}) never touch this state.
 *
 * <p>Which context runs the caller is marked on the thread by the reporting retry
 * ({@link #within}), which wraps Resilience4j's contexts; for a config that is not wrapped,
 * Resilience4j offers no hook, so the stack is looked at, only for an outcome that is retried
 * or stops a call (a first outcome that is not retried is decided without it).
 */
final class CallerThread {
    private static final ThreadLocal<@Nullable CallerThread> CURRENT = new ThreadLocal<>();
    /** True within an asynchronous context, false within a synchronous one; null: not marked. */
    private static final ThreadLocal<@Nullable Boolean> MARKED = new ThreadLocal<>();
    private static final StackWalker WALKER =
            StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    /** How far up the stack Resilience4j's context is looked for. */
    private static final int FRAMES = 24;

    private final Object owner;
    private final Object outcome;
    private final int attempt;
    private final RetryDecision decision;
    private boolean waited;

    private CallerThread(Object owner, Object outcome, int attempt, RetryDecision decision) {
        this.owner = owner;
        this.outcome = outcome;
        this.attempt = attempt;
        this.decision = decision;
    }

    /** Runs {@code step}, which calls a Resilience4j context, marked as within it. */
    static <R extends @Nullable Object, E extends Exception> R within(boolean async,
            Handoff.Step<R, E> step) throws E {
        Boolean previous = MARKED.get();
        MARKED.set(async);
        try {
            return step.run();
        } finally {
            if (previous == null) {
                MARKED.remove();
            } else {
                MARKED.set(previous);
            }
        }
    }

    /** {@return whether the caller runs inside Resilience4j's synchronous context} */
    static boolean synchronous() {
        Boolean marked = MARKED.get();
        if (marked != null) {
            return !marked;
        }
        Class<?> c = context();
        return c != null && Retry.Context.class.isAssignableFrom(c);
    }

    /** {@return whether the caller runs inside Resilience4j's asynchronous context} */
    static boolean asynchronous() {
        Boolean marked = MARKED.get();
        if (marked != null) {
            return marked;
        }
        Class<?> c = context();
        return c != null && Retry.AsyncContext.class.isAssignableFrom(c);
    }

    /** The class of the nearest Resilience4j context up the stack; null outside of one. */
    private static @Nullable Class<?> context() {
        Optional<Class<?>> context = WALKER.walk(frames -> frames.limit(FRAMES)
                .<Class<?>>map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> Retry.Context.class.isAssignableFrom(c)
                        || Retry.AsyncContext.class.isAssignableFrom(c))
                .findFirst());
        return context.orElse(null);
    }

    /** {@return the attempt the next outcome of {@code owner}'s call on this thread is} */
    static int nextAttempt(Object owner) {
        CallerThread c = CURRENT.get();
        return c != null && c.owner == owner && c.waited ? c.attempt + 1 : 1;
    }

    /** Keeps the decision on {@code outcome}, the {@code attempt}-th of the call. */
    static void decided(Object owner, Object outcome, int attempt, RetryDecision decision) {
        CURRENT.set(new CallerThread(owner, outcome, attempt, decision));
    }

    /** Forgets the call: it ended. */
    static void ended() {
        CURRENT.remove();
    }

    /**
     * {@return the decision kept for {@code outcome}, marking that the call waits for its next
     * attempt; null when none was kept}
     */
    static @Nullable RetryDecision waitsAfter(Object owner, @Nullable Object outcome) {
        CallerThread c = CURRENT.get();
        if (c == null || c.owner != owner || outcome == null || c.outcome != outcome) {
            return null;
        }
        c.waited = true;
        return c.decision;
    }
}
