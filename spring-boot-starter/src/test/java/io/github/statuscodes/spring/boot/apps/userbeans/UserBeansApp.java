package io.github.statuscodes.spring.boot.apps.userbeans;

import io.github.statuscodes.RetryDecision;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /** Sees the retries of the auto-configured interceptor. */
    public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @Bean
    RetryListener myListener() {
        return new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempt = e.attempt();
                Duration delay = e.delay();
                EVENTS.add("retry " + code.code() + " " + attempt);
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                String method = e.method();
                URI uri = e.uri();
                StatusCode code = e.code();
                int attempts = e.attempt();
                RetryDecision.StopReason reason = e.stopReason();
                EVENTS.add("giveUp " + code.code() + " " + attempts + " " + reason);
            }
        };
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
