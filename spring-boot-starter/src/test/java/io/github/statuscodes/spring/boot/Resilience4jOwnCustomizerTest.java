package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.retry.RetryRegistry;
import io.github.statuscodes.spring.boot.apps.resilience4jown.Resilience4jOwnCustomizerApp;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with its own Resilience4j {@code RetryConfigCustomizer} for the instance
 * {@code orders} adds the starter and a {@code statuscodes.retry.clients.orders} policy for its
 * HTTP clients: it must still start, and its own customizer must still shape its instance, as
 * the starter backs off on a user's own bean elsewhere (a {@code StatusCodeCapability} bean).
 */
class Resilience4jOwnCustomizerTest {
    @Test
    void anApplicationsOwnCustomizerForAClientsNameStillStartsAndApplies() {
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Resilience4jOwnCustomizerApp.class)
                        .web(WebApplicationType.NONE)
                        .run("--spring.main.banner-mode=off",
                                "--statuscodes.retry.clients.orders.max-attempts=2")) {
            RetryRegistry registry = context.getBean(RetryRegistry.class);
            assertThat(registry.retry("orders").getRetryConfig().getMaxAttempts()).isEqualTo(7);
        }
    }

    /** The starter says, once, which of its options the application's customizer replaces. */
    @Test
    void theIgnoredOptionsAreNamedInOneWarning() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(Resilience4jOwnCustomizerApp.class)
                        .web(WebApplicationType.NONE)
                        .run("--spring.main.banner-mode=off",
                                "--statuscodes.retry.clients.orders.max-attempts=2")) {
            context.getBean(RetryRegistry.class).retry("orders");
        } finally {
            System.setOut(out);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("WARN.*Resilience4j retry instance 'orders'.*").matcher(log);
        assertThat(m.find()).as("a warning about 'orders' in:%n%s", log).isTrue();
        assertThat(m.group()).contains("statuscodes.retry.clients.orders.max-attempts");
        assertThat(m.find()).as("a second warning").isFalse();
        assertThat(log).doesNotContain("Resilience4j retry instance 'statuscodes'");
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
