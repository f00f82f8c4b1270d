package io.github.statuscodes.parity;

import io.github.statuscodes.testing.ScriptServer;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/** The shared {@link ScriptServer}, answering the parity tests' scripts at {@code /parity}. */
final class ScriptedServer implements AutoCloseable {
    private final ScriptServer server = new ScriptServer();

    ScriptedServer() throws IOException {
    }

    URI uri() {
        return URI.create(server.url() + "/parity");
    }

    /** Starts a new script and resets the request count. */
    void play(List<Reply> replies) {
        server.play(replies.stream().map(r -> new ScriptServer.Reply(r.status(), r.headers()))
                .toArray(ScriptServer.Reply[]::new));
    }

    /** {@return the requests received since the last {@link #play}} */
    int requests() {
        return server.requests();
    }

    @Override
    public void close() {
        server.close();
    }
}
