package io.github.statuscodes.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The JDK's own HTTP server on loopback, answering request number {@code n} (from 1) with what a
 * script says, and recording what it received: the request count, each request body and each
 * client connection (by its remote address).
 */
final class ScriptedServer implements AutoCloseable {

    /** One answer: status, headers, body (null: none). */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        static Answer of(int status) {
            return new Answer(status, Map.of(), "response with " + status);
        }

        static Answer of(int status, String header, String value) {
            return new Answer(status, Map.of(header, List.of(value)), "response with " + status);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IntFunction<Answer>> script =
            new AtomicReference<>(n -> Answer.of(200));
    private volatile Runnable beforeAnswer = () -> { };

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers request {@code n} with {@code answers[n - 1]}, and 200 after the last. */
    ScriptedServer script(Answer... answers) {
        return script(n -> n <= answers.length ? answers[n - 1] : Answer.of(200));
    }

    ScriptedServer script(IntFunction<Answer> answers) {
        script.set(answers);
        return this;
    }

    /** Runs before each answer is written, e.g. to hold the response back. */
    ScriptedServer beforeAnswer(Runnable action) {
        this.beforeAnswer = action;
        return this;
    }

    /** Starts counting again from request 1. */
    void reset() {
        requests.set(0);
        bodies.clear();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/resource");
    }

    int requests() {
        return requests.get();
    }

    List<String> bodies() {
        return bodies;
    }

    /** How many client connections the server has seen. */
    int connections() {
        return connections.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            connections.add(exchange.getRemoteAddress());
            int n = requests.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            beforeAnswer.run();
            Answer a = script.get().apply(n);
            a.headers().forEach((name, values) ->
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            boolean noBody = a.body() == null || a.status() == 204 || a.status() == 304
                    || "HEAD".equals(exchange.getRequestMethod());
            if (noBody) {
                exchange.sendResponseHeaders(a.status(), -1);
            } else {
                byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(a.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
