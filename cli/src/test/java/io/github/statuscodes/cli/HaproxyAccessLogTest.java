package io.github.statuscodes.cli;

import static io.github.statuscodes.cli.SlowUpstream.CLIENT_TIMEOUT_MS;
import static io.github.statuscodes.cli.SlowUpstream.IMPATIENT;
import static io.github.statuscodes.cli.SlowUpstream.IMPATIENT_UPSTREAM_MS;
import static io.github.statuscodes.cli.SlowUpstream.PATIENT_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real HAProxy ({@code option httplog}) in front of a slow upstream, with clients that give up
 * after 600 ms while others wait. HAProxy logs to its standard output and, over UDP, to a syslog
 * receiver that writes the lines to a file as a syslog daemon does; the report must find the
 * clients' timeout in both. .ci/run installs haproxy where it is missing; without it these tests
 * are skipped.
 */
class HaproxyAccessLogTest {
    static final Pattern LINE = Pattern.compile(
            "\\] fe be/up -?\\d+/-?\\d+/-?\\d+/(-?\\d+)/(\\d+) (-?\\d+) \\S+ - - (\\S{4}) .*"
                    + "\"GET /report/\\d+\\?ms=(\\d+) HTTP/1.1\"$");

    @TempDir
    Path dir;
    SlowUpstream upstream;
    Process haproxy;
    DatagramSocket syslog;
    Thread receiver;
    int port;

    static Path haproxyBinary() {
        for (String p : new String[] {"/usr/sbin/haproxy", "/usr/local/sbin/haproxy",
                "/usr/bin/haproxy"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(haproxyBinary() != null, "haproxy is not installed; .ci/run"
                + " installs it with apt-get install -y haproxy; skipping the real-HAProxy test");
        upstream = new SlowUpstream();
        port = SlowUpstream.freePort();
        syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Path file = dir.resolve("syslog.log");
        Files.createFile(file);
        receiver = new Thread(() -> receive(file));
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Writes each datagram as a line, without its {@code <PRI>}, as rsyslog writes a file. */
    void receive(Path file) {
        byte[] buf = new byte[8192];
        while (!syslog.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                syslog.receive(p);
                String s = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8)
                        .stripTrailing();
                s = s.startsWith("<") && s.indexOf('>') > 0 ? s.substring(s.indexOf('>') + 1) : s;
                Files.writeString(file, s + "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    void startHaproxy(String defaultsOptions, String backendOptions) throws Exception {
        String conf = "global\n"
                + "  log stdout format raw local0\n"
                + "  log 127.0.0.1:" + syslog.getLocalPort() + " local0\n"
                + "defaults\n"
                + "  mode http\n"
                + "  log global\n"
                + "  option httplog\n"
                + "  option dontlognull\n"
                + defaultsOptions
                + "  timeout connect 5s\n"
                + "  timeout client 30s\n"
                + "  timeout server 30s\n"
                + "frontend fe\n"
                + "  bind 127.0.0.1:" + port + "\n"
                + "  default_backend be\n"
                + "backend be\n"
                + backendOptions
                + "  server up 127.0.0.1:" + upstream.port() + "\n";
        Files.writeString(dir.resolve("haproxy.cfg"), conf);
        haproxy = new ProcessBuilder(haproxyBinary().toString(), "-db", "-f",
                dir.resolve("haproxy.cfg").toString())
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .redirectError(dir.resolve("stderr.log").toFile()).start();
        SlowUpstream.awaitPort(haproxy, port, dir.resolve("stderr.log"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        SlowUpstream.stop(haproxy);
        if (syslog != null) {
            syslog.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    @Test
    void withAbortOnCloseInDefaultsTheReportFindsTheTimeoutInStdoutAndSyslog() throws Exception {
        startHaproxy("  option abortonclose\n", "");
        assertThat(SlowUpstream.runClients(port)).isEqualTo(IMPATIENT);
        int all = PATIENT_MS.length + IMPATIENT;
        for (String name : new String[] {"stdout.log", "syslog.log"}) {
            Path log = dir.resolve(name);
            List<String> lines = SlowUpstream.awaitLines(log, all);
            // What HAProxy 2.6 writes for a client that left: 400, CH--, Tr -1, at its timeout
            int ch = 0;
            for (String s : lines) {
                Matcher m = LINE.matcher(s);
                assertThat(m.find()).as(s).isTrue();
                if (m.group(5).equals(String.valueOf(IMPATIENT_UPSTREAM_MS))) {
                    assertThat(m.group(4)).as(s).isEqualTo("CH--");
                    assertThat(m.group(3)).as(s).isEqualTo("400");
                    assertThat(m.group(1)).as(s).isEqualTo("-1");
                    // At the client's timeout, far from the backend's 1.5 s. HAProxy stamps the
                    // accept when its event loop gets to it, so on a loaded machine Ta can read
                    // up to about 100 ms short of the time the client really waited (542 ms seen).
                    assertThat(Long.parseLong(m.group(2))).as(s)
                            .isBetween(CLIENT_TIMEOUT_MS - 150L, CLIENT_TIMEOUT_MS + 300L);
                    ch++;
                }
            }
            assertThat(ch).as(name).isEqualTo(IMPATIENT);

            Run run = Run.of("logs", "--json", log.toString());
            assertThat(run.err).isEmpty();
            JsonNode root = new ObjectMapper().readTree(run.out);
            assertThat(root.get("format").asText()).as("auto-detected").isEqualTo("haproxy");
            assertThat(root.get("parsed").asLong()).isEqualTo(all);
            JsonNode gone = root.get("clientGone").get(0);
            assertThat(gone.get("endpoint").asText()).isEqualTo("GET /report/{id}");
            assertThat(gone.get("count").asInt()).isEqualTo(IMPATIENT);
            assertThat(gone.get("cluster").get("seconds").asDouble())
                    .isCloseTo(CLIENT_TIMEOUT_MS / 1000.0, within(0.05));
            assertThat(gone.get("successful").get("count").asInt()).isEqualTo(PATIENT_MS.length);
            assertThat(Run.of("logs", log.toString()).out)
                    .contains("HAProxy CH")
                    .containsPattern("a client with a 0\\.[56]\\d? s timeout gives up");
        }
    }

    @Test
    void withoutAbortOnCloseAClientThatLeftIsLoggedAsA200AtTheBackendsTime() throws Exception {
        assertTheGiveUpsAreHidden("", "");
    }

    /**
     * The manual documents the option for backends (and defaults), for requests still queued or
     * connecting; HAProxy 2.6 then still waits for the response of a client that left.
     */
    @Test
    void withAbortOnCloseInTheBackendOnlyAClientThatLeftIsStillLoggedAsA200() throws Exception {
        assertTheGiveUpsAreHidden("", "  option abortonclose\n");
    }

    void assertTheGiveUpsAreHidden(String defaultsOptions, String backendOptions)
            throws Exception {
        startHaproxy(defaultsOptions, backendOptions);
        assertThat(SlowUpstream.runClients(port)).isEqualTo(IMPATIENT);
        Path log = dir.resolve("stdout.log");
        List<String> lines = SlowUpstream.awaitLines(log, PATIENT_MS.length + IMPATIENT);
        int hidden = 0;
        for (String s : lines) {
            Matcher m = LINE.matcher(s);
            assertThat(m.find()).as(s).isTrue();
            if (m.group(5).equals(String.valueOf(IMPATIENT_UPSTREAM_MS))) {
                assertThat(m.group(4)).as(s).isEqualTo("----");
                assertThat(m.group(3)).as(s).isEqualTo("200");
                assertThat(Long.parseLong(m.group(2))).as(s).isGreaterThanOrEqualTo(
                        IMPATIENT_UPSTREAM_MS);
                hidden++;
            }
        }
        assertThat(hidden).isEqualTo(IMPATIENT);
        JsonNode root = new ObjectMapper().readTree(Run.of("logs", "--json", log.toString()).out);
        assertThat(root.get("format").asText()).isEqualTo("haproxy");
        assertThat(root.get("clientGone")).as("nothing in this log says a client left").isEmpty();
    }
}
