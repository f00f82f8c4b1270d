package io.github.statuscodes.parity;

import io.github.statuscodes.RetryDecision.StopReason;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what an adapter's listener reported as give-ups during one call. */
final class GiveUps {
    /** One report: the reason, in the policy's terms, and the attempts the adapter counted. */
    record Report(StopReason reason, int attempts) {
    }

    private final List<Report> reports = new CopyOnWriteArrayList<>();

    void record(StopReason reason, int attempts) {
        reports.add(new Report(reason, attempts));
    }

    List<Report> reports() {
        return List.copyOf(reports);
    }

    void clear() {
        reports.clear();
    }
}
