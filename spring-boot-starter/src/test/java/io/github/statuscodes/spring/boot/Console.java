package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.spring.apps.Apps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** What a real Boot application prints to the console while it starts (Boot's log goes there). */
final class Console {
    private Console() {
    }

    /** Runs {@code start} with the console captured; returns the application and the output. */
    static Started start(Supplier<ConfigurableApplicationContext> start) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ConfigurableApplicationContext app = start.get();
            return new Started(app, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    /** Starts {@code app}, which must fail, and returns what it printed (Boot's failure report). */
    static String failure(Class<?> app, WebApplicationType type, String... properties) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> Apps.start(app, type, properties))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** A started application and what it printed while starting. */
    static final class Started implements AutoCloseable {
        final ConfigurableApplicationContext app;
        final String output;

        Started(ConfigurableApplicationContext app, String output) {
            this.app = app;
            this.output = output;
        }

        @Override
        public void close() {
            app.close();
        }
    }
}
