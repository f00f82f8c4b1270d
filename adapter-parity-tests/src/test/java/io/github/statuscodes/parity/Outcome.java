package io.github.statuscodes.parity;

import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryPolicy;
import java.util.List;

/**
 * What a caller sees of one call: the requests the server received, the final status, and the
 * give-up reason (null when the last response was simply final, or the adapter reports none).
 */
record Outcome(int requests, int status, StopReason giveUp) {

    /**
     * What {@code policy} itself decides for {@code script}, replayed attempt by attempt with a
     * repeatable body and the policy's whole call timeout left (the script's waits are zero).
     */
    static Outcome predicted(RetryPolicy policy, String method, List<Reply> script) {
        for (int attempt = 1; ; attempt++) {
            Reply reply = script.get(Math.min(attempt - 1, script.size() - 1));
            var d = policy.decide(attempt, method, true, reply.status(), reply::header,
                    policy.remainingNanos(0));
            if (!d.isRetry()) {
                return new Outcome(attempt, reply.status(), d.isGiveUp() ? d.stopReason() : null);
            }
        }
    }
}
