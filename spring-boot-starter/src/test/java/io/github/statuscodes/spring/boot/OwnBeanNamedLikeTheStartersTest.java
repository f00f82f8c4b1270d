package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.boot.apps.ownnamedlikestarter.OwnBeansNamedLikeTheStartersApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/spring-boot.md: an own {@code StatusCodeRetryInterceptor} bean "counts by what it is,
 * also when its @Bean method returns ClientHttpRequestInterceptor". Its bean name is the
 * application's choice; {@code statusCodeRetryInterceptor} (the type's name) is the obvious
 * one, and Boot does not allow bean definition overriding by default.
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
}
