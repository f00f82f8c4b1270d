package io.github.statuscodes.spring.boot.apps.ownfilter;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application's own WebClient retry filter bean, which the starter backs off on. */
@SpringBootApplication(proxyBeanMethods = false)
public class OwnFilterApp {
    @Bean
    StatusCodeRetryFilter myFilter() {
        return StatusCodeRetryFilter.create(RetryPolicy.builder().maxAttempts(2)
                .backoffBase(Duration.ofMillis(1)).build());
    }
}
