package consumer.docs.resilience4j;

import static consumer.shared.LoopbackServer.check;

import consumer.shared.LoopbackServer;
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
    static String base;

    @Bean
    RestClient restClient() {
        return RestClient.create(base);
    }

    public static void main(String[] args) throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            base = server.base();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RunBackend.class)
                    .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off")) {
                ResponseEntity<String> items = app.getBean(Backend.class).items();
                check(items.getStatusCode().value() == 200 && "items".equals(items.getBody()),
                        "the 200 after the 503, got " + items);
                server.checkWaitedASecond("recipes-boot");
            }
        }
        System.out.println("recipes-boot: @Retry(name = \"statuscodes\"): 503 Retry-After: 1"
                + " then 200 in 2 requests, a second apart");
    }
}
