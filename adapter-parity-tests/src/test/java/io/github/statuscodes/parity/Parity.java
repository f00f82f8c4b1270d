package io.github.statuscodes.parity;

import java.net.URI;
import java.util.List;

/** Runs one script through one client and reads what the caller, the server and the listener saw. */
final class Parity {
    private Parity() {
    }

    static Outcome run(ScriptedServer server, URI uri, Client client, Events events,
            String method, List<Reply> script, boolean oneShot) throws Exception {
        events.clear();
        server.play(script);
        int status;
        try {
            status = client.send(method, uri, oneShot);
        } catch (Exception e) {
            if (!isRefused(e)) {
                throw e;
            }
            status = Outcome.CONNECT_FAILED;
        }
        return new Outcome(server.requests(), status, events.lines());
    }

    private static boolean isRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }
}
