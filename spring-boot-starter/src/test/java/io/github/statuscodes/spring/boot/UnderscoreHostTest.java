package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Host names with an underscore (Docker Compose service and container names such as
 * {@code billing_api} or {@code shop_db_1}) are reached by Spring's RestClient, RestTemplate and
 * WebClient, but {@link URI#getHost()} is null for them.
 */
class UnderscoreHostTest {

    @Test
    void aBaseUrlOnAHostWithAnUnderscoreIsAccepted() {
        ConfigurableApplicationContext app = Apps.start(ClientApp.class, WebApplicationType.NONE,
                "statuscodes.retry.clients.billing.base-url=http://billing_api:8080/v1",
                "statuscodes.retry.clients.billing.max-attempts=2");
        try {
            RetryClients clients = app.getBean(RetryClients.class);
            assertThat(clients.select(URI.create("http://billing_api:8080/v1/invoices")).name())
                    .isEqualTo("billing");
        } finally {
            app.close();
        }
    }

    @Test
    void aClientNamedLikeAHostWithAnUnderscoreMatchesRequestsToIt() {
        RetryPolicy two = RetryPolicy.builder().maxAttempts(2).build();
        RetryClients clients = new RetryClients(RetryPolicy.defaults(),
                List.of(new RetryClients.Client("billing_api", null, two)));
        assertThat(clients.select(URI.create("http://billing_api:8080/v1/invoices")).name())
                .isEqualTo("billing_api");
    }
}
