package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.AsyncFeign;
import feign.Feign;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import io.github.statuscodes.feign.StatusCodeCapability;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the capability tells, or refuses, instead of silently changing what the user set. */
class FeignCapabilityNoticesTest {

    interface Api {
        @RequestLine("GET /items")
        String items();
    }

    interface AsyncApi {
        @RequestLine("GET /items")
        CompletableFuture<String> items();
    }

    /** A retryer of the user's own. */
    static final class OwnRetryer implements Retryer {
        @Override
        public void continueOrPropagate(RetryableException e) {
            throw e;
        }

        @Override
        public Retryer clone() {
            return this;
        }
    }

    @Test
    void aReplacedRetryerOfTheUsersIsLoggedOnceAsAWarningNamingIt() {
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
        try {
            for (int i = 0; i < 2; i++) {
                Feign.builder().retryer(new OwnRetryer())
                        .addCapability(StatusCodeCapability.create())
                        .target(Api.class, "http://127.0.0.1:9");
            }
            Feign.builder().retryer(Retryer.NEVER_RETRY)
                    .addCapability(StatusCodeCapability.create())
                    .target(Api.class, "http://127.0.0.1:9");
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).hasSize(1);
        LogRecord r = records.get(0);
        assertThat(r.getLevel()).isEqualTo(Level.WARNING);
        String message = java.text.MessageFormat.format(r.getMessage(), r.getParameters());
        assertThat(message).contains(OwnRetryer.class.getName()).contains("NEVER_RETRY");
    }

    @Test
    void asyncFeignIsRefusedWithAMessageThatSaysWhy() {
        assertThatThrownBy(() -> AsyncFeign.builder()
                .addCapability(StatusCodeCapability.create())
                .target(AsyncApi.class, "http://127.0.0.1:9"))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AsyncFeign")
                .hasMessageContaining("Feign.builder()");
    }
}
