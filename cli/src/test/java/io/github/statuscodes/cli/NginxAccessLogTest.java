package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real nginx in front of a slow upstream (the JDK's HttpServer), with clients that give up
 * after 600 ms while others wait: the log nginx writes must show that timeout. .ci/run installs
 * nginx (apt-get install -y nginx-light) where it is missing; without it this test is skipped.
 */
class NginxAccessLogTest {
    static final int CLIENT_TIMEOUT_MS = 600;
    static final int[] PATIENT_MS = {100, 200, 300, 400, 450, 800, 900, 1000};
    static final int IMPATIENT = 10;
    static final int IMPATIENT_UPSTREAM_MS = 1500;

    @TempDir
    Path dir;
    HttpServer upstream;
    Process nginx;
    int port;

    static Path nginxBinary() {
        for (String p : new String[] {"/usr/sbin/nginx", "/usr/local/sbin/nginx",
                "/usr/local/nginx/sbin/nginx", "/usr/bin/nginx"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @BeforeEach
    void start() throws Exception {
        Path binary = nginxBinary();
        Assumptions.assumeTrue(binary != null, "nginx is not installed; .ci/run installs it"
                + " with apt-get install -y nginx-light; skipping the real-nginx test");
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        upstream.setExecutor(Executors.newCachedThreadPool());
        upstream.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            long ms = Long.parseLong(query.substring(query.indexOf("ms=") + 3));
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "done".getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // nginx closed the upstream connection after its client left
            }
            exchange.close();
        });
        upstream.start();
        for (int i = 0; i < 3; i++) { // warm the upstream's threads up
            try (Socket s = new Socket("127.0.0.1", upstream.getAddress().getPort())) {
                s.getOutputStream().write("GET /?ms=0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                s.getInputStream().readAllBytes();
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        for (String d : new String[] {"body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"}) {
            Files.createDirectories(dir.resolve(d));
        }
        String conf = "daemon off;\nmaster_process off;\nworker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("logs/error.log") + " info;\n"
                + "events { worker_connections 128; }\n"
                + "http {\n"
                + "  log_format timed '" + LogFormat.TIMED + "';\n"
                + "  access_log " + dir.resolve("logs/access.log") + " timed;\n"
                + "  client_body_temp_path " + dir.resolve("body") + ";\n"
                + "  proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + "  server {\n"
                + "    listen 127.0.0.1:" + port + ";\n"
                + "    location / { proxy_pass http://127.0.0.1:"
                + upstream.getAddress().getPort() + "; proxy_read_timeout 10s; }\n"
                + "  }\n"
                + "}\n";
        Files.writeString(dir.resolve("nginx.conf"), conf);
        nginx = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString(), "-e", dir.resolve("logs/error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                new Socket("127.0.0.1", port).close();
                break;
            } catch (IOException e) {
                if (!nginx.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("nginx did not start: "
                            + Files.readString(dir.resolve("nginx.out")) + " "
                            + (Files.exists(dir.resolve("logs/error.log"))
                            ? Files.readString(dir.resolve("logs/error.log")) : ""), e);
                }
                Thread.sleep(20);
            }
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(5, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
        if (upstream != null) {
            upstream.stop(0);
        }
    }

    /** Sends one request; gives up (closes the socket) after {@code timeoutMs}, or 0 for none. */
    String request(String path, int timeoutMs) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(timeoutMs);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (SocketTimeoutException e) {
                return "gave up";
            }
        }
    }

    @Test
    void theReportFindsTheClientsTimeoutInNginxsOwnLog() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(PATIENT_MS.length + IMPATIENT);
        List<Future<String>> done = new ArrayList<>();
        int id = 100;
        for (int ms : PATIENT_MS) {
            String path = "/report/" + id++ + "?ms=" + ms;
            done.add(clients.submit(() -> request(path, 0)));
        }
        for (int i = 0; i < IMPATIENT; i++) {
            String path = "/report/" + id++ + "?ms=" + IMPATIENT_UPSTREAM_MS;
            done.add(clients.submit(() -> request(path, CLIENT_TIMEOUT_MS)));
        }
        int gaveUp = 0;
        for (Future<String> f : done) {
            gaveUp += f.get(20, TimeUnit.SECONDS).equals("gave up") ? 1 : 0;
        }
        clients.shutdown();
        assertThat(gaveUp).isEqualTo(IMPATIENT);
        Path log = dir.resolve("logs/access.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Files.readAllLines(log).size() < PATIENT_MS.length + IMPATIENT
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

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
