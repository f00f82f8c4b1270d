package io.github.statuscodes.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HttpServer on loopback: request n gets reply n, the last repeats; counts requests. A
 * 204 has no body; every other reply says which request it answered.
 */
public final class ScriptServer implements AutoCloseable {
    /** One scripted response: a status and its headers. */
    public record Reply(int status, Map<String, String> headers) {
        public Reply(int status) {
            this(status, Map.of());
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final AtomicInteger requests = new AtomicInteger();
    private volatile List<Reply> script = List.of(new Reply(200));

    public ScriptServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts a new script and resets the request count. */
    public void play(Reply... replies) {
        script = List.of(replies);
        requests.set(0);
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            int n = requests.getAndIncrement();
            List<Reply> s = script;
            Reply reply = s.get(Math.min(n, s.size() - 1));
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = ("reply " + (n + 1)).getBytes(StandardCharsets.UTF_8);
            if (reply.status() == 204) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
