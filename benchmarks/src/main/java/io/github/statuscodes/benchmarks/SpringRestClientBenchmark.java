package io.github.statuscodes.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Issue #10: a GET to the JDK's HttpServer on loopback through Spring's {@code RestClient}, bare
 * and with {@code StatusCodeRetryInterceptor.create()} (the default policy). The server always
 * answers {@code 200} with a small JSON body, so no retry happens: this measures what the
 * interceptor (and the interceptor chain it makes Spring build) adds to a call that succeeds. Both
 * clients share one JDK {@code HttpClient} (HTTP/1.1, keep-alive); the server sets TCP_NODELAY.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SpringRestClientBenchmark {
    private static final byte[] BODY =
            "{\"id\":42,\"name\":\"benchmark\"}".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private RestClient plain;
    private RestClient intercepted;
    private String url;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        // Without TCP_NODELAY on the server, every call waits ~40 ms for the client's delayed ACK
        // (as in OkHttpInterceptorBenchmark); the JDK HttpServer reads this once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/orders/42", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/orders/42";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        plain = RestClient.builder().requestFactory(factory).build();
        intercepted = RestClient.builder().requestFactory(factory)
                .requestInterceptor(StatusCodeRetryInterceptor.create()).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.stop(0);
    }

    @Benchmark
    public String bareRestClient() {
        return plain.get().uri(url).retrieve().body(String.class);
    }

    @Benchmark
    public String withRetryInterceptor() {
        return intercepted.get().uri(url).retrieve().body(String.class);
    }
}
