package consumer;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.jdkhttp.RetryingHttpClient;
import io.github.statuscodes.httpclient5.StatusCodeRetryStrategy;
import io.github.statuscodes.okhttp.StatusCodeInterceptor;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.servlet.ClientDisconnects;
import io.github.statuscodes.servlet.StatusResponse;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Uses what a user does with each module, and fails loudly if any of them misbehaves. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Module module = StatusCodes.class.getModule();
        System.out.println("statuscodes-core loaded " + (module.isNamed()
                ? "as module " + module.getName() : "from the class path"));

        // 1. The core call.
        check(!StatusCodes.of(460).isRetryable(), "460 must not be retryable");
        check(StatusCodes.of(460).isLogOnly(), "460 must be log-only");

        // 2. The OkHttp interceptor, against a real server on loopback: 502 then 200.
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int status = requests.incrementAndGet() == 1 ? 502 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            OkHttpClient client = new OkHttpClient.Builder()
                    .addInterceptor(StatusCodeInterceptor.create())
                    .build();
            Request request = new Request.Builder()
                    .url("http://127.0.0.1:" + server.getAddress().getPort() + "/").build();
            try (Response response = client.newCall(request).execute()) {
                StatusCode code = StatusCodeInterceptor.statusCode(response);
                check(response.code() == 200, "expected 200 after a retry, got " + response.code());
                check(code == Iana.OK, "expected the resolved code 200 OK, got " + code);
                check(requests.get() == 2, "expected 2 requests, got " + requests.get());
            }
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();

            // 3. The Apache HttpClient 5 retry strategy, against the same server: 502 then 200.
            requests.set(0);
            try (CloseableHttpClient hc5 = HttpClients.custom()
                    .setRetryStrategy(StatusCodeRetryStrategy.create()).build()) {
                int status = hc5.execute(new HttpGet("http://127.0.0.1:"
                        + server.getAddress().getPort() + "/"), r -> r.getCode());
                check(status == 200, "HttpClient 5: expected 200 after a retry, got " + status);
                check(requests.get() == 2, "HttpClient 5: expected 2 requests, got "
                        + requests.get());
            }
        } finally {
            server.stop(0);
        }

        // 4. The JDK HttpClient adapter, against a real server on loopback: 503 then 200.
        AtomicInteger jdkRequests = new AtomicInteger();
        HttpServer jdkServer = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jdkServer.createContext("/", exchange -> {
            int status = jdkRequests.incrementAndGet() == 1 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        jdkServer.start();
        try {
            HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient());
            HttpRequest request = HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + jdkServer.getAddress().getPort() + "/")).build();
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString());
            check(response.statusCode() == 200, "expected 200 after a retry, got "
                    + response.statusCode());
            check(jdkRequests.get() == 2, "expected 2 requests, got " + jdkRequests.get());
            jdkRequests.set(0);
            response = client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get();
            check(response.statusCode() == 200 && jdkRequests.get() == 2,
                    "sendAsync: expected 200 after 2 requests, got " + response.statusCode()
                    + " after " + jdkRequests.get());
        } finally {
            jdkServer.stop(0);
        }

        // 5. The servlet adapter, without a container.
        check(ClientDisconnects.isDisconnect(new IOException("Broken pipe")),
                "a broken pipe is a disconnect");
        check(!ClientDisconnects.isDisconnect(new IOException("No space left on device")),
                "a full disk is not a disconnect");
        StatusResponse busy = StatusResponse.builder(StatusCodes.of(503))
                .retryAfter(Duration.ofSeconds(30)).build();
        check(busy.retryAfter().orElse("").equals("30"), "Retry-After must be 30");
        check(ClientDisconnectFilter.builder().build() != null, "filter builds");

        // 6. The Spring interceptor on RestClient, against a real server on loopback: 503 then 200.
        AtomicInteger springRequests = new AtomicInteger();
        HttpServer springServer = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        springServer.createContext("/", exchange -> {
            int status = springRequests.incrementAndGet() == 1 ? 503 : 200;
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        springServer.start();
        try {
            RestClient restClient = RestClient.builder()
                    .requestFactory(new SimpleClientHttpRequestFactory())
                    .requestInterceptor(StatusCodeRetryInterceptor.create())
                    .build();
            int status = restClient.get()
                    .uri("http://127.0.0.1:" + springServer.getAddress().getPort() + "/")
                    .exchange((req, res) -> res.getStatusCode().value());
            check(status == 200, "expected 200 after a retry, got " + status);
            check(springRequests.get() == 2, "expected 2 requests, got " + springRequests.get());
            check(StatusCodeRetryFilter.create() != null, "the WebClient filter loads");
        } finally {
            springServer.stop(0);
        }

        System.out.println("consumer OK: core, okhttp, JDK HttpClient, httpclient5, servlet and spring adapters work");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
