package io.github.statuscodes.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
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
 * Issue #9: a GET from Apache HttpClient 5's classic client to the JDK's HttpServer on loopback,
 * with {@code StatusCodeRetryStrategy.create()}, with HttpClient's own
 * {@code DefaultHttpRequestRetryStrategy} (its default when none is set), and with automatic
 * retries turned off. The server always answers {@code 200} with a small JSON body, so no retry
 * happens: this measures what the strategy adds to a call that succeeds (one
 * {@code retryRequest} per call). Each client has its own connection pool; the server's sockets
 * have TCP_NODELAY, HttpClient's by default.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class HttpClient5Benchmark {
    private HttpServer server;
    private ExecutorService serverThreads;
    private CloseableHttpClient withStrategy;
    private CloseableHttpClient appliedTo;
    private CloseableHttpClient stock;
    private CloseableHttpClient noRetries;
    private String uri;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // The JDK's server writes headers and body separately: without TCP_NODELAY each response
        // waits for the client's delayed ACK (~40 ms). Read when its classes initialise.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] body = "{\"id\":42,\"name\":\"benchmark\"}".getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.start();
        uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/orders/42";
        withStrategy = client().setRetryStrategy(StatusCodeRetryStrategy.create()).build();
        appliedTo = StatusCodeRetryStrategy.create().applyTo(client()).build();
        stock = client().setRetryStrategy(DefaultHttpRequestRetryStrategy.INSTANCE).build();
        noRetries = client().disableAutomaticRetries().build();
    }

    private static HttpClientBuilder client() {
        return HttpClients.custom().setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create().build());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        withStrategy.close(CloseMode.IMMEDIATE);
        appliedTo.close(CloseMode.IMMEDIATE);
        stock.close(CloseMode.IMMEDIATE);
        noRetries.close(CloseMode.IMMEDIATE);
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private String call(CloseableHttpClient client) throws IOException {
        return client.execute(new HttpGet(uri), response -> EntityUtils.toString(
                response.getEntity()));
    }

    /** The GET with HttpClient's default strategy: the reference. */
    @Benchmark
    public String withDefaultStrategy() throws IOException {
        return call(stock);
    }

    /** The same GET with {@code StatusCodeRetryStrategy.create()}. */
    @Benchmark
    public String withStatusCodeStrategy() throws IOException {
        return call(withStrategy);
    }

    /** The same GET with the strategy installed by {@code applyTo}: with its two steps. */
    @Benchmark
    public String withStatusCodeStrategyApplied() throws IOException {
        return call(appliedTo);
    }

    /** The same GET with automatic retries off: no retry exec in the chain at all. */
    @Benchmark
    public String withoutRetries() throws IOException {
        return call(noRetries);
    }
}
