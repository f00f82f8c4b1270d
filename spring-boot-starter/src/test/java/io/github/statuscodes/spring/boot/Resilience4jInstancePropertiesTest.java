package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.statuscodes.spring.boot.apps.resilience4j.Resilience4jApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/resilience4j.md: for the {@code statuscodes} instance the customizer sets the attempts,
 * the result predicate, the wait and the retryable exceptions, "replacing what
 * {@code resilience4j.retry.instances.<name>} says of them; the rest stays". An option outside
 * that list, set in the instance's properties, must stay.
 */
class Resilience4jInstancePropertiesTest {
    @Test
    void failAfterMaxAttemptsFromTheInstancePropertiesStays() {
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Resilience4jApp.class)
                        .web(WebApplicationType.NONE)
                        .run("--spring.main.banner-mode=off",
                                "--resilience4j.retry.instances.statuscodes.fail-after-max-attempts"
                                        + "=true")) {
            RetryConfig config = context.getBean(RetryRegistry.class).retry("statuscodes")
                    .getRetryConfig();
            assertThat(config.getMaxAttempts()).as("the policy's attempts").isEqualTo(3);
            assertThat(config.isFailAfterMaxAttempts()).as("fail-after-max-attempts").isTrue();
        }
    }
}
