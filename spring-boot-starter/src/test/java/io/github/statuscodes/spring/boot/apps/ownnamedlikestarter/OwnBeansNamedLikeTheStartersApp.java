package io.github.statuscodes.spring.boot.apps.ownnamedlikestarter;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * An application with its own retry interceptor declared by its interface, its method named
 * after the type (as {@code statuscodes-spring} users on 0.2.0 wrote it before the starter).
 */
@SpringBootApplication(proxyBeanMethods = false)
@Import(ServletApp.class)
public class OwnBeansNamedLikeTheStartersApp {

    @Bean
    ClientHttpRequestInterceptor statusCodeRetryInterceptor() {
        return StatusCodeRetryInterceptor.create(RetryPolicy.builder().maxAttempts(2).build());
    }
}
