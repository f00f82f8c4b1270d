package io.github.statuscodes.spring.boot.apps.owndisconnectfirst;

import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The servlet application with its own disconnect filter registration, made as the starter's
 * (first in the chain, REQUEST and ASYNC), recording 460 (AWS ELB) instead of 499.
 */
@SpringBootApplication(proxyBeanMethods = false)
@Import(ServletApp.class)
public class OwnDisconnectFilterFirstApp {

    @Bean
    FilterRegistrationBean<ClientDisconnectFilter> myDisconnectFilter() {
        FilterRegistrationBean<ClientDisconnectFilter> r = new FilterRegistrationBean<>(
                ClientDisconnectFilter.builder().status(StatusCodes.of(460)).build());
        r.setName("mine");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.setAsyncSupported(true);
        r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return r;
    }
}
