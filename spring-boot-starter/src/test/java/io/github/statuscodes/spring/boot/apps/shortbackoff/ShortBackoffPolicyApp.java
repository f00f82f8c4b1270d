package io.github.statuscodes.spring.boot.apps.shortbackoff;

import io.github.statuscodes.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** One RetryPolicy bean of the application's whose backoff is short. */
@SpringBootApplication(proxyBeanMethods = false)
public class ShortBackoffPolicyApp {
    @Bean
    RetryPolicy myPolicy() {
        return RetryPolicy.builder().backoffBase(Duration.ofMillis(1)).build();
    }
}
