package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.servlet.ClientDisconnectFilter;
import io.github.statuscodes.servlet.ClientDisconnectListener;
import io.github.statuscodes.spring.StatusCodeClientRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeReactiveServerRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import io.github.statuscodes.spring.StatusCodeServerRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeWebClientObservationConvention;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Spring Boot auto-configuration of the statuscodes Spring adapter: registers
 * {@code ClientDisconnectFilter} in servlet applications, installs the observation conventions,
 * and adds the retry interceptor and filter to Boot's client builders; each part switched by the
 * {@code statuscodes.*} properties ({@link StatusCodesProperties}) and backing off when the
 * application defines its own bean of the same type. Registered in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports},
 * which Boot 3 and Boot 4 both read.
 *
 * <pre>{@code
 * // nothing to write: add statuscodes-spring next to a Boot starter
 * }</pre>
 *
 * @since 0.2.0
 */
@AutoConfiguration
@EnableConfigurationProperties(StatusCodesProperties.class)
public class StatusCodesAutoConfiguration {

    private static final String RETRY = "statuscodes.retry";
    private static final String DISCONNECT = "statuscodes.client-disconnect";
    private static final String OBSERVATION = "statuscodes.observation";

    /** Creates the configuration; Boot does. */
    public StatusCodesAutoConfiguration() {
    }

    /**
     * The retry policy of the interceptor and filter, from {@code statuscodes.retry.*}.
     *
     * @param properties the bound properties
     * @return the policy
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = RETRY, name = "enabled", matchIfMissing = true)
    public RetryPolicy statusCodesRetryPolicy(StatusCodesProperties properties) {
        return properties.getRetry().toPolicy();
    }

    private static RetryListener listeners(ObjectProvider<RetryListener> provider) {
        return RetryListener.all(provider.orderedStream().collect(Collectors.toList()));
    }

    /** The name Boot's {@code management.observations.<name>.name} gives an observation. */
    private static String observationName(Environment env, String name) {
        return env.getProperty("management.observations." + name + ".name", name);
    }

    /** The retry interceptor for RestClient and RestTemplate. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientHttpRequestInterceptor.class)
    @ConditionalOnProperty(prefix = RETRY, name = "enabled", matchIfMissing = true)
    @Import(RestCustomizerRegistrar.class)
    static class RestRetryConfiguration {
        @Bean
        @ConditionalOnMissingBean
        StatusCodeRetryInterceptor statusCodeRetryInterceptor(RetryPolicy policy,
                ObjectProvider<RetryListener> listeners) {
            return StatusCodeRetryInterceptor.create(policy, listeners(listeners));
        }
    }

    /** The retry filter for WebClient; needs spring-webflux and Reactor. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.web.reactive.function.client.WebClient",
        "reactor.core.publisher.Mono"})
    @ConditionalOnProperty(prefix = RETRY, name = "enabled", matchIfMissing = true)
    @Import(WebClientCustomizerRegistrar.class)
    static class WebClientRetryConfiguration {
        @Bean
        @ConditionalOnMissingBean
        StatusCodeRetryFilter statusCodeRetryFilter(RetryPolicy policy,
                ObjectProvider<RetryListener> listeners) {
            return StatusCodeRetryFilter.create(policy, listeners(listeners));
        }
    }

    /** A registrar that keeps the bean factory, from which its customizers take the beans. */
    abstract static class FactoryAwareRegistrar implements ImportBeanDefinitionRegistrar,
            BeanFactoryAware {
        BeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }
    }

    /** Registers Boot's RestClient and RestTemplate customizers, by their Boot 3 or 4 names. */
    static class RestCustomizerRegistrar extends FactoryAwareRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata,
                BeanDefinitionRegistry registry) {
            BeanFactory factory = beanFactory;
            ClassLoader loader = RestCustomizerRegistrar.class.getClassLoader();
            BootCustomizers.register(registry, loader, "statuscodes", BootCustomizers.REST_CLIENT,
                    () -> target -> {
                        ClientHttpRequestInterceptor i =
                                factory.getBean(StatusCodeRetryInterceptor.class);
                        ((RestClient.Builder) target).requestInterceptors(list -> {
                            if (!list.contains(i)) {
                                list.add(i);
                            }
                        });
                    });
            BootCustomizers.register(registry, loader, "statuscodes",
                    BootCustomizers.REST_TEMPLATE, () -> target -> {
                        ClientHttpRequestInterceptor i =
                                factory.getBean(StatusCodeRetryInterceptor.class);
                        List<ClientHttpRequestInterceptor> list =
                                ((RestTemplate) target).getInterceptors();
                        if (!list.contains(i)) {
                            list.add(i);
                        }
                    });
        }
    }

    /** Registers Boot's WebClient customizer, by its Boot 3 or 4 name. */
    static class WebClientCustomizerRegistrar extends FactoryAwareRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata,
                BeanDefinitionRegistry registry) {
            BeanFactory factory = beanFactory;
            BootCustomizers.register(registry, WebClientCustomizerRegistrar.class.getClassLoader(),
                    "statuscodes", BootCustomizers.WEB_CLIENT, () -> target -> {
                        ExchangeFilterFunction f = factory.getBean(StatusCodeRetryFilter.class);
                        ((WebClient.Builder) target).filters(list -> {
                            if (!list.contains(f)) {
                                list.add(0, f);
                            }
                        });
                    });
        }
    }

    /** Registers ClientDisconnectFilter first in the chain of a servlet application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = {"io.github.statuscodes.servlet.ClientDisconnectFilter",
        "org.springframework.boot.web.servlet.FilterRegistrationBean"})
    @ConditionalOnProperty(prefix = DISCONNECT, name = "enabled", matchIfMissing = true)
    static class ClientDisconnectConfiguration {
        @Bean
        @ConditionalOnMissingBean(value = ClientDisconnectFilter.class,
                parameterizedContainer = FilterRegistrationBean.class)
        FilterRegistrationBean<ClientDisconnectFilter> clientDisconnectFilter(
                StatusCodesProperties properties,
                ObjectProvider<ClientDisconnectListener> listeners) {
            int status = properties.getClientDisconnect().getStatus();
            if (status < 100 || status > 999) {
                throw new IllegalArgumentException("statuscodes.client-disconnect.status is "
                        + status + "; give a code from 100 to 999, e.g. 499 or 460");
            }
            // The disconnect timer (DisconnectMetrics) is one of these beans.
            List<ClientDisconnectListener> all = listeners.orderedStream()
                    .collect(Collectors.toList());
            ClientDisconnectFilter filter = ClientDisconnectFilter.builder()
                    .status(StatusCodes.of(status))
                    .listener(new CompositeDisconnectListener(all))
                    .build();
            FilterRegistrationBean<ClientDisconnectFilter> registration =
                    new FilterRegistrationBean<>(filter);
            registration.setName("clientDisconnectFilter");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setAsyncSupported(true);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
            return registration;
        }

        /** The disconnect timer, when Micrometer and a MeterRegistry are there. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
        @ConditionalOnProperty(prefix = OBSERVATION, name = "enabled", matchIfMissing = true)
        static class Metrics {
            @Bean
            DisconnectMetrics statusCodesDisconnectMetrics(
                    ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
                return new DisconnectMetrics(registry);
            }
        }
    }

    /** The observation conventions; each backs off on a user bean of its type. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
    @ConditionalOnProperty(prefix = OBSERVATION, name = "enabled", matchIfMissing = true)
    static class ObservationConfiguration {

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
        static class Server {
            @Bean
            @ConditionalOnMissingBean(
                    org.springframework.http.server.observation.ServerRequestObservationConvention.class)
            StatusCodeServerRequestObservationConvention statusCodesServerConvention(
                    Environment env) {
                return new StatusCodeServerRequestObservationConvention(
                        observationName(env, "http.server.requests"));
            }
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
        static class ReactiveServer {
            @Bean
            @ConditionalOnMissingBean(
                    org.springframework.http.server.reactive.observation.ServerRequestObservationConvention.class)
            StatusCodeReactiveServerRequestObservationConvention statusCodesReactiveServerConvention(
                    Environment env) {
                return new StatusCodeReactiveServerRequestObservationConvention(
                        observationName(env, "http.server.requests"));
            }
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.http.client.observation.ClientRequestObservationConvention")
        static class RestClients {
            @Bean
            @ConditionalOnMissingBean(
                    org.springframework.http.client.observation.ClientRequestObservationConvention.class)
            StatusCodeClientRequestObservationConvention statusCodesClientConvention(
                    Environment env) {
                return new StatusCodeClientRequestObservationConvention(
                        observationName(env, "http.client.requests"));
            }
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.web.reactive.function.client.ClientRequestObservationConvention")
        static class WebClients {
            @Bean
            @ConditionalOnMissingBean(
                    org.springframework.web.reactive.function.client.ClientRequestObservationConvention.class)
            StatusCodeWebClientObservationConvention statusCodesWebClientConvention(
                    Environment env) {
                return new StatusCodeWebClientObservationConvention(
                        observationName(env, "http.client.requests"));
            }
        }
    }
}
