package io.github.statuscodes.spring.boot;

import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import io.github.resilience4j.retry.RetryConfig;
import io.github.statuscodes.resilience4j.ResponseAccess;
import io.github.statuscodes.resilience4j.StatusCodeRetryConfig;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
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
        }

        @Override
        public String name() {
            return name;
        }
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
