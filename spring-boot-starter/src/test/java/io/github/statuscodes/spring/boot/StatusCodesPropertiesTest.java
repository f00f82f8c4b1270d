package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatusCodesPropertiesTest {

    @Test
    void unsetOptionsAreThePolicyDefaults() {
        RetryPolicy fromProperties = RetryClients.policy(new StatusCodesProperties().getRetry(),
                RetryPolicy.defaults());
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(fromProperties.toString()).isEqualTo(defaults.toString());
    }

    @Test
    void aClientInheritsTheRetryOptionsAndOverridesItsOwn() {
        StatusCodesProperties p = new StatusCodesProperties();
        p.getRetry().setMaxAttempts(5);
        p.getRetry().setJitter(false);
        StatusCodesProperties.Client pay = new StatusCodesProperties.Client();
        pay.setBaseUrl("https://pay.example.com/v1/");
        pay.setMaxAttempts(2);
        pay.setRetryNonIdempotent(java.util.List.of("POST"));
        p.getRetry().getClients().put("payments", pay);
        StatusCodesProperties.Client gh = new StatusCodesProperties.Client();
        gh.setCallTimeout(Duration.ofSeconds(7));
        p.getRetry().getClients().put("api.github.com", gh);
        RetryClients clients = RetryClients.of(p.getRetry(),
                RetryClients.policy(p.getRetry(), RetryPolicy.defaults()), "statuscodes.retry.*");

        RetryClients.Client c = clients.select(URI.create("https://pay.example.com/v1/charge"));
        assertThat(c.name()).isEqualTo("payments");
        assertThat(c.policy().maxAttempts()).isEqualTo(2);
        assertThat(c.policy().isJitter()).isFalse();
        assertThat(c.policy().retryNonIdempotent()).containsExactly("POST");
        // Path prefixes match whole segments only; another port or scheme is another client.
        assertThat(clients.select(URI.create("https://pay.example.com/v10/x")).name()).isNull();
        assertThat(clients.select(URI.create("http://pay.example.com/v1/x")).name()).isNull();
        assertThat(clients.select(URI.create("https://pay.example.com:8443/v1/x")).name())
                .isNull();
        RetryClients.Client byHost = clients.select(URI.create("https://API.github.com/repos"));
        assertThat(byHost.name()).isEqualTo("api.github.com");
        assertThat(byHost.policy().maxAttempts()).isEqualTo(5);
        assertThat(byHost.policy().callTimeout()).isEqualTo(Duration.ofSeconds(7));
        RetryClients.Client other = clients.select(URI.create("https://other.example/"));
        assertThat(other).isSameAs(clients.defaults());
        assertThat(other.policy().maxAttempts()).isEqualTo(5);
        assertThat(clients.policy("payments")).isSameAs(c.policy());
        assertThat(clients.policy("unknown")).isSameAs(clients.defaults().policy());
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
                    "\"statuscodes.retry.call-timeout\"", "\"statuscodes.retry.jitter\"",
                    "\"statuscodes.retry.retry-non-idempotent\"",
                    "\"statuscodes.retry.clients\"",
                    "\"statuscodes.client-disconnect.enabled\"",
                    "\"statuscodes.client-disconnect.status\"",
                    "\"statuscodes.observation.enabled\"");
        }
    }
}
