package io.github.statuscodes.spring.boot.apps.longbackoff;

import io.github.statuscodes.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** One RetryPolicy bean of the application's whose backoff is long. */
@SpringBootApplication(proxyBeanMethods = false)
public class LongBackoffPolicyApp {
    @Bean
    RetryPolicy myPolicy() {
        return RetryPolicy.builder().backoffBase(Duration.ofSeconds(5))
                .backoffMax(Duration.ofSeconds(5)).build();
    }
}
