package io.github.statuscodes.spring.boot.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.RetryClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import io.github.statuscodes.spring.boot.review.longbackoff.LongBackoffPolicyApp;
import io.github.statuscodes.spring.boot.review.owninterceptor.OwnInterceptorApp;
import io.github.statuscodes.spring.boot.review.shortbackoff.ShortBackoffPolicyApp;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** Reproductions of review findings; each asserts the behaviour the docs promise. */
class ReviewReproTest {

    static String failure(Class<?> app, String... props) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> Apps.start(app, WebApplicationType.NONE, props))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Valid by the validator's reckoning, refused by core once the user's bean is inherited. */
    @Test
    void clientOverrideAgainstUsersPolicyBeanIsReportedByBootNotAStackTrace() {
        String report = failure(LongBackoffPolicyApp.class,
                "statuscodes.retry.clients.pay.backoff-max=1s");
        System.out.println("REVIEW report: " + report.substring(Math.max(0, report.indexOf("APPLICATION FAILED")), Math.min(report.length(), Math.max(0, report.indexOf("APPLICATION FAILED")) + 1500)));
        System.out.println("REVIEW caused-by lines: " + report.lines().filter(l -> l.startsWith("Caused by")).count() + " IAE: " + report.lines().filter(l -> l.contains("IllegalArgumentException")).findFirst().orElse("none"));
        assertThat(report).contains("APPLICATION FAILED TO START");
        assertThat(report).doesNotContain("Caused by");
    }

    /** Effective policy (base 1ms from the user's bean, max 50ms) is valid, yet refused. */
    @Test
    void validClientOverrideAgainstUsersPolicyBeanStarts() {
        ConfigurableApplicationContext app = Apps.start(ShortBackoffPolicyApp.class,
                WebApplicationType.NONE, "statuscodes.retry.clients.pay.backoff-max=50ms");
        try {
            assertThat(app.getBean(RetryClients.class).policy("pay").backoffMax())
                    .isEqualTo(Duration.ofMillis(50));
        } finally {
            app.close();
        }
    }

    /** The docs: the auto-configuration backs off on a StatusCodeRetryInterceptor bean. */
    @Test
    void ownInterceptorBeanLeavesBootsBuilderAlone() {
        ConfigurableApplicationContext app = Apps.start(OwnInterceptorApp.class,
                WebApplicationType.NONE);
        try {
            List<ClientHttpRequestInterceptor> seen = new ArrayList<>();
            app.getBean(RestClient.Builder.class).requestInterceptors(seen::addAll);
            System.out.println("REVIEW builder interceptors: " + seen);
            assertThat(seen).isEmpty();
        } finally {
            app.close();
        }
    }

    /**
     * The usual way to use an interceptor bean of one's own: add it to Boot's builder. The bean
     * allows 2 attempts; the starter's routing interceptor, still on the builder, delegates to the
     * same bean, so the attempts multiply.
     */
    @Test
    void ownInterceptorAddedToBootsBuilderSendsItsAttemptsOnce() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            hits.incrementAndGet();
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.start();
        ConfigurableApplicationContext app = Apps.start(OwnInterceptorApp.class,
                WebApplicationType.NONE);
        try {
            RestClient client = app.getBean(RestClient.Builder.class)
                    .requestInterceptor(app.getBean(StatusCodeRetryInterceptor.class))
                    .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build();
            int status = client.get().uri("/x").exchange((req, res) -> res.getStatusCode().value());
            assertThat(status).isEqualTo(503);
            assertThat(hits.get()).isEqualTo(2);
        } finally {
            app.close();
            server.stop(0);
        }
    }
}
