package io.github.statuscodes.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.jdkhttp.RetryingHttpClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue #9: a GET to the JDK's own HttpServer on loopback, through a bare
 * {@code java.net.http.HttpClient} and through the same client wrapped by
 * {@code RetryingHttpClient.wrap} (the default policy). The server always answers {@code 200}
 * with a small JSON body, so no retry happens: this measures what the wrapper adds to a call that
 * succeeds (one body-handler wrapper and one policy decision per call). Both share one client and
 * so one connection pool; the server's sockets have TCP_NODELAY.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class JdkHttpClientBenchmark {
    private static final byte[] BODY =
            "{\"id\":42,\"name\":\"benchmark\"}".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService serverThreads;
    private HttpClient bare;
    private HttpClient wrapped;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // The JDK server writes headers and body apart: without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK add ~40 ms to every call, hiding what is measured. Read
        // once, when the server class first loads in this forked JVM.
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
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.start();
        request = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/orders/42")).build();
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        wrapped = RetryingHttpClient.wrap(bare);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /** {@code send} on the bare JDK client. */
    @Benchmark
    public String sendBare() throws IOException, InterruptedException {
        return bare.send(request, BodyHandlers.ofString()).body();
    }

    /** The same {@code send} through {@code RetryingHttpClient.wrap}. */
    @Benchmark
    public String sendWrapped() throws IOException, InterruptedException {
        return wrapped.send(request, BodyHandlers.ofString()).body();
    }

    /** {@code sendAsync(...).get()} on the bare JDK client. */
    @Benchmark
    public String sendAsyncBare() throws InterruptedException, ExecutionException {
        HttpResponse<String> r = bare.sendAsync(request, BodyHandlers.ofString()).get();
        return r.body();
    }

    /** The same {@code sendAsync(...).get()} through {@code RetryingHttpClient.wrap}. */
    @Benchmark
    public String sendAsyncWrapped() throws InterruptedException, ExecutionException {
        HttpResponse<String> r = wrapped.sendAsync(request, BodyHandlers.ofString()).get();
        return r.body();
    }
}
