package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.common.retry.configuration.CommonRetryConfigurationProperties;
import io.github.resilience4j.common.retry.configuration.CommonRetryConfigurationProperties.InstanceProperties;
import org.junit.jupiter.api.Test;

/**
 * Where Resilience4j's properties set {@code fail-after-max-attempts} for an instance: its own
 * value, else its base config's, else the {@code default} config's; unset, none.
 */
class Resilience4jFailAfterMaxAttemptsTest {
    private final CommonRetryConfigurationProperties properties =
            new CommonRetryConfigurationProperties();

    @Test
    void unsetEverywhereIsNone() {
        assertThat(StatusCodesResilience4jAutoConfiguration.failAfterMaxAttempts(properties,
                "statuscodes")).isNull();
        assertThat(StatusCodesResilience4jAutoConfiguration.failAfterMaxAttempts(null,
                "statuscodes")).isNull();
    }

    @Test
    void theInstancesOwnValueWinsOverItsBaseConfig() {
        properties.getConfigs().put("shared", new InstanceProperties()
                .setFailAfterMaxAttempts(false));
        properties.getInstances().put("statuscodes", new InstanceProperties()
                .setBaseConfig("shared").setFailAfterMaxAttempts(true));
        assertThat(StatusCodesResilience4jAutoConfiguration.failAfterMaxAttempts(properties,
                "statuscodes")).isTrue();
    }

    @Test
    void aBaseConfigsValueApplies() {
        properties.getConfigs().put("shared", new InstanceProperties()
                .setFailAfterMaxAttempts(true));
        properties.getConfigs().put("default", new InstanceProperties()
                .setFailAfterMaxAttempts(false));
        properties.getInstances().put("orders", new InstanceProperties().setBaseConfig("shared"));
        assertThat(StatusCodesResilience4jAutoConfiguration.failAfterMaxAttempts(properties,
                "orders")).isTrue();
    }

    @Test
    void theDefaultConfigAppliesToAnInstanceWithoutABase() {
        properties.getConfigs().put("default", new InstanceProperties()
                .setFailAfterMaxAttempts(true));
        assertThat(StatusCodesResilience4jAutoConfiguration.failAfterMaxAttempts(properties,
                "orders")).isTrue();
    }
}
