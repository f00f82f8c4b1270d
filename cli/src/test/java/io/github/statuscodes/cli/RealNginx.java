package io.github.statuscodes.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real nginx for the tests, started in the foreground under a temporary directory: it listens
 * on a free loopback port, proxies every request to an upstream on loopback and writes its
 * access log in the {@code timed} format (README's log_format). Closing it stops nginx. Tests
 * skip themselves when {@link #binary()} is null (.ci/run installs nginx-light where missing).
 */
final class RealNginx implements AutoCloseable {
    final int port;
    final Path accessLog;
    private final Process process;

    /** The nginx binary, or null when none is installed. */
    static Path binary() {
        for (String p : new String[] {"/usr/sbin/nginx", "/usr/local/sbin/nginx",
                "/usr/local/nginx/sbin/nginx", "/usr/bin/nginx"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** Starts nginx in {@code dir} in front of {@code upstreamPort}; waits until it listens. */
    RealNginx(Path dir, int upstreamPort) throws Exception {
        Path binary = binary();
        if (binary == null) {
            throw new IllegalStateException("nginx is not installed");
        }
        for (String d : new String[] {"body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"}) {
            Files.createDirectories(dir.resolve(d));
        }
        port = SlowUpstream.freePort();
        accessLog = dir.resolve("logs/access.log");
        Path errorLog = dir.resolve("logs/error.log");
        String conf = "daemon off;\nmaster_process off;\nworker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + errorLog + " info;\n"
                + "events { worker_connections 128; }\n"
                + "http {\n"
                + "  log_format timed '" + LogFormat.TIMED + "';\n"
                + "  access_log " + accessLog + " timed;\n"
                + "  client_body_temp_path " + dir.resolve("body") + ";\n"
                + "  proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + "  server {\n"
                + "    listen 127.0.0.1:" + port + ";\n"
                + "    location / { proxy_pass http://127.0.0.1:" + upstreamPort
                + "; proxy_read_timeout 10s; }\n"
                + "  }\n"
                + "}\n";
        Files.writeString(dir.resolve("nginx.conf"), conf);
        process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString(), "-e", errorLog.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        try {
            SlowUpstream.awaitPort(process, port, dir.resolve("nginx.out"), errorLog);
        } catch (Exception e) {
            SlowUpstream.stop(process);
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        SlowUpstream.stop(process);
    }
}
