package io.github.statuscodes.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's own HttpServer on loopback, answering every request {@code 200} with a small JSON
 * body, with TCP_NODELAY (the JDK server writes headers and body apart: without it, Nagle's
 * algorithm and the client's delayed ACK add ~40 ms to every call).
 */
final class LoopbackServer implements AutoCloseable {
    static final byte[] BODY =
            "{\"id\":42,\"name\":\"benchmark\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService threads;

    LoopbackServer() throws IOException {
        // Read once, when the server class first loads in this forked JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        threads = Executors.newFixedThreadPool(2);
        server.setExecutor(threads);
        server.start();
    }

    /** {@return e.g. {@code http://127.0.0.1:41234}} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
