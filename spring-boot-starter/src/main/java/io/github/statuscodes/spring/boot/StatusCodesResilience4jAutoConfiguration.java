package io.github.statuscodes.spring.boot;

import io.github.resilience4j.common.CompositeCustomizer;
import io.github.resilience4j.common.retry.configuration.CommonRetryConfigurationProperties;
import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.resilience4j.ResponseAccess;
import io.github.statuscodes.resilience4j.StatusCodeRetryConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Resilience4j retries that follow the {@code statuscodes.retry.*} policies, with
 * {@code resilience4j-spring-boot3}: a {@link RetryConfigCustomizer} for the Resilience4j retry
 * instance named {@value #DEFAULT_INSTANCE} (the default policy) and one for each instance named
 * like a client under {@code statuscodes.retry.clients.<name>} (that client's policy). Each sets
 * {@link StatusCodeRetryConfig#customize} with {@link ResponseAccess#any()}; Resilience4j
 * creates those instances at start-up.
 *
 * <pre>{@code
 * Retry retry = retryRegistry.retry("statuscodes");   // or @Retry(name = "statuscodes")
 * }</pre>
 *
 * @since 0.3.0
 */
@AutoConfiguration(after = StatusCodesAutoConfiguration.class, beforeName =
        "io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration")
@ConditionalOnClass(name = {
    "io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer",
    "io.github.statuscodes.resilience4j.StatusCodeRetryConfig"})
@ConditionalOnProperty(prefix = "statuscodes.retry", name = "enabled", matchIfMissing = true)
@Import(StatusCodesResilience4jAutoConfiguration.Registrar.class)
public class StatusCodesResilience4jAutoConfiguration {
    /** The Resilience4j retry instance that follows the default policy. */
    public static final String DEFAULT_INSTANCE = "statuscodes";
    /** The name of Resilience4j's composite customizer bean, which this one replaces. */
    private static final String COMPOSITE_CUSTOMIZER = "compositeRetryCustomizer";
    private static final Log LOG =
            LogFactory.getLog(StatusCodesResilience4jAutoConfiguration.class);

    /** Creates the configuration; Boot does. */
    public StatusCodesResilience4jAutoConfiguration() {
    }

    /**
     * The customizer of one Resilience4j instance, a class with the instance's name as its
     * constructor argument, so that ahead-of-time processing can write its bean definition as
     * code.
     */
    static final class InstanceCustomizer implements RetryConfigCustomizer, BeanFactoryAware {
        private final String name;
        private BeanFactory beanFactory;

        InstanceCustomizer(String name) {
            this.name = name;
        }

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        // Resilience4j's RetryConfigCustomizer declares the raw type; an override must too.
        @SuppressWarnings("rawtypes")
        @Override
        public void customize(RetryConfig.Builder builder) {
            @SuppressWarnings("unchecked")
            RetryConfig.Builder<Object> b = (RetryConfig.Builder<Object>) builder;
            StatusCodeRetryConfig.customize(b, beanFactory.getBean(RetryClients.class)
                    .policy(name), ResponseAccess.any());
            Boolean failAfter = failAfterMaxAttempts(beanFactory
                    .getBeanProvider(CommonRetryConfigurationProperties.class).getIfAvailable(),
                    name);
            if (failAfter != null) {
                b.failAfterMaxAttempts(failAfter);   // set in resilience4j.retry.*: it stays
            }
        }

        @Override
        public String name() {
            return name;
        }
    }

    /**
     * Resilience4j's {@code fail-after-max-attempts} of instance {@code name} as its properties
     * set it: the instance's own, else its base config's ({@code default} when it names none);
     * null when unset.
     */
    static @Nullable Boolean failAfterMaxAttempts(
            @Nullable CommonRetryConfigurationProperties properties, String name) {
        if (properties == null) {
            return null;
        }
        CommonRetryConfigurationProperties.InstanceProperties instance =
                properties.getInstances().get(name);
        if (instance != null && instance.getFailAfterMaxAttempts() != null) {
            return instance.getFailAfterMaxAttempts();
        }
        String base = instance != null && instance.getBaseConfig() != null
                ? instance.getBaseConfig() : "default";
        CommonRetryConfigurationProperties.InstanceProperties config =
                properties.getConfigs().get(base);
        return config == null ? null : config.getFailAfterMaxAttempts();
    }

    /**
     * Resilience4j's composite of every {@link RetryConfigCustomizer} (its own bean of this name
     * backs off), without the starter's customizer of an instance the application customizes
     * itself: the application's customizer wins, and the {@code statuscodes.retry.*} options
     * that would have shaped that instance are named in one warning each. Resilience4j refuses
     * two customizers of one name.
     *
     * @param customizers every customizer bean
     * @param properties the bound properties, for the warning
     * @return the composite Resilience4j's retry registry is built with
     */
    @Bean(COMPOSITE_CUSTOMIZER)
    @Qualifier(COMPOSITE_CUSTOMIZER)
    @ConditionalOnMissingBean(name = COMPOSITE_CUSTOMIZER)
    public CompositeCustomizer<RetryConfigCustomizer> compositeRetryCustomizer(
            ObjectProvider<RetryConfigCustomizer> customizers, StatusCodesProperties properties) {
        List<RetryConfigCustomizer> all = customizers.orderedStream()
                .collect(Collectors.toList());
        Set<String> own = new TreeSet<>();
        for (RetryConfigCustomizer c : all) {
            if (!(c instanceof InstanceCustomizer)) {
                own.add(c.name());
            }
        }
        List<RetryConfigCustomizer> kept = new ArrayList<>();
        for (RetryConfigCustomizer c : all) {
            if (c instanceof InstanceCustomizer && own.contains(c.name())) {
                LOG.warn(ownCustomizerWarning(c.name(), properties.getRetry()));
            } else {
                kept.add(c);
            }
        }
        return new CompositeCustomizer<>(kept);
    }

    /** The warning for instance {@code name}, which the application customizes itself. */
    static String ownCustomizerWarning(String name, StatusCodesProperties.Retry retry) {
        StatusCodesProperties.Client client = retry.getClients().get(name);
        List<String> keys = new ArrayList<>();
        if (name.equals(DEFAULT_INSTANCE)) {
            keys.addAll(RetryClients.setOptions("statuscodes.retry", retry));
        }
        if (client != null) {
            keys.addAll(RetryClients.setOptions("statuscodes.retry.clients." + name, client));
        }
        String policy = client != null ? "statuscodes.retry.clients." + name + ".*"
                : "statuscodes.retry.*";
        return "The Resilience4j retry instance '" + name + "' has the application's own"
                + " RetryConfigCustomizer, which applies instead of the starter's: the policy of "
                + policy + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")")
                + " is ignored for that instance (it still applies to the HTTP clients). To"
                + " apply it there, call StatusCodeRetryConfig.customize in that customizer.";
    }

    /** Registers a customizer per instance name, read from the configured clients. */
    static class Registrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata,
                BeanDefinitionRegistry registry) {
            Set<String> names = new TreeSet<>();
            names.add(DEFAULT_INSTANCE);
            // Only the names; the values are bound, and a bad one reported, with the properties.
            names.addAll(Binder.get(environment).bind("statuscodes.retry.clients",
                    Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).keySet());
            for (String name : names) {
                RootBeanDefinition bean = new RootBeanDefinition(InstanceCustomizer.class);
                bean.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
                registry.registerBeanDefinition("statusCodesRetryConfigCustomizer." + name, bean);
            }
        }
    }
}
