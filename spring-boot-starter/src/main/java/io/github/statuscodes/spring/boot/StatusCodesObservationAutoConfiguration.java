package io.github.statuscodes.spring.boot;

import io.github.statuscodes.spring.StatusCodeClientRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeReactiveServerRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeServerRequestObservationConvention;
import io.github.statuscodes.spring.StatusCodeWebClientObservationConvention;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The observation conventions of {@code http.server.requests} and {@code http.client.requests},
 * when the application has an {@code ObservationRegistry} (Boot's actuator); each backs off on
 * a convention bean of the application's. Runs after Boot's observation auto-configuration (for
 * the condition); Boot's web and client observation configurations take the conventions through
 * an {@code ObjectProvider}, so they need no order against it (declaring one makes a cycle on
 * Boot 4).
 *
 * @since 0.3.0
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
@ConditionalOnBean(type = "io.micrometer.observation.ObservationRegistry")
@ConditionalOnProperty(prefix = "statuscodes.observation", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(StatusCodesProperties.class)
public class StatusCodesObservationAutoConfiguration {

    /** Creates the configuration; Boot does. */
    public StatusCodesObservationAutoConfiguration() {
    }

    /** The name Boot's {@code management.observations.<name>.name} gives an observation. */
    static String observationName(Environment env, String name) {
        return env.getProperty("management.observations." + name + ".name", name);
    }

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
