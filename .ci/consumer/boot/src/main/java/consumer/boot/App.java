package consumer.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** A Boot app with the starter and no statuscodes code: its RestClient retries 503, 503, 200. */
@SpringBootApplication
@RestController
public class App {
    static final AtomicInteger HITS = new AtomicInteger();

    @GetMapping("/flaky")
    ResponseEntity<String> flaky() {
        return HITS.incrementAndGet() <= 2 ? ResponseEntity.status(503).body("busy")
                : ResponseEntity.ok("ok");
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(App.class,
                "--server.port=0", "--server.address=127.0.0.1",
                "--statuscodes.retry.backoff-base=10ms");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        String body = app.getBean(RestClient.Builder.class).build().get()
                .uri("http://127.0.0.1:" + port + "/flaky").retrieve().body(String.class);
        double attempts = app.getBean(MeterRegistry.class).get("statuscodes.client.attempts")
                .counter().count();
        app.close();
        if (!"ok".equals(body) || HITS.get() != 3 || attempts != 3) {
            throw new AssertionError("expected ok after 3 attempts, got " + body + " after "
                    + HITS.get() + " (meter " + attempts + ")");
        }
        // A bad value stops the application (Boot's failure report is printed above).
        try {
            SpringApplication.run(App.class, "--server.port=0",
                    "--statuscodes.retry.max-attempts=0").close();
            throw new AssertionError("statuscodes.retry.max-attempts=0 did not stop the app");
        } catch (RuntimeException expected) {
            System.out.println("boot consumer: ok (3 attempts, bad property refused)");
        }
    }
}
