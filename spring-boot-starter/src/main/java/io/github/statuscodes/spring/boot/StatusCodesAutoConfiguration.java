package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.StatusCodeRetryFilter;
import io.github.statuscodes.spring.StatusCodeRetryInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Retries for Boot's HTTP clients: the policy of each client from {@code statuscodes.retry.*}
 * ({@link RetryClients}), the retry interceptor on {@code RestClient.Builder} and
 * {@code RestTemplateBuilder} and the retry filter on {@code WebClient.Builder}, each reporting
 * to every listener bean and to the retry meters. Logs the effective policy of each client at
 * INFO once. Backs off on the application's own {@link StatusCodeRetryInterceptor} or
 * {@link StatusCodeRetryFilter} bean.
 *
 * <pre>{@code
 * // nothing to write: add statuscodes-spring-boot-starter
 * }</pre>
 *
 * @since 0.2.0
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.reactive.function.client.WebClientAutoConfiguration",
    "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
    "org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration",
    "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration"},
        afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnProperty(prefix = "statuscodes.retry", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(StatusCodesProperties.class)
public class StatusCodesAutoConfiguration {
    private static final Log LOG = LogFactory.getLog(StatusCodesAutoConfiguration.class);

    /** Creates the configuration; Boot does. */
    public StatusCodesAutoConfiguration() {
    }

    /**
     * The default policy, from {@code statuscodes.retry.*}; backs off on a policy bean of the
     * application's.
     *
     * @param properties the bound properties
     * @return the policy
     */
    @Bean
    @ConditionalOnMissingBean
    public RetryPolicy statusCodesRetryPolicy(StatusCodesProperties properties) {
        return RetryClients.policy(properties.getRetry(), RetryPolicy.defaults());
    }

    /**
     * The policy of each client. The default client takes the single (or {@code @Primary})
     * {@link RetryPolicy} bean; with several and none primary, they are taken to be for the
     * application's own clients and the default client follows {@code statuscodes.retry.*}.
     *
     * @param properties the bound properties
     * @param policies the policy beans
     * @return the clients
     */
    @Bean
    @ConditionalOnMissingBean
    public RetryClients statusCodesRetryClients(StatusCodesProperties properties,
            ObjectProvider<RetryPolicy> policies) {
        RetryPolicy fromProperties = RetryClients.policy(properties.getRetry(),
                RetryPolicy.defaults());
        RetryPolicy unique = policies.getIfUnique(() -> fromProperties);
        RetryClients clients = RetryClients.of(properties.getRetry(), unique);
        LOG.info("statuscodes retries of Boot's HTTP clients: " + clients);
        return clients;
    }

    static RetryListener listener(ObjectProvider<RetryListener> beans,
            ObjectProvider<RetryMeters> meters, String client) {
        List<RetryListener> all = new ArrayList<>(beans.orderedStream()
                .collect(Collectors.toList()));
        RetryMeters m = meters.getIfAvailable();
        if (m != null) {
            all.add(MeteredListeners.of(m, client));
        }
        return RetryListener.all(all);
    }

    /** The retry interceptor for RestClient and RestTemplate. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientHttpRequestInterceptor.class)
    @Import(RestCustomizerRegistrar.class)
    static class RestRetryConfiguration {
        @Bean
        @ConditionalOnMissingBean
        StatusCodeRetryInterceptor statusCodeRetryInterceptor(RetryClients clients,
                ObjectProvider<RetryListener> listeners, ObjectProvider<RetryMeters> meters) {
            return StatusCodeRetryInterceptor.create(clients.defaults().policy(),
                    listener(listeners, meters, null));
        }

        @Bean
        RoutingRetryInterceptor statusCodesRoutingRetryInterceptor(RetryClients clients,
                StatusCodeRetryInterceptor defaults, ObjectProvider<RetryListener> listeners,
                ObjectProvider<RetryMeters> meters) {
            return new RoutingRetryInterceptor(clients, defaults,
                    c -> StatusCodeRetryInterceptor.create(c.policy(),
                            listener(listeners, meters, c.name())),
                    meters.getIfAvailable());
        }
    }

    /** The retry filter for WebClient; needs spring-webflux and Reactor. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.web.reactive.function.client.WebClient",
        "reactor.core.publisher.Mono"})
    @Import(WebClientCustomizerRegistrar.class)
    static class WebClientRetryConfiguration {
        @Bean
        @ConditionalOnMissingBean
        StatusCodeRetryFilter statusCodeRetryFilter(RetryClients clients,
                ObjectProvider<RetryListener> listeners, ObjectProvider<RetryMeters> meters) {
            return StatusCodeRetryFilter.create(clients.defaults().policy(),
                    listener(listeners, meters, null));
        }

        @Bean
        RoutingRetryFilter statusCodesRoutingRetryFilter(RetryClients clients,
                StatusCodeRetryFilter defaults, ObjectProvider<RetryListener> listeners,
                ObjectProvider<RetryMeters> meters) {
            return new RoutingRetryFilter(clients, defaults,
                    c -> StatusCodeRetryFilter.create(c.policy(),
                            listener(listeners, meters, c.name())),
                    meters.getIfAvailable());
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
                                factory.getBean(RoutingRetryInterceptor.class);
                        ((RestClient.Builder) target).requestInterceptors(list -> {
                            if (!list.contains(i)) {
                                list.add(i);
                            }
                        });
                    });
            BootCustomizers.register(registry, loader, "statuscodes",
                    BootCustomizers.REST_TEMPLATE, () -> target -> {
                        ClientHttpRequestInterceptor i =
                                factory.getBean(RoutingRetryInterceptor.class);
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
                        ExchangeFilterFunction f = factory.getBean(RoutingRetryFilter.class);
                        ((WebClient.Builder) target).filters(list -> {
                            if (!list.contains(f)) {
                                list.add(0, f);
                            }
                        });
                    });
        }
    }
}
