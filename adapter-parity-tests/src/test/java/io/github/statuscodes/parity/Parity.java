package io.github.statuscodes.parity;

import io.github.statuscodes.RetryDecision.StopReason;
import java.util.List;

/** Runs one script through one client and reads what the caller and the server saw. */
final class Parity {
    private Parity() {
    }

    static Outcome run(ScriptedServer server, Client client, Client.Kind kind, GiveUps giveUps,
            String method, List<Reply> script) throws Exception {
        giveUps.clear();
        server.play(script);
        int status = client.send(method, server.uri());
        List<GiveUps.Report> reports = giveUps.reports();
        StopReason reason = reports.isEmpty() ? null : reports.get(reports.size() - 1).reason();
        return new Outcome(server.requests(), status, kind.reportsGiveUps() ? reason : null);
    }

    /** The outcome as a client can show it: no give-up reason where the adapter reports none. */
    static Outcome asReported(Outcome expected, Client.Kind kind) {
        return kind.reportsGiveUps() ? expected
                : new Outcome(expected.requests(), expected.status(), null);
    }
}
