package io.github.statuscodes.parity;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * What one call shows: the requests the server received, the final status the caller saw
 * ({@link #CONNECT_FAILED} when the call threw a connect failure), and the listener's events.
 */
record Outcome(int requests, int status, List<String> events) {
    static final int CONNECT_FAILED = -1;

    /**
     * The outcome of a script of {@code method} that ends after {@code requests} with
     * {@code status}: the start, a retry event for each earlier reply, then the give-up when
     * {@code giveUp} is not null.
     */
    static Outcome of(String method, List<Reply> script, int requests, int status,
            StopReason giveUp) {
        List<String> events = new ArrayList<>();
        events.add("start " + method);
        for (int i = 1; i < requests; i++) {
            events.add("retry " + i + " " + reply(script, i).status());
        }
        if (giveUp != null) {
            events.add("giveUp " + requests + " " + status + " " + giveUp);
        }
        return new Outcome(requests, status, List.copyOf(events));
    }

    /**
     * What {@code policy} itself decides for {@code script}, replayed attempt by attempt with a
     * repeatable body, each wait taken from the call timeout (the replies take no time).
     */
    static Outcome predicted(RetryPolicy policy, String method, List<Reply> script) {
        long elapsed = 0;
        for (int attempt = 1; ; attempt++) {
            Reply reply = reply(script, attempt);
            RetryDecision d = policy.decide(attempt, method, true, reply.status(), reply::header,
                    policy.remainingNanos(elapsed));
            if (!d.isRetry()) {
                return of(method, script, attempt, reply.status(), d.isGiveUp() ? d.stopReason() : null);
            }
            elapsed += d.delayNanos();
        }
    }

    private static Reply reply(List<Reply> script, int attempt) {
        return script.get(Math.min(attempt - 1, script.size() - 1));
    }
}
