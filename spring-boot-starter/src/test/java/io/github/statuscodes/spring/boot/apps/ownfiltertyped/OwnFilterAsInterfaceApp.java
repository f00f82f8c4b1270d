package io.github.statuscodes.spring.boot.apps.ownfiltertyped;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * The application's own WebClient retry filter, declared with Spring's interface as the bean
 * method's return type.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class OwnFilterAsInterfaceApp {
    @Bean
    ExchangeFilterFunction myFilter() {
        return StatusCodeRetryFilter.create(RetryPolicy.builder().maxAttempts(2)
                .backoffBase(Duration.ofMillis(1)).build());
    }
}
