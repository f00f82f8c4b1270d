package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import io.github.statuscodes.spring.boot.apps.ownfilter.OwnFilterApp;
import io.github.statuscodes.spring.boot.apps.owninterceptor.OwnInterceptorApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The application's own {@link StatusCodeRetryInterceptor} or {@link StatusCodeRetryFilter}
 * bean: the starter leaves that side of Boot's builders alone, so that a request goes through one
 * retry layer only, and its start-up line says so. Real Boot applications, requests over real
 * HTTP to a JDK server on loopback that answers 503.
 */
class ApplicationRetryBeansTest {
    private static final String INFO = "logging.level.io.github.statuscodes.spring.boot=INFO";

    static List<ClientHttpRequestInterceptor> interceptors(RestClient.Builder builder) {
        List<ClientHttpRequestInterceptor> seen = new ArrayList<>();
        builder.requestInterceptors(seen::addAll);
        return seen;
    }

    static List<ExchangeFilterFunction> filters(WebClient.Builder builder) {
        List<ExchangeFilterFunction> seen = new ArrayList<>();
        builder.filters(seen::addAll);
        return seen;
    }

    /** Boot's RestTemplateBuilder (Boot 3 and Boot 4 name it differently) builds a template. */
    static RestTemplate bootRestTemplate(ApplicationContext app) throws Exception {
        for (String name : new String[] {"org.springframework.boot.web.client.RestTemplateBuilder",
            "org.springframework.boot.restclient.RestTemplateBuilder"}) {
            if (ClassUtils.isPresent(name, null)) {
                Object builder = app.getBean(ClassUtils.forName(name, null));
                return (RestTemplate) builder.getClass().getMethod("build").invoke(builder);
            }
        }
        throw new AssertionError("no RestTemplateBuilder on the class path");
    }

    @Test
    void bootsBuildersGetTheStartersRetriesWithoutOwnBeans() throws Exception {
        try (Console.Started s = Console.start(() -> Apps.start(ClientApp.class,
                WebApplicationType.NONE))) {
            assertThat(interceptors(s.app.getBean(RestClient.Builder.class)))
                    .singleElement().isInstanceOf(RoutingRetryInterceptor.class);
            assertThat(bootRestTemplate(s.app).getInterceptors())
                    .singleElement().isInstanceOf(RoutingRetryInterceptor.class);
            assertThat(filters(s.app.getBean(WebClient.Builder.class)))
                    .singleElement().isInstanceOf(RoutingRetryFilter.class);
        }
    }

    @Test
    void anOwnInterceptorBeanLeavesBootsRestClientBuilderAlone() throws Exception {
        try (Console.Started s = Console.start(() -> Apps.start(OwnInterceptorApp.class,
                WebApplicationType.NONE, INFO))) {
            assertThat(interceptors(s.app.getBean(RestClient.Builder.class))).isEmpty();
            assertThat(bootRestTemplate(s.app).getInterceptors()).isEmpty();
            assertThat(s.app.getBeansOfType(StatusCodeRetryInterceptor.class)).containsOnlyKeys(
                    "myInterceptor");
            // WebClient still gets the starter's filter.
            assertThat(filters(s.app.getBean(WebClient.Builder.class)))
                    .singleElement().isInstanceOf(RoutingRetryFilter.class);
            assertThat(s.output).contains("statuscodes retries of Boot's HTTP clients "
                    + "(WebClient): default RetryPolicy{maxAttempts=3,",
                    "; RestClient, RestTemplate: nothing from statuscodes; the application's own "
                    + "bean 'myInterceptor' StatusCodeRetryInterceptor{RetryPolicy{maxAttempts=2,");
        }
    }

    @Test
    void anOwnInterceptorAddedToBootsBuilderSendsItsAttemptsOnce() throws Exception {
        try (Status503Server server = new Status503Server();
                Console.Started s = Console.start(() -> Apps.start(OwnInterceptorApp.class,
                        WebApplicationType.NONE))) {
            RestClient client = s.app.getBean(RestClient.Builder.class)
                    .requestInterceptor(s.app.getBean(StatusCodeRetryInterceptor.class))
                    .baseUrl(server.url()).build();
            int status = client.get().uri("/x")
                    .exchange((req, res) -> res.getStatusCode().value());
            assertThat(status).isEqualTo(503);
            assertThat(server.hits("/x")).isEqualTo(2);
        }
    }

    @Test
    void anOwnFilterBeanLeavesBootsWebClientBuilderAlone() {
        try (Console.Started s = Console.start(() -> Apps.start(OwnFilterApp.class,
                WebApplicationType.NONE, INFO))) {
            assertThat(filters(s.app.getBean(WebClient.Builder.class))).isEmpty();
            assertThat(interceptors(s.app.getBean(RestClient.Builder.class)))
                    .singleElement().isInstanceOf(RoutingRetryInterceptor.class);
            assertThat(s.output).contains("statuscodes retries of Boot's HTTP clients "
                    + "(RestClient, RestTemplate): default RetryPolicy{maxAttempts=3,",
                    "; WebClient: nothing from statuscodes; the application's own bean 'myFilter' "
                    + "StatusCodeRetryFilter{RetryPolicy{maxAttempts=2,");
        }
    }

    @Test
    void anOwnFilterAddedToBootsBuilderSendsItsAttemptsOnce() throws Exception {
        try (Status503Server server = new Status503Server();
                Console.Started s = Console.start(() -> Apps.start(OwnFilterApp.class,
                        WebApplicationType.NONE))) {
            WebClient client = s.app.getBean(WebClient.Builder.class)
                    .filter(s.app.getBean(StatusCodeRetryFilter.class))
                    .baseUrl(server.url()).build();
            Integer status = client.get().uri("/x")
                    .exchangeToMono(r -> r.releaseBody().then(Mono.just(r.statusCode().value())))
                    .block();
            assertThat(status).isEqualTo(503);
            assertThat(server.hits("/x")).isEqualTo(2);
        }
    }

    @Test
    void withoutOwnBeansTheStartUpLineNamesEveryBuilderAndEachClientsPolicy() {
        try (Console.Started s = Console.start(() -> Apps.start(ClientApp.class,
                WebApplicationType.NONE, INFO, "statuscodes.retry.clients.pay.max-attempts=2",
                "statuscodes.retry.clients.pay.base-url=https://pay.example.com/v1"))) {
            assertThat(s.output).contains("INFO", "statuscodes retries of Boot's HTTP clients "
                    + "(RestClient, RestTemplate, WebClient): default RetryPolicy{maxAttempts=3,",
                    "; pay (https://pay.example.com/v1*) RetryPolicy{maxAttempts=2,");
            assertThat(s.output).doesNotContain("nothing from statuscodes");
            assertThat(s.output.split("statuscodes retries of Boot's HTTP clients", -1))
                    .hasSize(2);
        }
    }

    @Test
    void keysThatAnOwnInterceptorBeanLeavesWithoutEffectAreNamedInOneWarning() {
        try (Console.Started s = Console.start(() -> Apps.start(OwnInterceptorApp.class,
                WebApplicationType.NONE, "statuscodes.retry.max-attempts=4",
                "statuscodes.retry.clients.pay.max-attempts=2"))) {
            assertThat(s.output).contains("WARN", "statuscodes.retry.max-attempts, "
                    + "statuscodes.retry.clients[pay].max-attempts have no effect on RestClient, "
                    + "RestTemplate (the application's bean 'myInterceptor')");
            // WebClient still follows them.
            assertThat(s.output.split("have no effect on", -1)).hasSize(2);
        }
        try (Console.Started s = Console.start(() -> Apps.start(OwnFilterApp.class,
                WebApplicationType.NONE, "statuscodes.retry.call-timeout=5s"))) {
            assertThat(s.output).contains("statuscodes.retry.call-timeout has no effect on "
                    + "WebClient (the application's bean 'myFilter')");
        }
    }

    @Test
    void withoutKeysOrWithoutOwnBeansThereIsNoWarning() {
        try (Console.Started s = Console.start(() -> Apps.start(OwnInterceptorApp.class,
                WebApplicationType.NONE))) {
            assertThat(s.output).doesNotContain("no effect");
        }
        try (Console.Started s = Console.start(() -> Apps.start(ClientApp.class,
                WebApplicationType.NONE, "statuscodes.retry.max-attempts=4"))) {
            assertThat(s.output).doesNotContain("no effect");
        }
    }

    @Test
    void aKeyWithoutEffectIsStillValidated() {
        assertThat(Console.failure(OwnInterceptorApp.class, WebApplicationType.NONE,
                "statuscodes.retry.max-attempts=0"))
                .contains("APPLICATION FAILED TO START", "statuscodes.retry.max-attempts");
    }
}
