package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.FeignException;
import io.github.statuscodes.spring.boot.apps.feign.FeignApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Cloud OpenFeign application on Boot 3.5, with the starter and statuscodes-feign on its
 * class path and no bean of its own, calling a real nginx that answers {@code 503} with
 * {@code Retry-After: 1}: nginx's access log shows exactly the policy's three attempts, a second
 * apart. .ci/run installs nginx where it is missing; without it this test is skipped.
 */
class FeignNginxTest {
    @TempDir
    Path dir;
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
    void startNginx() throws Exception {
        Path binary = nginxBinary();
        Assumptions.assumeTrue(binary != null, "nginx is not installed; .ci/run installs it"
                + " with apt-get install -y nginx-light; skipping the real-nginx test");
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
                + "  log_format t '$msec $request $status';\n"
                + "  access_log " + dir.resolve("logs/access.log") + " t;\n"
                + "  client_body_temp_path " + dir.resolve("body") + ";\n"
                + "  proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + "  server {\n"
                + "    listen 127.0.0.1:" + port + ";\n"
                + "    location / { add_header Retry-After 1 always; return 503; }\n"
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
                            + Files.readString(dir.resolve("nginx.out")), e);
                }
                Thread.sleep(20);
            }
        }
    }

    @AfterEach
    void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFeignClientMakesExactlyThePolicysAttemptsAgainstNginx503RetryAfter1() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FeignApp.class)
                .web(WebApplicationType.NONE)
                .run("--backend.url=http://127.0.0.1:" + port, "--spring.main.banner-mode=off")) {
            assertThat(app.getBean(RoutingFeignCapability.class).defaults().policy()
                    .maxAttempts())
                    .isEqualTo(3);
            FeignApp.Backend backend = app.getBean(FeignApp.Backend.class);
            long start = System.nanoTime();
            assertThatThrownBy(backend::busy).isInstanceOf(FeignException.class)
                    .satisfies(e -> assertThat(((FeignException) e).status()).isEqualTo(503));
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            List<String> log = accessLog(3);
            assertThat(log).hasSize(3).allSatisfy(line -> assertThat(line)
                    .endsWith("GET /busy HTTP/1.1 503"));
            // Two waits of Retry-After: 1 between the three attempts.
            assertThat(tookMs).isBetween(1900L, 6000L);
        }
    }

    /** nginx writes a line after each response; waits briefly for the expected count. */
    private List<String> accessLog(int expected) throws Exception {
        Path log = dir.resolve("logs/access.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        List<String> lines = List.of();
        while (System.nanoTime() < deadline) {
            lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            if (lines.size() >= expected) {
                Thread.sleep(300);   // and nothing more arrives
                return Files.readAllLines(log);
            }
            Thread.sleep(20);
        }
        return lines;
    }
}
