package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.spring.boot.StatusCodesProperties;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatusCodesPropertiesTest {

    @Test
    void theDefaultsAreThePolicyDefaults() {
        RetryPolicy fromProperties = new StatusCodesProperties().getRetry().toPolicy();
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(fromProperties.maxAttempts()).isEqualTo(defaults.maxAttempts());
        assertThat(fromProperties.backoffBase()).isEqualTo(defaults.backoffBase());
        assertThat(fromProperties.backoffMax()).isEqualTo(defaults.backoffMax());
        assertThat(fromProperties.retryAfterMax()).isEqualTo(defaults.retryAfterMax());
        assertThat(fromProperties.callTimeout()).isEqualTo(defaults.callTimeout());
    }

    @Test
    void theJarCarriesGeneratedMetadataForEveryProperty() throws Exception {
        try (InputStream in = StatusCodesProperties.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"statuscodes.retry.enabled\"",
                    "\"statuscodes.retry.max-attempts\"", "\"statuscodes.retry.backoff-base\"",
                    "\"statuscodes.retry.backoff-max\"", "\"statuscodes.retry.retry-after-max\"",
                    "\"statuscodes.retry.call-timeout\"",
                    "\"statuscodes.client-disconnect.enabled\"",
                    "\"statuscodes.client-disconnect.status\"",
                    "\"statuscodes.observation.enabled\"");
        }
    }
}
