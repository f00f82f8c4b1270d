package io.github.statuscodes.spring.apps.userbeans;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.github.statuscodes.spring.apps.servlet.ServletApp;

/** The servlet application with the user's own policy and disconnect filter registration. */
@SpringBootApplication(proxyBeanMethods = false)
@Import(ServletApp.class)
public class UserBeansApp {

    @Bean
    RetryPolicy myPolicy() {
        return RetryPolicy.builder().maxAttempts(2).backoffBase(Duration.ofMillis(1)).build();
    }

    @Bean
    FilterRegistrationBean<ClientDisconnectFilter> myDisconnectFilter() {
        FilterRegistrationBean<ClientDisconnectFilter> r = new FilterRegistrationBean<>(
                ClientDisconnectFilter.builder().status(io.github.statuscodes.StatusCodes.of(460))
                        .build());
        r.setName("mine");
        return r;
    }
}
