package consumer;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.okhttp.StatusCodeInterceptor;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.servlet.ClientDisconnects;
import io.github.statuscodes.servlet.StatusResponse;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Uses the three things a user does, and fails loudly if any of them misbehaves. */
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
        } finally {
            server.stop(0);
        }

        // 3. The servlet adapter, without a container.
        check(ClientDisconnects.isDisconnect(new IOException("Broken pipe")),
                "a broken pipe is a disconnect");
        check(!ClientDisconnects.isDisconnect(new IOException("No space left on device")),
                "a full disk is not a disconnect");
        StatusResponse busy = StatusResponse.builder(StatusCodes.of(503))
                .retryAfter(Duration.ofSeconds(30)).build();
        check(busy.retryAfter().orElse("").equals("30"), "Retry-After must be 30");
        check(ClientDisconnectFilter.builder().build() != null, "filter builds");

        // 4. The Spring interceptor on RestClient, against a real server on loopback: 503 then 200.
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

        System.out.println("consumer OK: core, okhttp, servlet and spring adapters work");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
