package io.github.statuscodes.spring.boot.apps.owninterceptor;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application's own retry interceptor bean, which the starter backs off on. */
@SpringBootApplication(proxyBeanMethods = false)
public class OwnInterceptorApp {
    @Bean
    StatusCodeRetryInterceptor myInterceptor() {
        return StatusCodeRetryInterceptor.create(RetryPolicy.builder().maxAttempts(2).build());
    }
}
