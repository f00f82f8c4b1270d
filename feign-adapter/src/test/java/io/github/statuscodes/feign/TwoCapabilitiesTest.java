package io.github.statuscodes.feign;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Feign;
import feign.RequestLine;
import feign.Response;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.testing.ScriptServer;
import io.github.statuscodes.testing.ScriptServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Two {@code StatusCodeCapability} on one Feign builder: the first retries (the server sees its
 * attempts, not the product of both), and the second is not silently dropped: it is logged once
 * per Feign client, at WARNING, naming both.
 */
class TwoCapabilitiesTest {
    interface Api {
        @RequestLine("GET /x")
        Response get();
    }

    @Test
    void theSecondCapabilityIsIgnoredAndLoggedOnceAsAWarning() throws Exception {
        RetryPolicy first = RetryPolicy.builder().maxAttempts(2)
                .backoffBase(Duration.ofMillis(1)).backoffMax(Duration.ofMillis(1)).build();
        RetryPolicy second = RetryPolicy.builder().maxAttempts(5)
                .backoffBase(Duration.ofMillis(1)).backoffMax(Duration.ofMillis(1)).build();
        Logger logger = Logger.getLogger("io.github.statuscodes.feign");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try (ScriptServer server = new ScriptServer()) {
            server.play(new Reply(503, Map.of()));
            Api api = Feign.builder()
                    .addCapability(StatusCodeCapability.create(first))
                    .addCapability(StatusCodeCapability.create(second))
                    .target(Api.class, server.url());
            try (Response r = api.get()) {
                assertThat(r.status()).isEqualTo(503);
            }
            assertThat(server.requests()).as("the first capability's attempts").isEqualTo(2);
            server.play(new Reply(503, Map.of()));
            api.get().close();
            assertThat(server.requests()).isEqualTo(2);
        } finally {
            logger.removeHandler(handler);
        }
        List<LogRecord> warnings = records.stream()
                .filter(r -> r.getMessage().contains("second StatusCodeCapability")).toList();
        assertThat(warnings).hasSize(1);
        LogRecord r = warnings.get(0);
        assertThat(r.getLevel()).isEqualTo(Level.WARNING);
        String message = java.text.MessageFormat.format(r.getMessage(), r.getParameters());
        assertThat(message).contains("maxAttempts=2").contains("maxAttempts=5");
    }
}
