package io.github.statuscodes.spring.boot.apps.ownintercepttyped;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * The application's own retry interceptor, declared (as is common) with Spring's interface as
 * the bean method's return type.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class OwnInterceptorAsInterfaceApp {
    @Bean
    ClientHttpRequestInterceptor myInterceptor() {
        return StatusCodeRetryInterceptor.create(RetryPolicy.builder().maxAttempts(2)
                .backoffBase(java.time.Duration.ofMillis(1)).build());
    }
}
