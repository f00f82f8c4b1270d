package io.github.statuscodes.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The retry meters ({@code statuscodes.client.attempts}, {@code .retries}, {@code .giveups})
 * that every retrying client of the starter reports to, when there is a {@code MeterRegistry}.
 *
 * @since 0.3.0
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"},
        before = StatusCodesAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnProperty(prefix = "statuscodes.observation", name = "enabled", matchIfMissing = true)
public class StatusCodesRetryMetricsAutoConfiguration {

    /** Creates the configuration; Boot does. */
    public StatusCodesRetryMetricsAutoConfiguration() {
    }

    @Bean
    RetryMeters statusCodesRetryMeters(MeterRegistry registry) {
        return new RetryMeters(registry);
    }
}
