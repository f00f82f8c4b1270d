package io.github.statuscodes.httpclient5;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that runs against one {@link ScriptedServer} on loopback, started before its
 * first test and closed after its last (test classes run one after another).
 */
abstract class ScriptedServerTest {
    static ScriptedServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = new ScriptedServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
