package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/**
 * A {@code base-url} with credentials in it ({@code https://user:secret@host/...}, as some
 * services hand out) is accepted and matched; the start-up INFO line, which prints every
 * client's base URL, must not write the password into the application's log.
 */
class BaseUrlCredentialsTest {

    @Test
    void theStartUpLineDoesNotLogTheBaseUrlsPassword() {
        try (Console.Started s = Console.start(() -> Apps.start(ClientApp.class,
                WebApplicationType.NONE, "logging.level.io.github.statuscodes=INFO",
                "statuscodes.retry.clients.pay.base-url=https://shop:s3cr3t@pay.example.com/v1",
                "statuscodes.retry.clients.pay.max-attempts=2"))) {
            RetryClients clients = s.app.getBean(RetryClients.class);
            // It is the client of requests under it (so the value was taken as written) ...
            assertThat(clients.select(URI.create("https://pay.example.com/v1/charge")).name())
                    .isEqualTo("pay");
            assertThat(s.output).contains("statuscodes retries of Boot's HTTP clients");
            // ... but its password is not logged.
            assertThat(s.output).doesNotContain("s3cr3t");
            assertThat(clients.toString()).doesNotContain("s3cr3t");
        }
    }

    @Test
    void aRequestWithoutTheBaseUrlsCredentialsStillBelongsToItsClient() {
        // Held today: matching compares scheme, host, port and path only.
        RetryClients clients = new RetryClients(RetryPolicy.defaults(), java.util.List.of(
                new RetryClients.Client("pay", URI.create("https://shop:s3cr3t@pay.example.com/v1"),
                        RetryPolicy.builder().maxAttempts(2).build())));
        assertThat(clients.select(URI.create("https://pay.example.com/v1/x")).name())
                .isEqualTo("pay");
    }
}
