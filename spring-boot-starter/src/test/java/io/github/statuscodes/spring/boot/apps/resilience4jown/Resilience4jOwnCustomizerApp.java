package io.github.statuscodes.spring.boot.apps.resilience4jown;

import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Resilience4j application that already customizes its {@code orders} retry instance in code,
 * as Resilience4j's documentation shows.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class Resilience4jOwnCustomizerApp {
    @Bean
    RetryConfigCustomizer ordersRetry() {
        return RetryConfigCustomizer.of("orders", builder -> builder.maxAttempts(7));
    }
}
