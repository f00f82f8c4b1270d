package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.retry.RetryRegistry;
import io.github.statuscodes.spring.boot.apps.resilience4jown.Resilience4jOwnCustomizerApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with its own Resilience4j {@code RetryConfigCustomizer} for the instance
 * {@code orders} adds the starter and a {@code statuscodes.retry.clients.orders} policy for its
 * HTTP clients: it must still start, and its own customizer must still shape its instance, as
 * the starter backs off on a user's own bean elsewhere (a {@code StatusCodeCapability} bean).
 */
class Resilience4jOwnCustomizerTest {
    @Test
    void anApplicationsOwnCustomizerForAClientsNameStillStartsAndApplies() {
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Resilience4jOwnCustomizerApp.class)
                        .web(WebApplicationType.NONE)
                        .run("--spring.main.banner-mode=off",
                                "--statuscodes.retry.clients.orders.max-attempts=2")) {
            RetryRegistry registry = context.getBean(RetryRegistry.class);
            assertThat(registry.retry("orders").getRetryConfig().getMaxAttempts()).isEqualTo(7);
        }
    }
}
