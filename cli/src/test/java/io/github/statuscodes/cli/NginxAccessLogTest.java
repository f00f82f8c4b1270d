package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.SlowUpstream.CLIENT_TIMEOUT_MS;
import static io.github.statuscodes.cli.SlowUpstream.IMPATIENT;
import static io.github.statuscodes.cli.SlowUpstream.PATIENT_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real nginx ({@link RealNginx}) in front of a slow upstream ({@link SlowUpstream}), with
 * clients that give up after 600 ms while others wait: the log nginx writes must show that
 * timeout. .ci/run installs nginx (apt-get install -y nginx-light) where it is missing; without
 * it this test is skipped.
 */
class NginxAccessLogTest {
    @TempDir
    Path dir;
    SlowUpstream upstream;
    RealNginx nginx;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(RealNginx.binary() != null, "nginx is not installed; .ci/run"
                + " installs it with apt-get install -y nginx-light; skipping the real-nginx test");
        upstream = new SlowUpstream();
        nginx = new RealNginx(dir, upstream.port());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    @Test
    void theReportFindsTheClientsTimeoutInNginxsOwnLog() throws Exception {
        assertThat(SlowUpstream.runClients(nginx.port)).isEqualTo(IMPATIENT);
        Path log = nginx.accessLog;
        SlowUpstream.awaitLines(log, PATIENT_MS.length + IMPATIENT);

        Run run = Run.of("logs", "--json", log.toString());
        assertThat(run.err).isEmpty();
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.get("format").asText()).as("auto-detected").isEqualTo("timed");
        assertThat(root.get("parsed").asLong()).isEqualTo(PATIENT_MS.length + IMPATIENT);
        JsonNode gone = root.get("clientGone").get(0);
        assertThat(gone.get("endpoint").asText()).isEqualTo("GET /report/{id}");
        assertThat(gone.get("code").asInt()).isEqualTo(499);
        assertThat(gone.get("count").asInt()).isEqualTo(IMPATIENT);
        assertThat(gone.get("cluster").get("seconds").asDouble())
                .isCloseTo(CLIENT_TIMEOUT_MS / 1000.0, within(0.05));
        assertThat(gone.get("successful").get("count").asInt()).isEqualTo(PATIENT_MS.length);
        // On a busy machine even the 100 ms requests may take longer than the clients' 600 ms,
        // so the expected share is counted from the log itself: successes whose $request_time
        // reaches the cluster's band (± 50 ms).
        double center = gone.get("cluster").get("seconds").asDouble();
        Matcher m = Pattern.compile("\" 200 .* rt=([0-9.]+) ").matcher(Files.readString(log));
        int slower = 0;
        int successes = 0;
        while (m.find()) {
            successes++;
            slower += Double.parseDouble(m.group(1)) >= center - 0.05 ? 1 : 0;
        }
        assertThat(successes).isEqualTo(PATIENT_MS.length);
        assertThat(gone.get("successful").get("atLeastClusterShare").asDouble())
                .as("share of successes at least as slow as the cluster, in %s",
                        Files.readString(log))
                .isCloseTo((double) slower / successes, within(0.001));
        assertThat(Run.of("logs", log.toString()).out).containsPattern(
                "a client with a 0\\.[56]\\d? s timeout gives up on the slowest "
                        + Math.round(100.0 * slower / successes) + " %");
    }
}
