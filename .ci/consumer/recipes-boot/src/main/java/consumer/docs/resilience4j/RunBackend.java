package consumer.docs.resilience4j;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Runs the @Retry bean of docs/resilience4j.md (compiled from the page) in a Boot application
 * with no retry configuration of its own: a 503 with Retry-After: 1 then a 200 is two requests,
 * a second apart, through the starter's "statuscodes" instance.
 */
@SpringBootApplication
public class RunBackend {
    static final List<Long> ARRIVALS = new CopyOnWriteArrayList<>();
    static String base;

    @Bean
    RestClient restClient() {
        return RestClient.create(base);
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/items", exchange -> {
            ARRIVALS.add(System.nanoTime());
            if (ARRIVALS.size() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(503, -1);
            } else {
                byte[] body = "items".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RunBackend.class)
                .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off")) {
            ResponseEntity<String> items = app.getBean(Backend.class).items();
            check(items.getStatusCode().value() == 200 && "items".equals(items.getBody()),
                    "the 200 after the 503, got " + items);
            check(ARRIVALS.size() == 2, "2 requests, got " + ARRIVALS.size());
            long waited = TimeUnit.NANOSECONDS.toMillis(ARRIVALS.get(1) - ARRIVALS.get(0));
            check(waited >= 1000, "waited Retry-After: 1, got " + waited + " ms");
        } finally {
            server.stop(0);
        }
        System.out.println("recipes-boot: @Retry(name = \"statuscodes\"): 503 Retry-After: 1"
                + " then 200 in 2 requests, a second apart");
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
