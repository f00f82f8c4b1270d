package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.ownnamedlikestarter.OwnBeansNamedLikeTheStartersApp;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/spring-boot.md: an own {@code StatusCodeRetryInterceptor} bean "counts by what it is,
 * also when its @Bean method returns ClientHttpRequestInterceptor". Its bean name is the
 * application's choice; {@code statusCodeRetryInterceptor} (the type's name) is the obvious
 * one, and Boot does not allow bean definition overriding by default. Likewise
 * {@code statusCodeRetryFilter} and {@code clientDisconnectFilter}.
 */
class OwnBeanNamedLikeTheStartersTest {

    @Test
    void anOwnInterceptorDeclaredByItsInterfaceAndNamedAfterItsTypeStartsTheApplication() {
        ConfigurableApplicationContext app = Apps.start(OwnBeansNamedLikeTheStartersApp.class,
                WebApplicationType.SERVLET);
        try {
            assertThat(app.getBean("statusCodeRetryInterceptor"))
                    .isInstanceOf(StatusCodeRetryInterceptor.class);
            assertThat(((StatusCodeRetryInterceptor) app.getBean("statusCodeRetryInterceptor"))
                    .policy().maxAttempts()).isEqualTo(2);
        } finally {
            app.close();
        }
    }

    @Test
    void ownBeansNamedStatusCodeRetryFilterAndClientDisconnectFilterStayTheApplications() {
        ConfigurableApplicationContext app = Apps.start(OwnBeansNamedLikeTheStartersApp.class,
                WebApplicationType.SERVLET);
        try {
            assertThat(app.getBean("statusCodeRetryFilter"))
                    .isInstanceOf(StatusCodeRetryFilter.class);
            assertThat(((StatusCodeRetryFilter) app.getBean("statusCodeRetryFilter"))
                    .policy().maxAttempts()).isEqualTo(3);
            Object own = app.getBean("clientDisconnectFilter");
            assertThat(own).isInstanceOf(Filter.class).isNotInstanceOf(ClientDisconnectFilter.class);
            // The starter's disconnect filter is still registered, under its own name.
            assertThat(app.getBeansOfType(FilterRegistrationBean.class).values())
                    .anySatisfy(r -> assertThat(r.getFilter())
                            .isInstanceOf(ClientDisconnectFilter.class));
        } finally {
            app.close();
        }
    }
}
