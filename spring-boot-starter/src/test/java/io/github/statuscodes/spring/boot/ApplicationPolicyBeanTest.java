package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import io.github.statuscodes.spring.boot.apps.longbackoff.LongBackoffPolicyApp;
import io.github.statuscodes.spring.boot.apps.shortbackoff.ShortBackoffPolicyApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.web.client.RestClient;

/**
 * One {@code RetryPolicy} bean of the application's is the default policy of Boot's clients:
 * the clients under {@code statuscodes.retry.clients} inherit from it and are checked against
 * it; {@code statuscodes.retry.*} options beside it are ignored with a warning. Real Boot
 * applications, requests over real HTTP to a JDK server on loopback.
 */
class ApplicationPolicyBeanTest {

    static int get(RestClient client, String path) {
        return client.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
    }

    static void assertOneReportWithoutCauses(String report) {
        assertThat(report.split("APPLICATION FAILED TO START", -1)).hasSize(2);
        assertThat(report).doesNotContain("Caused by", "backoffBase PT", "is longer than backoffMax");
    }

    @Test
    void aClientBackoffMaxShorterThanTheBeansBaseStopsTheApplicationWithOneReport() {
        String report = Console.failure(LongBackoffPolicyApp.class, WebApplicationType.NONE,
                "statuscodes.retry.clients.pay.backoff-max=1s");
        assertThat(report).contains("APPLICATION FAILED TO START",
                "Property: statuscodes.retry.clients[pay].backoff-max",
                "Value: \"1s\"",
                "Origin: \"statuscodes.retry.clients.pay.backoff-max\" from property source",
                "Reason: backoff-base (PT5S, from the application's RetryPolicy bean 'myPolicy') "
                        + "must not be longer than backoff-max (PT1S)",
                "Action:",
                "Raise statuscodes.retry.clients[pay].backoff-max to 5s or more, or set "
                        + "statuscodes.retry.clients[pay].backoff-base to 1s or less.");
        assertOneReportWithoutCauses(report);
    }

    @Test
    void aClientBackoffBaseLongerThanTheBeansMaxIsReportedOnBackoffBase() {
        String report = Console.failure(ShortBackoffPolicyApp.class, WebApplicationType.NONE,
                "statuscodes.retry.clients.pay.backoff-base=30s");
        assertThat(report).contains("APPLICATION FAILED TO START",
                "Property: statuscodes.retry.clients[pay].backoff-base", "Value: \"30s\"",
                "Reason: backoff-base (PT30S) must not be longer than backoff-max (PT20S, from "
                        + "the application's RetryPolicy bean 'myPolicy')",
                "Lower statuscodes.retry.clients[pay].backoff-base to 20s or less, or set "
                        + "statuscodes.retry.clients[pay].backoff-max to 30s or more.");
        assertOneReportWithoutCauses(report);
    }

    @Test
    void withoutABeanAClientIsCheckedAgainstTheRetryProperties() {
        String report = Console.failure(ClientApp.class, WebApplicationType.NONE,
                "statuscodes.retry.backoff-max=1s", "statuscodes.retry.backoff-base=10ms",
                "statuscodes.retry.clients.pay.backoff-base=2s");
        assertThat(report).contains("APPLICATION FAILED TO START",
                "Property: statuscodes.retry.clients[pay].backoff-base", "Value: \"2s\"",
                "Reason: backoff-base (PT2S) must not be longer than backoff-max (PT1S, from "
                        + "statuscodes.retry.*)");
        assertOneReportWithoutCauses(report);
    }

    @Test
    void aClientOverrideValidOnTheBeanStartsAndInheritsTheRestFromIt() throws Exception {
        // The bean's backoff-base is 1ms: a backoff-max of 50ms is valid on it (it would not be
        // on statuscodes.retry's default backoff-base, 100ms).
        try (Status503Server server = new Status503Server();
                Console.Started s = Console.start(() -> Apps.start(ShortBackoffPolicyApp.class,
                        WebApplicationType.NONE, "statuscodes.retry.clients.pay.backoff-max=50ms",
                        "statuscodes.retry.clients.pay.max-attempts=2",
                        "statuscodes.retry.clients.pay.base-url=" + server.url() + "/pay"))) {
            RetryClients clients = s.app.getBean(RetryClients.class);
            assertThat(clients.policy("pay").backoffMax()).isEqualTo(Duration.ofMillis(50));
            assertThat(clients.policy("pay").backoffBase()).isEqualTo(Duration.ofMillis(1));
            RestClient client = s.app.getBean(RestClient.Builder.class).baseUrl(server.url())
                    .build();
            assertThat(get(client, "/pay/x")).isEqualTo(503);
            assertThat(get(client, "/other")).isEqualTo(503);
            assertThat(server.hits("/pay/x")).isEqualTo(2);
            assertThat(server.hits("/other")).isEqualTo(3);
            assertThat(s.output).doesNotContain(" ignored: ");
        }
    }

    @Test
    void retryPropertiesBesideTheBeanAreIgnoredWithAWarningNamingThem() throws Exception {
        try (Status503Server server = new Status503Server();
                Console.Started s = Console.start(() -> Apps.start(ShortBackoffPolicyApp.class,
                        WebApplicationType.NONE, "statuscodes.retry.max-attempts=5",
                        "statuscodes.retry.jitter=false"))) {
            assertThat(s.output).contains("WARN", "statuscodes.retry.max-attempts, "
                    + "statuscodes.retry.jitter are ignored: the application's RetryPolicy bean "
                    + "'myPolicy' is the default policy of Boot's HTTP clients");
            assertThat(s.output.split("are ignored", -1)).hasSize(2);
            RestClient client = s.app.getBean(RestClient.Builder.class).baseUrl(server.url())
                    .build();
            assertThat(get(client, "/x")).isEqualTo(503);
            // The bean's 3 attempts, not the property's 5.
            assertThat(server.hits("/x")).isEqualTo(3);
        }
    }
}
