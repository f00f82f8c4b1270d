package consumer.shared;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The loopback server every recipe runner (recipes*) drives its recipes against, and the checks
 * on what reached it; the runners' projects compile this source with their own. Answers:
 * <ul>
 * <li>{@code /items}: 503 with {@code Retry-After: 1} to the first request since {@link #clear},
 *     then 200 {@code items};
 * <li>{@code /date}: the same with {@code Retry-After} an HTTP date 2 s ahead;
 * <li>{@code /missing}: 404;
 * <li>{@code /cloudflare}: 520 from {@code Server: cloudflare}, after reading the body.
 * </ul>
 */
public final class LoopbackServer implements AutoCloseable {
    /** HTTP's date form; RFC_1123_DATE_TIME would write a day below 10 with one digit. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final HttpServer server;
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        retryThenItems("/items", () -> "1");
        retryThenItems("/date",
                () -> IMF_FIXDATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2)));
        server.createContext("/missing", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/cloudflare", exchange -> {
            arrivals.add(System.nanoTime());
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Server", "cloudflare");
            exchange.sendResponseHeaders(520, -1);
            exchange.close();
        });
        server.start();
    }

    /** {@return a started server on a free loopback port} */
    public static LoopbackServer start() throws IOException {
        return new LoopbackServer();
    }

    private void retryThenItems(String path, Supplier<String> retryAfter) {
        server.createContext(path, exchange -> {
            arrivals.add(System.nanoTime());
            if (arrivals.size() == 1) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter.get());
                exchange.sendResponseHeaders(503, -1);
            } else {
                byte[] body = "items".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
    }

    /** {@return this server's base URI, {@code http://127.0.0.1:PORT}} */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@return the base URI of a loopback port nobody listens on} */
    public static String closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    /** Forgets the requests so far: the next one to {@code /items} or {@code /date} gets the 503. */
    public void clear() {
        arrivals.clear();
    }

    /** {@return how many requests arrived since {@link #clear}} */
    public int requests() {
        return arrivals.size();
    }

    /**
     * Checks that the 503 and the 200 were two requests at least a second apart, as
     * {@code Retry-After} asked.
     */
    public void checkWaitedASecond(String who) {
        check(arrivals.size() == 2, who + ": 2 requests, got " + arrivals.size());
        long waited = TimeUnit.NANOSECONDS.toMillis(arrivals.get(1) - arrivals.get(0));
        check(waited >= 1000, who + ": waited Retry-After, got " + waited + " ms");
    }

    /** Fails the run with {@code what} unless {@code ok}. */
    public static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
