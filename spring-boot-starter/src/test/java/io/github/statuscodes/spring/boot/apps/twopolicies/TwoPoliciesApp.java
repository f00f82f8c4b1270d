package io.github.statuscodes.spring.boot.apps.twopolicies;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** An application with two retry policies of its own, for two clients it builds itself. */
@SpringBootApplication(proxyBeanMethods = false)
@Import(ServletApp.class)
public class TwoPoliciesApp {

    @Bean
    RetryPolicy patientPolicy() {
        return RetryPolicy.builder().maxAttempts(6).build();
    }

    @Bean
    RetryPolicy impatientPolicy() {
        return RetryPolicy.builder().maxAttempts(1).build();
    }
}
