package io.github.statuscodes.spring.boot.apps.ownnamedlikestarter;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * An application with its own retry interceptor and retry filter declared by their interfaces,
 * their methods named after the types (as {@code statuscodes-spring} users on 0.2.0 wrote them
 * before the starter), and a servlet filter of its own named {@code clientDisconnectFilter}.
 */
@SpringBootApplication(proxyBeanMethods = false)
@Import(ServletApp.class)
public class OwnBeansNamedLikeTheStartersApp {

    @Bean
    ClientHttpRequestInterceptor statusCodeRetryInterceptor() {
        return StatusCodeRetryInterceptor.create(RetryPolicy.builder().maxAttempts(2).build());
    }

    @Bean
    ExchangeFilterFunction statusCodeRetryFilter() {
        return StatusCodeRetryFilter.create(RetryPolicy.builder().maxAttempts(3).build());
    }

    /** The application's own servlet filter that happens to have this name. */
    @Bean
    Filter clientDisconnectFilter() {
        return (request, response, chain) -> chain.doFilter(request, response);
    }
}
