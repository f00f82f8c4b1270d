package io.github.statuscodes.spring.boot;

import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.servlet.ClientDisconnectListener;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@code ClientDisconnectFilter} first in the chain of a servlet application, with
 * every {@link ClientDisconnectListener} bean, and, when there is a {@code MeterRegistry}, the
 * timer {@value DisconnectMetrics#NAME}. Backs off on the application's own registration of the
 * filter; the timer then times the disconnects that registration records.
 *
 * @since 0.3.0
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"io.github.statuscodes.servlet.ClientDisconnectFilter",
    "org.springframework.boot.web.servlet.FilterRegistrationBean"})
@ConditionalOnProperty(prefix = "statuscodes.client-disconnect", name = "enabled",
        matchIfMissing = true)
@EnableConfigurationProperties(StatusCodesProperties.class)
public class StatusCodesClientDisconnectAutoConfiguration {

    /** Creates the configuration; Boot does. */
    public StatusCodesClientDisconnectAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(value = ClientDisconnectFilter.class,
            parameterizedContainer = FilterRegistrationBean.class)
    FilterRegistrationBean<ClientDisconnectFilter> statusCodesClientDisconnectFilter(
            StatusCodesProperties properties, ObjectProvider<ClientDisconnectListener> listeners) {
        List<ClientDisconnectListener> all = listeners.orderedStream()
                .collect(Collectors.toList());
        ClientDisconnectFilter filter = ClientDisconnectFilter.builder()
                .status(StatusCodes.of(properties.getClientDisconnect().getStatus()))
                .listener(new CompositeDisconnectListener(all))
                .build();
        FilterRegistrationBean<ClientDisconnectFilter> registration =
                new FilterRegistrationBean<>(filter);
        registration.setName("statusCodesClientDisconnectFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    /**
     * The disconnect timer, when there is a MeterRegistry: a request listener, which Boot
     * registers with the servlet container.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnProperty(prefix = "statuscodes.observation", name = "enabled",
            matchIfMissing = true)
    static class Metrics {
        @Bean
        DisconnectMetrics statusCodesDisconnectMetrics(
                ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
            return new DisconnectMetrics(registry);
        }
    }
}
