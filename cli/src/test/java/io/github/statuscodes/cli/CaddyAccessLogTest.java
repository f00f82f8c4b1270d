package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.SlowUpstream.CLIENT_TIMEOUT_MS;
import static io.github.statuscodes.cli.SlowUpstream.IMPATIENT;
import static io.github.statuscodes.cli.SlowUpstream.IMPATIENT_UPSTREAM_MS;
import static io.github.statuscodes.cli.SlowUpstream.PATIENT_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Caddy ({@code reverse_proxy}, JSON access log to a file) in front of a slow upstream,
 * with clients that give up after 600 ms while others wait: the report must find that timeout in
 * Caddy's own log. .ci/run installs caddy where it is missing; without it this test is skipped.
 */
class CaddyAccessLogTest {
    @TempDir
    Path dir;
    SlowUpstream upstream;
    Process caddy;
    int port;

    static Path caddyBinary() {
        for (String p : new String[] {"/usr/bin/caddy", "/usr/local/bin/caddy"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(caddyBinary() != null, "caddy is not installed; .ci/run installs"
                + " it with apt-get install -y caddy; skipping the real-Caddy test");
        upstream = new SlowUpstream();
        port = SlowUpstream.freePort();
        String conf = "{\n"
                + "\tadmin off\n"
                + "\tauto_https off\n"
                + "}\n"
                + "http://:" + port + " {\n"
                + "\tbind 127.0.0.1\n"
                + "\tlog {\n"
                + "\t\toutput file " + dir.resolve("access.log") + "\n"
                + "\t\tformat json\n"
                + "\t}\n"
                + "\treverse_proxy 127.0.0.1:" + upstream.port() + "\n"
                + "}\n";
        Files.writeString(dir.resolve("Caddyfile"), conf);
        ProcessBuilder pb = new ProcessBuilder(caddyBinary().toString(), "run", "--config",
                dir.resolve("Caddyfile").toString(), "--adapter", "caddyfile")
                .redirectErrorStream(true).redirectOutput(dir.resolve("caddy.out").toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", dir.toString()); // Caddy keeps its data and autosaved config there
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        caddy = pb.start();
        SlowUpstream.awaitPort(caddy, port, dir.resolve("caddy.out"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        SlowUpstream.stop(caddy);
        if (upstream != null) {
            upstream.close();
        }
    }

    @Test
    void theReportFindsTheClientsTimeoutInCaddysOwnLog() throws Exception {
        assertThat(SlowUpstream.runClients(port)).isEqualTo(IMPATIENT);
        Path log = dir.resolve("access.log");
        int all = PATIENT_MS.length + IMPATIENT;
        List<String> lines = SlowUpstream.awaitLines(log, all);
        // What Caddy 2.6 writes for a client that left: status 0, at the client's timeout
        ObjectMapper json = new ObjectMapper();
        int zero = 0;
        for (String s : lines) {
            JsonNode n = json.readTree(s);
            if (n.get("request").get("uri").asText().endsWith("ms=" + IMPATIENT_UPSTREAM_MS)) {
                assertThat(n.get("status").asInt()).as(s).isZero();
                // At the client's timeout, far from the backend's 1.5 s; Caddy starts its clock
                // when its event loop gets to the request, so on a loaded machine it can read up
                // to about 100 ms short of the client's wait (0.53 s seen).
                assertThat(n.get("duration").asDouble()).as(s)
                        .isBetween((CLIENT_TIMEOUT_MS - 150) / 1000.0,
                                (CLIENT_TIMEOUT_MS + 300) / 1000.0);
                zero++;
            } else {
                assertThat(n.get("status").asInt()).as(s).isEqualTo(200);
            }
        }
        assertThat(zero).isEqualTo(IMPATIENT);

        Run run = Run.of("logs", "--json", log.toString());
        assertThat(run.err).isEmpty();
        JsonNode root = json.readTree(run.out);
        assertThat(root.get("format").asText()).as("auto-detected").isEqualTo("caddy");
        assertThat(root.get("parsed").asLong()).isEqualTo(all);
        JsonNode gone = root.get("clientGone").get(0);
        assertThat(gone.get("endpoint").asText()).isEqualTo("GET /report/{id}");
        assertThat(gone.get("count").asInt()).isEqualTo(IMPATIENT);
        assertThat(gone.get("cluster").get("seconds").asDouble())
                .isCloseTo(CLIENT_TIMEOUT_MS / 1000.0, within(0.1));
        assertThat(gone.get("successful").get("count").asInt()).isEqualTo(PATIENT_MS.length);
        assertThat(Run.of("logs", log.toString()).out)
                .containsPattern("a client with a 0\\.[56]\\d? s timeout gives up");
    }
}
