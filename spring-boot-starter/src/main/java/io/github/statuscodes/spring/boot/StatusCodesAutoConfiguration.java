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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
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
 * to every listener bean and to the retry meters; Apache HttpClient 5's own retries off in the
 * request factories and connectors Boot builds. Backs off on the application's own
 * {@link StatusCodeRetryInterceptor} (RestClient and RestTemplate) or
 * {@link StatusCodeRetryFilter} (WebClient) bean: Boot's builders then get nothing from here.
 * Logs at INFO once what each builder got ({@link RetryReport}).
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
@Import(ApacheRetriesOff.Registrar.class)
@ImportRuntimeHints(StatusCodesRuntimeHints.class)
public class StatusCodesAutoConfiguration {
    private static final Log LOG = LogFactory.getLog(StatusCodesAutoConfiguration.class);
    /** The name of the policy bean made from the properties. */
    static final String POLICY_BEAN = "statusCodesRetryPolicy";
    /**
     * The name of the default client's interceptor bean; not the type's name, which an
     * application's own bean takes.
     */
    static final String DEFAULT_INTERCEPTOR = "statusCodesDefaultRetryInterceptor";
    /** The name of the default client's filter bean; not the type's name either. */
    static final String DEFAULT_FILTER = "statusCodesDefaultRetryFilter";

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
    @Bean(POLICY_BEAN)
    @ConditionalOnMissingBean
    public RetryPolicy statusCodesRetryPolicy(StatusCodesProperties properties) {
        return RetryClients.policy(properties.getRetry(), RetryPolicy.defaults());
    }

    /**
     * The policy of each client. The default client takes the single (or {@code @Primary})
     * {@link RetryPolicy} bean; with several and none primary, they are taken to be for the
     * application's own clients and the default client follows {@code statuscodes.retry.*}.
     * When the default policy is the application's bean, {@code statuscodes.retry.*} options set
     * beside it are ignored with a warning naming them; the clients under
     * {@code statuscodes.retry.clients} inherit from that bean.
     *
     * @param properties the bound properties
     * @param policies the policy beans
     * @param beans the bean factory, for the name of the application's policy bean
     * @param environment where the properties were set, for the failure report
     * @return the clients
     * @throws InvalidRetryPropertyException if a client's options cannot be applied to the
     *     policy it inherits
     * @since 0.3.0
     */
    @Bean
    @ConditionalOnMissingBean
    public RetryClients statusCodesRetryClients(StatusCodesProperties properties,
            ObjectProvider<RetryPolicy> policies, ConfigurableListableBeanFactory beans,
            Environment environment) {
        StatusCodesProperties.Retry retry = properties.getRetry();
        RetryPolicy fromProperties = RetryClients.policy(retry, RetryPolicy.defaults());
        RetryPolicy unique = policies.getIfUnique(() -> fromProperties);
        String bean = unique == fromProperties ? null : applicationBean(beans, unique);
        String inheritedFrom = "statuscodes.retry.*";
        if (bean != null) {
            inheritedFrom = "the application's RetryPolicy bean '" + bean + "'";
            List<String> ignored = RetryClients.setOptions("statuscodes.retry", retry);
            if (!ignored.isEmpty()) {
                LOG.warn(String.join(", ", ignored) + (ignored.size() == 1 ? " is" : " are")
                        + " ignored: " + inheritedFrom + " is the default policy of Boot's HTTP "
                        + "clients. Set the option on that bean, or remove the bean; "
                        + "statuscodes.retry.clients.<name>.* still apply, on top of the bean.");
            }
        }
        try {
            return RetryClients.of(retry, unique, inheritedFrom);
        } catch (InvalidRetryPropertyException e) {
            throw e.withOrigin(origin(environment, e.property()));
        }
    }

    /** Where {@code property} was set, as Boot's binding report says it, or null. */
    private static @Nullable String origin(Environment environment, String property) {
        org.springframework.boot.origin.Origin origin = PropertyOrigins.of(environment, property);
        return origin == null ? null : origin.toString();
    }

    /** The name of the application's bean that is {@code policy}, or null if none is. */
    private static @Nullable String applicationBean(ConfigurableListableBeanFactory beans,
            RetryPolicy policy) {
        for (String name : beans.getBeanNamesForType(RetryPolicy.class, false, false)) {
            if (beans.getBean(name) == policy) {
                return POLICY_BEAN.equals(name) ? null : name;
            }
        }
        return null;
    }

    /**
     * Logs at INFO, once all beans exist, what each of Boot's client builders got.
     *
     * @param beans the bean factory
     * @return the report
     */
    @Bean
    static RetryReport statusCodesRetryReport(ListableBeanFactory beans) {
        return new RetryReport(beans);
    }

    static RetryListener listener(ObjectProvider<RetryListener> beans,
            ObjectProvider<RetryMeters> meters, @Nullable String client) {
        List<RetryListener> all = new ArrayList<>(beans.orderedStream()
                .collect(Collectors.toList()));
        RetryMeters m = meters.getIfAvailable();
        if (m != null) {
            all.add(MeteredListeners.of(m, client));
        }
        return RetryListener.all(all);
    }

    /**
     * The retry interceptor for RestClient and RestTemplate: the default client's
     * {@link StatusCodeRetryInterceptor} and the routing interceptor Boot's builders get. Not at
     * all when the application has its own interceptor bean.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ClientHttpRequestInterceptor.class)
    @ConditionalOnMissingBean(type = "io.github.statuscodes.spring.StatusCodeRetryInterceptor")
    @Import(RestCustomizerRegistrar.class)
    static class RestRetryConfiguration {
        @Bean(DEFAULT_INTERCEPTOR)
        @Fallback
        StatusCodeRetryInterceptor statusCodesDefaultRetryInterceptor(RetryClients clients,
                ObjectProvider<RetryListener> listeners, ObjectProvider<RetryMeters> meters) {
            return StatusCodeRetryInterceptor.create(clients.defaults().policy(),
                    listener(listeners, meters, null));
        }

        @Bean(name = RetryReport.ROUTING_INTERCEPTOR, autowireCandidate = false)
        RoutingRetryInterceptor statusCodesRoutingRetryInterceptor(RetryClients clients,
                @Qualifier(DEFAULT_INTERCEPTOR) StatusCodeRetryInterceptor defaults,
                ObjectProvider<RetryListener> listeners,
                ObjectProvider<RetryMeters> meters) {
            return new RoutingRetryInterceptor(new ClientRoutes<>(clients, defaults,
                    c -> StatusCodeRetryInterceptor.create(c.policy(),
                            listener(listeners, meters, c.name()))));
        }
    }

    /**
     * The retry filter for WebClient (needs spring-webflux and Reactor): the default client's
     * {@link StatusCodeRetryFilter} and the routing filter Boot's builder gets. Not at all when
     * the application has its own filter bean.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.web.reactive.function.client.WebClient",
        "reactor.core.publisher.Mono"})
    @ConditionalOnMissingBean(type = "io.github.statuscodes.spring.StatusCodeRetryFilter")
    @Import(WebClientCustomizerRegistrar.class)
    static class WebClientRetryConfiguration {
        @Bean(DEFAULT_FILTER)
        @Fallback
        StatusCodeRetryFilter statusCodesDefaultRetryFilter(RetryClients clients,
                ObjectProvider<RetryListener> listeners, ObjectProvider<RetryMeters> meters) {
            return StatusCodeRetryFilter.create(clients.defaults().policy(),
                    listener(listeners, meters, null));
        }

        @Bean(name = RetryReport.ROUTING_FILTER, autowireCandidate = false)
        RoutingRetryFilter statusCodesRoutingRetryFilter(RetryClients clients,
                @Qualifier(DEFAULT_FILTER) StatusCodeRetryFilter defaults,
                ObjectProvider<RetryListener> listeners,
                ObjectProvider<RetryMeters> meters) {
            return new RoutingRetryFilter(new ClientRoutes<>(clients, defaults,
                    c -> StatusCodeRetryFilter.create(c.policy(),
                            listener(listeners, meters, c.name()))));
        }
    }

    /**
     * Registers Boot's RestClient and RestTemplate customizers, by their Boot 3 or 4 names. Each
     * adds nothing when the application has a {@link StatusCodeRetryInterceptor} bean of its own
     * declared by a wider type, which the configuration's condition cannot see.
     */
    static class RestCustomizerRegistrar implements ImportBeanDefinitionRegistrar {
        static boolean ownInterceptor(BeanFactory factory) {
            return !OwnRetryBeans.of((ListableBeanFactory) factory,
                    ClientHttpRequestInterceptor.class, StatusCodeRetryInterceptor.class,
                    DEFAULT_INTERCEPTOR).isEmpty();
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata,
                BeanDefinitionRegistry registry) {
            ClassLoader loader = RestCustomizerRegistrar.class.getClassLoader();
            BootCustomizers.register(registry, loader, "statuscodes", BootCustomizers.REST_CLIENT,
                    BootCustomizers.Customization.REST_CLIENT);
            BootCustomizers.register(registry, loader, "statuscodes",
                    BootCustomizers.REST_TEMPLATE, BootCustomizers.Customization.REST_TEMPLATE);
        }

        /** Adds the routing interceptor to a {@code RestClient.Builder}. */
        static void customizeRestClient(BeanFactory factory, Object target) {
            if (ownInterceptor(factory)) {
                return;
            }
            ClientHttpRequestInterceptor i = factory.getBean(RetryReport.ROUTING_INTERCEPTOR,
                    RoutingRetryInterceptor.class);
            ((RestClient.Builder) target).requestInterceptors(list -> {
                if (!list.contains(i)) {
                    list.add(i);
                }
            });
        }

        /** Adds the routing interceptor to a {@code RestTemplate}. */
        static void customizeRestTemplate(BeanFactory factory, Object target) {
            if (ownInterceptor(factory)) {
                return;
            }
            ClientHttpRequestInterceptor i = factory.getBean(RetryReport.ROUTING_INTERCEPTOR,
                    RoutingRetryInterceptor.class);
            List<ClientHttpRequestInterceptor> list = ((RestTemplate) target).getInterceptors();
            if (!list.contains(i)) {
                list.add(i);
            }
        }
    }

    /**
     * Registers Boot's WebClient customizer, by its Boot 3 or 4 name; it adds nothing when the
     * application has a {@link StatusCodeRetryFilter} bean of its own declared by a wider type.
     */
    static class WebClientCustomizerRegistrar implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata,
                BeanDefinitionRegistry registry) {
            BootCustomizers.register(registry, WebClientCustomizerRegistrar.class.getClassLoader(),
                    "statuscodes", BootCustomizers.WEB_CLIENT,
                    BootCustomizers.Customization.WEB_CLIENT);
        }

        /** Puts the routing filter first on a {@code WebClient.Builder}. */
        static void customize(BeanFactory factory, Object target) {
            if (!OwnRetryBeans.of((ListableBeanFactory) factory, ExchangeFilterFunction.class,
                    StatusCodeRetryFilter.class, DEFAULT_FILTER).isEmpty()) {
                return;
            }
            ExchangeFilterFunction f = factory.getBean(RetryReport.ROUTING_FILTER,
                    RoutingRetryFilter.class);
            ((WebClient.Builder) target).filters(list -> {
                if (!list.contains(f)) {
                    list.add(0, f);
                }
            });
        }
    }
}
