package io.github.statuscodes.spring.boot;

import io.github.statuscodes.RetryListener;
import io.github.statuscodes.feign.StatusCodeCapability;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retries for Spring Cloud OpenFeign clients: a capability bean, which Spring Cloud OpenFeign
 * adds to each Feign client (turning its {@code Retryer} off), that sends each request with a
 * {@link StatusCodeCapability} of the policy of the {@code statuscodes.retry.*} client it
 * belongs to (by base URL, then by the Feign client's name) and every listener bean; and, where
 * Spring Cloud builds Feign's Apache HttpClient 5, that client without its own retries. Backs
 * off on the application's own {@link StatusCodeCapability} bean.
 *
 * <pre>{@code
 * // nothing to write: add statuscodes-spring-boot-starter and statuscodes-feign
 * }</pre>
 *
 * @since 0.3.0
 */
@AutoConfiguration(after = StatusCodesAutoConfiguration.class,
        beforeName = "org.springframework.cloud.openfeign.FeignAutoConfiguration")
@ConditionalOnClass(name = {"feign.Feign", "io.github.statuscodes.feign.StatusCodeCapability",
    "org.springframework.cloud.openfeign.FeignClientFactoryBean"})
@ConditionalOnProperty(prefix = "statuscodes.retry", name = "enabled", matchIfMissing = true)
public class StatusCodesFeignAutoConfiguration {

    /** Creates the configuration; Boot does. */
    public StatusCodesFeignAutoConfiguration() {
    }

    /**
     * The capability every Feign client of the application gets: each request follows the
     * policy of the client it belongs to (docs/feign.md).
     *
     * @param clients the policies from {@code statuscodes.retry.*}
     * @param listeners the listener beans
     * @param meters the retry meters, when Micrometer is present
     * @return the capability
     */
    @Bean
    @ConditionalOnMissingBean(StatusCodeCapability.class)
    RoutingFeignCapability statusCodesFeignCapability(RetryClients clients,
            ObjectProvider<RetryListener> listeners, ObjectProvider<RetryMeters> meters) {
        return new RoutingFeignCapability(clients,
                StatusCodeCapability.create(clients.defaults().policy(),
                        StatusCodesAutoConfiguration.listener(listeners, meters, null)),
                c -> StatusCodeCapability.create(c.policy(),
                        StatusCodesAutoConfiguration.listener(listeners, meters, c.name())));
    }

    /**
     * Spring Cloud's Apache HttpClient 5 for Feign, without HttpClient's own retries and with the
     * step that lets the capability drop a retried body, decompressed or not.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
        "org.springframework.cloud.openfeign.clientconfig.HttpClient5FeignConfiguration"})
    static class HttpClient5Retries {
        /**
         * HttpClient 5's default strategy resends a 429 and a 503 once more under the
         * capability's attempts.
         */
        @Bean
        HttpClient5FeignConfiguration.HttpClientBuilderCustomizer
                statusCodesFeignHttpClient5NoRetries() {
            return ApacheRetriesOff::forOuterRetries;
        }
    }
}
