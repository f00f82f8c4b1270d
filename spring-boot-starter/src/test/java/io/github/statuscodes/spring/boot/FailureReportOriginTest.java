package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/spring-boot.md, "Properties": a bad value stops the application with Boot's report, "one
 * block naming the property, the value, where it was set and the rule", shown with an
 * {@code Origin:} line. Boot prints that line for its own validation errors; the report of a
 * {@code statuscodes.*} value must have it too.
 */
class FailureReportOriginTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "statuscodes.retry.backoff-base=30s|statuscodes.retry.backoff-base",
        "statuscodes.retry.max-attempts=0|statuscodes.retry.max-attempts",
        "statuscodes.client-disconnect.status=1000|statuscodes.client-disconnect.status",
    })
    void theReportOfABadValueSaysWhereItWasSet(String setting, String property) {
        String report = BadPropertiesTest.startAndCaptureFailure(setting);
        assertThat(report).contains("APPLICATION FAILED TO START", "Property: " + property);
        // The application's properties are Boot's default properties in this test (Apps.start).
        assertThat(report).contains("Origin: \"" + property + "\" from property source");
    }

    @Test
    void theReportOfABadCommandLineValueSaysWhereItWasSetAsTheDocsShow() {
        // The docs' example exactly: --statuscodes.retry.backoff-base=30s on the command line.
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> new SpringApplicationBuilder(ClientApp.class)
                    .web(WebApplicationType.NONE)
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                            "spring.jmx.enabled=false")
                    .run("--statuscodes.retry.backoff-base=30s"))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            System.setOut(out);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Property: statuscodes.retry.backoff-base",
                "Value: \"30s\"");
        assertThat(report).contains("Origin: \"statuscodes.retry.backoff-base\" from property "
                + "source \"commandLineArgs\"");
    }
}
