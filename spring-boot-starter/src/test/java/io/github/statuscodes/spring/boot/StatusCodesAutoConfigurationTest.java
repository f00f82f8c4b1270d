package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.Hits;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import io.github.statuscodes.spring.boot.apps.userbeans.UserBeansApp;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.StatusCodeServerRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeClientRequestObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.WebApplicationContext;

/** The auto-configuration in real Boot applications on Tomcat, over real HTTP. */
class StatusCodesAutoConfigurationTest {

    static RestClient bootClient(ConfigurableApplicationContext app) {
        return app.getBean(RestClient.Builder.class)
                .baseUrl("http://127.0.0.1:" + Apps.port(app)).build();
    }

    static int get(RestClient client, String path) {
        return client.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
    }

    static double count(MeterRegistry registry, String name, String... tags) {
        return registry.find(name).tags(tags).timers().stream().mapToLong(Timer::count).sum();
    }

    /** Every {@link FilterRegistrationBean} of {@code app}, by bean name. */
    static Map<String, FilterRegistrationBean<?>> registrations(ConfigurableApplicationContext app) {
        Map<String, FilterRegistrationBean<?>> beans = new java.util.LinkedHashMap<>();
        app.getBeansOfType(FilterRegistrationBean.class).forEach(beans::put);
        return beans;
    }

    static List<? extends FilterRegistration> disconnectFilters(ConfigurableApplicationContext app) {
        ServletContext sc = ((WebApplicationContext) app).getServletContext();
        return sc.getFilterRegistrations().values().stream()
                .filter(f -> ClientDisconnectFilter.class.getName().equals(f.getClassName()))
                .collect(Collectors.toList());
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Defaults {
        ConfigurableApplicationContext app;
        MeterRegistry registry;
        RestClient client;

        @BeforeAll
        void start() {
            app = Apps.start(ServletApp.class, WebApplicationType.SERVLET,
                    "statuscodes.retry.backoff-base=1ms");
            registry = app.getBean(MeterRegistry.class);
            client = bootClient(app);
        }

        @AfterAll
        void stop() {
            app.close();
        }

        @Test
        void theBootRestClientBuilderRetries() {
            String id = Hits.newId();
            assertThat(get(client, "/status/520?id=" + id)).isEqualTo(520);
            assertThat(Hits.count(id)).isEqualTo(3);
        }

        @Test
        void serverMetricsGive499ClientErrorAnd520ServerError() {
            double before499 = count(registry, "http.server.requests", "status", "499",
                    "outcome", "CLIENT_ERROR", "client.disconnected", "false");
            double before520 = count(registry, "http.server.requests", "status", "520",
                    "outcome", "SERVER_ERROR");
            get(client, "/status/499");
            String id = Hits.newId();
            get(client, "/status/520?id=" + id);
            awaitTimer(before520 + 3, "http.server.requests", "status", "520");
            assertThat(count(registry, "http.server.requests", "status", "499",
                    "outcome", "CLIENT_ERROR", "client.disconnected", "false"))
                    .isEqualTo(before499 + 1);
            // Three attempts at the server, each one observed.
            assertThat(count(registry, "http.server.requests", "status", "520",
                    "outcome", "SERVER_ERROR")).isEqualTo(before520 + 3);
            assertThat(count(registry, "http.server.requests", "outcome", "UNKNOWN")).isZero();
        }

        @Test
        void clientMetricsCarryTheOutcomeAndTheVendor() {
            get(client, "/status/460?server=awselb/2.0");
            get(client, "/status/522?server=cloudflare");
            assertThat(count(registry, "http.client.requests", "status", "460",
                    "outcome", "CLIENT_ERROR", "vendor", "aws-elb")).isEqualTo(1);
            assertThat(count(registry, "http.client.requests", "status", "522",
                    "outcome", "SERVER_ERROR", "vendor", "cloudflare")).isEqualTo(1);
            // The vendor of the code's meaning, as the retry listener sees it, not the server's.
            get(client, "/status/520?server=nginx");
            assertThat(count(registry, "http.client.requests", "status", "520", "vendor", "nginx"))
                    .isZero();
            assertThat(count(registry, "http.client.requests", "status", "520",
                    "vendor", "cloudflare")).isGreaterThanOrEqualTo(1);
        }

        @Test
        void aClientThatHangsUpIsCountedAsDisconnectedWithItsWaitTimed() throws Exception {
            RawHttp.getAndHangUp(Apps.port(app), "/big", 256 * 1024);
            awaitTimer(1, "http.server.requests", "uri", "/big");
            assertThat(count(registry, "http.server.requests", "uri", "/big",
                    "client.disconnected", "true")).isEqualTo(1);
            awaitTimer(1, "http.server.disconnects.noticed");
            Timer waited = registry.find("http.server.disconnects.noticed").timer();
            assertThat(waited.count()).isEqualTo(1);
            assertThat(waited.getId().getTag("status")).isEqualTo("499");
            assertThat(waited.getId().getTag("phase")).isEqualTo("WRITING_RESPONSE");
            assertThat(waited.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        }

        @Test
        void aProblemResponseIsServedAsProblemJsonWithTitleVendorAndRetryable() {
            String[] seen = client.get().uri("/problem/499").exchange((req, res) -> new String[] {
                Integer.toString(res.getStatusCode().value()),
                String.valueOf(res.getHeaders().getContentType()),
                res.getHeaders().getFirst("Retry-After"),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)});
            assertThat(seen[0]).isEqualTo("499");
            assertThat(seen[1]).isEqualTo("application/problem+json");
            assertThat(seen[2]).isEqualTo("3");
            assertThat(seen[3]).contains("\"title\":\"Client Closed Request\"",
                    "\"status\":499", "\"detail\":\"test detail\"", "\"vendor\":\"nginx\"",
                    "\"retryable\":false");
        }

        @Test
        void registersTheDisconnectFilterOnceFirstForRequestAndAsync() {
            assertThat(disconnectFilters(app)).hasSize(1);
            Map<String, FilterRegistrationBean<?>> beans = registrations(app);
            List<FilterRegistrationBean<?>> ours = beans.values().stream()
                    .filter(b -> b.getFilter() instanceof ClientDisconnectFilter)
                    .collect(Collectors.toList());
            assertThat(ours).hasSize(1);
            FilterRegistrationBean<?> r = ours.get(0);
            assertThat(r.isAsyncSupported()).isTrue();
            assertThat(disconnectFilters(app).get(0).getUrlPatternMappings()).contains("/*");
            assertThat(beans.values()).allMatch(b -> b == r || b.getOrder() > r.getOrder());
            assertThat(((org.springframework.boot.web.servlet.AbstractFilterRegistrationBean<?>) r)
                    .determineDispatcherTypes())
                    .containsExactlyInAnyOrder(DispatcherType.REQUEST, DispatcherType.ASYNC);
        }

        void awaitTimer(double atLeast, String name, String... tags) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (count(registry, name, tags) < atLeast && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void propertiesSwitchEachPartOff() {
        ConfigurableApplicationContext app = Apps.start(ServletApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.enabled=false",
                "statuscodes.client-disconnect.enabled=false",
                "statuscodes.observation.enabled=false");
        try {
            assertThat(app.getBeansOfType(StatusCodeRetryInterceptor.class)).isEmpty();
            assertThat(app.getBeansOfType(RetryPolicy.class)).isEmpty();
            assertThat(disconnectFilters(app)).isEmpty();
            assertThat(app.getBeansOfType(StatusCodeServerRequestObservationConvention.class))
                    .isEmpty();
            String id = Hits.newId();
            RestClient client = bootClient(app);
            assertThat(get(client, "/status/520?id=" + id)).isEqualTo(520);
            assertThat(Hits.count(id)).isEqualTo(1);
            // Spring's own convention again: 499 is UNKNOWN there.
            get(client, "/status/499");
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (count(registry, "http.server.requests", "status", "499") == 0
                    && System.nanoTime() < deadline) {
                Thread.yield();
            }
            assertThat(count(registry, "http.server.requests", "status", "499",
                    "outcome", "UNKNOWN")).isEqualTo(1);
        } finally {
            app.close();
        }
    }

    @Test
    void theConventionsTakeTheObservationNamesBootIsConfiguredWith() {
        ConfigurableApplicationContext app = Apps.start(ServletApp.class,
                WebApplicationType.SERVLET,
                "management.observations.http.server.requests.name=shop.server",
                "management.observations.http.client.requests.name=shop.client");
        try {
            assertThat(app.getBean(StatusCodeServerRequestObservationConvention.class).getName())
                    .isEqualTo("shop.server");
            assertThat(app.getBean(StatusCodeClientRequestObservationConvention.class).getName())
                    .isEqualTo("shop.client");
        } finally {
            app.close();
        }
    }

    @Test
    void retryOffLeavesTheObservationsOn() {
        ConfigurableApplicationContext app = Apps.start(ServletApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.enabled=false");
        try {
            assertThat(app.getBeansOfType(StatusCodeRetryInterceptor.class)).isEmpty();
            assertThat(disconnectFilters(app)).hasSize(1);
            assertThat(app.getBeansOfType(StatusCodeServerRequestObservationConvention.class))
                    .hasSize(1);
        } finally {
            app.close();
        }
    }

    @Test
    void backsOffOnTheUsersOwnBeans() {
        ConfigurableApplicationContext app = Apps.start(UserBeansApp.class,
                WebApplicationType.SERVLET, "statuscodes.retry.max-attempts=5");
        try {
            assertThat(disconnectFilters(app)).hasSize(1);
            assertThat(app.getBean(StatusCodeRetryInterceptor.class).policy().maxAttempts())
                    .isEqualTo(2);
            String id = Hits.newId();
            assertThat(get(bootClient(app), "/status/502?id=" + id)).isEqualTo(502);
            assertThat(Hits.count(id)).isEqualTo(2);
            assertThat(UserBeansApp.EVENTS).containsExactly("retry 502 1",
                    "giveUp 502 2 ATTEMPTS_EXHAUSTED");
        } finally {
            app.close();
        }
    }

    @Test
    void theApplicationsOwnDisconnectFilterRegistrationIsTimedToo() throws Exception {
        ConfigurableApplicationContext app = Apps.start(UserBeansApp.class,
                WebApplicationType.SERVLET);
        try {
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            RawHttp.getAndHangUp(Apps.port(app), "/big", 256 * 1024);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (count(registry, "http.server.disconnects.noticed") == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Timer waited = registry.find("http.server.disconnects.noticed").timer();
            assertThat(waited).isNotNull();
            assertThat(waited.count()).isEqualTo(1);
            // The application's registration records 460, and the timer says so.
            assertThat(waited.getId().getTag("status")).isEqualTo("460");
            assertThat(waited.getId().getTag("phase")).isEqualTo("WRITING_RESPONSE");
            assertThat(waited.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        } finally {
            app.close();
        }
    }

    @Test
    void theDisconnectStatusAndPolicyComeFromProperties() {
        ConfigurableApplicationContext app = Apps.start(ServletApp.class,
                WebApplicationType.SERVLET, "statuscodes.client-disconnect.status=460",
                "statuscodes.retry.max-attempts=4", "statuscodes.retry.retry-after-max=2s",
                "statuscodes.retry.call-timeout=30s");
        try {
            RetryPolicy policy = app.getBean(RetryPolicy.class);
            assertThat(policy.maxAttempts()).isEqualTo(4);
            assertThat(policy.retryAfterMax()).isEqualTo(Duration.ofSeconds(2));
            assertThat(policy.callTimeout()).isEqualTo(Duration.ofSeconds(30));
            FilterRegistrationBean<?> r = app.getBean("statusCodesClientDisconnectFilter",
                    FilterRegistrationBean.class);
            assertThat(r.getFilter().toString()).contains("status=460");
        } finally {
            app.close();
        }
    }
}
