package io.github.statuscodes.httpclient5;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's {@link HttpServer} on loopback, answering a script of responses in turn (the last
 * one repeats) and counting, at the server, every request that reached it.
 */
final class ScriptedServer implements AutoCloseable {

    /** One scripted answer: a status and header lines. */
    static final class Answer {
        final int status;
        final String[] headers;

        Answer(int status, String... headers) {
            this.status = status;
            this.headers = headers;
        }

        @Override
        public String toString() {
            return status + (headers.length == 0 ? "" : " " + String.join(" ", headers));
        }
    }

    /** A request as the server saw it. */
    static final class Seen {
        final String method;
        final String body;

        Seen(String method, String body) {
            this.method = method;
            this.body = body;
        }
    }

    static {
        // The server writes the status line and headers, then the body: without TCP_NODELAY the
        // second write waits for the client's delayed ACK, about 40 ms per response. Read once,
        // when the JDK's server classes initialise.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile List<Answer> script = List.of(new Answer(200));

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static Answer answer(int status, String... headers) {
        return new Answer(status, headers);
    }

    /** Answers these in turn from the next request on, then repeats the last; resets the counts. */
    ScriptedServer script(Answer... answers) {
        return script(List.of(answers));
    }

    ScriptedServer script(List<Answer> answers) {
        this.script = List.copyOf(answers);
        requests.set(0);
        seen.clear();
        return this;
    }

    /** Answers {@code status} with these headers to every request. */
    ScriptedServer always(int status, String... headers) {
        return script(new Answer(status, headers));
    }

    int requestCount() {
        return requests.get();
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    String uri(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int n = requests.incrementAndGet();
            seen.add(new Seen(exchange.getRequestMethod(), body));
            List<Answer> s = script;
            Answer a = s.get(Math.min(n, s.size()) - 1);
            for (String h : a.headers) {
                int colon = h.indexOf(':');
                exchange.getResponseHeaders().add(h.substring(0, colon).trim(),
                        h.substring(colon + 1).trim());
            }
            byte[] bytes = ("answer " + n + ": " + a.status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
