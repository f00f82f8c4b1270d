package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.ownfiltertyped.OwnFilterAsInterfaceApp;
import io.github.statuscodes.spring.boot.apps.ownintercepttyped.OwnInterceptorAsInterfaceApp;
import io.github.statuscodes.spring.boot.apps.slow.SlowApp;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The starter's retry beans used outside Boot's builders, and the application's own interceptor
 * declared by its interface type. Real Boot applications over real HTTP on loopback.
 */
class RetryBeansBeyondBootBuildersTest {

    /**
     * An application that builds its client itself ({@code RestClient.builder()}, not Boot's
     * builder) and adds the starter's {@link StatusCodeRetryInterceptor} bean: the attempts
     * meter must count the first attempt too (503, 503, 200 is 3 attempts, 2 retries), else the
     * PromQL share of retries in the docs reads 100 %.
     */
    @Test
    void theStartersInterceptorBeanOnAnOwnRestClientCountsEveryAttempt() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer upstream = StarterAppTest.scripted(hits);
        ConfigurableApplicationContext app = Apps.start(SlowApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.backoff-base=1ms");
        try {
            // The JDK's client: no retries of its own (HttpClient 5's would retry a 503 itself).
            RestClient own = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                    .requestInterceptor(app.getBean(StatusCodeRetryInterceptor.class)).build();
            String body = own.get().uri("http://127.0.0.1:" + upstream.getAddress().getPort()
                    + "/x").retrieve().body(String.class);
            assertThat(body).isEqualTo("ok");
            assertThat(hits.get()).isEqualTo(3);
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            assertThat(registry.get(RetryMeters.RETRIES).tag("client.name", "127.0.0.1")
                    .counter().count()).isEqualTo(2);
            assertThat(registry.get(RetryMeters.ATTEMPTS).tag("client.name", "127.0.0.1")
                    .counter().count()).isEqualTo(3);
        } finally {
            app.close();
            upstream.stop(0);
        }
    }

    /**
     * The application's own {@link StatusCodeRetryInterceptor}, declared as a
     * {@code ClientHttpRequestInterceptor} bean: one retry layer, as with the concrete type
     * (the docs promise "with a StatusCodeRetryInterceptor bean of yours, the starter puts
     * nothing on RestClient.Builder"). Its policy allows 2 attempts.
     */
    @Test
    void anOwnInterceptorBeanDeclaredByItsInterfaceLeavesBootsRestClientBuilderAlone()
            throws Exception {
        try (Status503Server upstream = new Status503Server()) {
            ConfigurableApplicationContext app = Apps.start(OwnInterceptorAsInterfaceApp.class,
                    WebApplicationType.NONE, "statuscodes.retry.backoff-base=1ms");
            try {
                RestClient client = app.getBean(RestClient.Builder.class)
                        .requestInterceptor(app.getBean(ClientHttpRequestInterceptor.class))
                        .build();
                int status = StarterAppTest.status(client, upstream.url() + "/once");
                assertThat(status).isEqualTo(503);
                assertThat(ApplicationRetryBeansTest.interceptors(
                        app.getBean(RestClient.Builder.class)))
                        .noneMatch(i -> i instanceof RoutingRetryInterceptor);
                assertThat(upstream.hits("/once")).isEqualTo(2);
            } finally {
                app.close();
            }
        }
    }

    /** As above for WebClient: the application's own filter declared as ExchangeFilterFunction. */
    @Test
    void anOwnFilterBeanDeclaredByItsInterfaceLeavesBootsWebClientBuilderAlone()
            throws Exception {
        try (Status503Server upstream = new Status503Server()) {
            ConfigurableApplicationContext app = Apps.start(OwnFilterAsInterfaceApp.class,
                    WebApplicationType.NONE, "statuscodes.retry.backoff-base=1ms");
            try {
                assertThat(ApplicationRetryBeansTest.filters(app.getBean(WebClient.Builder.class)))
                        .isEmpty();
                WebClient client = app.getBean(WebClient.Builder.class)
                        .filter(app.getBean(ExchangeFilterFunction.class))
                        .baseUrl(upstream.url()).build();
                Integer status = client.get().uri("/once").exchangeToMono(r -> r.releaseBody()
                        .then(Mono.just(r.statusCode().value()))).block();
                assertThat(status).isEqualTo(503);
                assertThat(upstream.hits("/once")).isEqualTo(2);
                // The other side keeps the starter's retries.
                assertThat(ApplicationRetryBeansTest.interceptors(
                        app.getBean(RestClient.Builder.class)))
                        .singleElement().isInstanceOf(RoutingRetryInterceptor.class);
            } finally {
                app.close();
            }
        }
    }

    /** The start-up line names the own bean declared by its interface, and not the builder. */
    @Test
    void theStartUpLineNamesAnOwnBeanDeclaredByItsInterface() {
        String info = "logging.level.io.github.statuscodes.spring.boot=INFO";
        try (Console.Started s = Console.start(() -> Apps.start(
                OwnInterceptorAsInterfaceApp.class, WebApplicationType.NONE, info))) {
            assertThat(s.output).contains("statuscodes retries of Boot's HTTP clients "
                    + "(WebClient): default RetryPolicy{maxAttempts=3,",
                    "; RestClient, RestTemplate: nothing from statuscodes; the application's own "
                    + "bean 'myInterceptor' StatusCodeRetryInterceptor{RetryPolicy{maxAttempts=2,");
            assertThat(ApplicationRetryBeansTest.bootRestTemplate(s.app).getInterceptors())
                    .isEmpty();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (Console.Started s = Console.start(() -> Apps.start(
                OwnFilterAsInterfaceApp.class, WebApplicationType.NONE, info))) {
            assertThat(s.output).contains("statuscodes retries of Boot's HTTP clients "
                    + "(RestClient, RestTemplate): default RetryPolicy{maxAttempts=3,",
                    "; WebClient: nothing from statuscodes; the application's own bean 'myFilter' "
                    + "StatusCodeRetryFilter{RetryPolicy{maxAttempts=2,");
        }
    }
}
