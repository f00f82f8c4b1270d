package io.github.statuscodes.cli;

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

/**
 * For the real-proxy tests: a slow upstream on loopback (the JDK's HttpServer; {@code ?ms=N}
 * answers after N ms), and clients that wait or give up after a timeout. Closing it stops the
 * upstream.
 */
final class SlowUpstream implements AutoCloseable {
    static final int CLIENT_TIMEOUT_MS = 600;
    static final int[] PATIENT_MS = {100, 200, 300, 400, 450, 800, 900, 1000};
    static final int IMPATIENT = 10;
    static final int IMPATIENT_UPSTREAM_MS = 1500;

    final HttpServer server;

    SlowUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
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
                // the proxy closed the connection after its client left
            }
            exchange.close();
        });
        server.start();
        for (int i = 0; i < 3; i++) { // warm the upstream's threads up
            try (Socket s = new Socket("127.0.0.1", port())) {
                s.getOutputStream().write("GET /?ms=0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                s.getInputStream().readAllBytes();
            }
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code port} accepts connections, or fails with {@code logs}' contents. */
    static void awaitPort(Process proxy, int port, Path... logs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                new Socket("127.0.0.1", port).close();
                return;
            } catch (IOException e) {
                if (!proxy.isAlive() || System.nanoTime() > deadline) {
                    StringBuilder sb = new StringBuilder("the proxy did not start:");
                    for (Path p : logs) {
                        sb.append(' ').append(Files.exists(p) ? Files.readString(p) : "");
                    }
                    throw new IllegalStateException(sb.toString(), e);
                }
                Thread.sleep(20);
            }
        }
    }

    static void stop(Process proxy) throws InterruptedException {
        if (proxy != null) {
            proxy.destroy();
            if (!proxy.waitFor(5, TimeUnit.SECONDS)) {
                proxy.destroyForcibly();
            }
        }
    }

    /** Sends one request; gives up (closes the socket) after {@code timeoutMs}, or 0 for none. */
    static String request(int port, String path, int timeoutMs) throws IOException {
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

    /**
     * Runs the patient clients ({@link #PATIENT_MS}) and {@link #IMPATIENT} clients that give up
     * after {@link #CLIENT_TIMEOUT_MS} on {@value #IMPATIENT_UPSTREAM_MS} ms requests, all at
     * once, through the proxy on {@code port}; returns how many gave up.
     */
    static int runClients(int port) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(PATIENT_MS.length + IMPATIENT);
        try {
            List<Future<String>> done = new ArrayList<>();
            int id = 100;
            for (int ms : PATIENT_MS) {
                String path = "/report/" + id++ + "?ms=" + ms;
                done.add(clients.submit(() -> request(port, path, 0)));
            }
            for (int i = 0; i < IMPATIENT; i++) {
                String path = "/report/" + id++ + "?ms=" + IMPATIENT_UPSTREAM_MS;
                done.add(clients.submit(() -> request(port, path, CLIENT_TIMEOUT_MS)));
            }
            int gaveUp = 0;
            for (Future<String> f : done) {
                gaveUp += f.get(20, TimeUnit.SECONDS).equals("gave up") ? 1 : 0;
            }
            return gaveUp;
        } finally {
            clients.shutdown();
        }
    }

    /** Waits until {@code log} has at least {@code lines} lines (at most 5 s). */
    static List<String> awaitLines(Path log, int lines) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline
                && (!Files.exists(log) || Files.readAllLines(log).size() < lines)) {
            Thread.sleep(20);
        }
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
