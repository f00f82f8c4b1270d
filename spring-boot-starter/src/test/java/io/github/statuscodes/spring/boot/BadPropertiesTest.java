package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.spring.apps.Apps;
import io.github.statuscodes.spring.apps.servlet.ServletApp;
import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;

/**
 * Each bad {@code statuscodes.*} value stops a real Boot application with Boot's failure report:
 * one block that names the property, the value and the rule, read from the console output.
 */
class BadPropertiesTest {

    static String startAndCaptureFailure(String property) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> Apps.start(ServletApp.class, WebApplicationType.SERVLET,
                    property)).isInstanceOf(RuntimeException.class);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "statuscodes.retry.max-attempts=0|statuscodes.retry.max-attempts|0|must be 1 or more (1 sends each request once, without retries)",
        "statuscodes.retry.backoff-base=30s|statuscodes.retry.backoff-base|30s|backoff-base (PT30S) must not be longer than backoff-max (PT20S); raise backoff-max or lower backoff-base",
        "statuscodes.retry.call-timeout=-5s|statuscodes.retry.call-timeout|-5s|must be zero or more (0 means no limit)",
        "statuscodes.retry.backoff-max=-1ms|statuscodes.retry.backoff-max|-1ms|must be zero or more",
        "statuscodes.retry.retry-non-idempotent=PO ST|statuscodes.retry.retry-non-idempotent|PO ST|must be HTTP method names such as POST or PATCH",
        "statuscodes.retry.retry-non-idempotent=post|statuscodes.retry.retry-non-idempotent|post|would match no POST request; write POST",
        "statuscodes.retry.clients.pay.retry-non-idempotent=POST,Patch|statuscodes.retry.clients[pay].retry-non-idempotent|POST,Patch|HTTP methods are case-sensitive (RFC 9110, section 9.1) and the standard ones are upper case",
        "statuscodes.retry.clients.pay.max-attempts=0|statuscodes.retry.clients[pay].max-attempts|0|must be 1 or more",
        "statuscodes.retry.clients.pay.base-url=ftp://x|statuscodes.retry.clients[pay].base-url|ftp://x|must be an absolute http or https URL",
        "statuscodes.client-disconnect.status=1000|statuscodes.client-disconnect.status|1000|must be a status code from 100 to 999, e.g. 499 (nginx) or 460 (AWS ELB)",
    })
    void aBadValueStopsTheApplicationWithOneReportNamingPropertyValueAndRule(String setting,
            String property, String value, String rule) {
        String report = startAndCaptureFailure(setting);
        assertThat(report).contains("APPLICATION FAILED TO START",
                "Property: " + property, "Value: \"" + value + "\"", rule);
        assertThat(report.split("APPLICATION FAILED TO START", -1)).hasSize(2);
        // The report, not a stack of causes: no builder option names, no "Caused by".
        assertThat(report).doesNotContain("Caused by", "maxAttempts is", "backoffBase PT30S");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "statuscodes.retry.max-attemps=5|statuscodes.retry.max-attemps",
        "statuscodes.retrys.enabled=false|statuscodes.retrys.enabled",
    })
    void aMistypedKeyStopsTheApplicationNamingIt(String setting, String property) {
        String report = startAndCaptureFailure(setting);
        assertThat(report).contains("APPLICATION FAILED TO START", "Property: " + property,
                "were left unbound");
    }

    @Test
    void aMistypedKeyStopsTheApplicationWithEveryPartOff() {
        // No retries, no observation, no servlet: nothing else of the starter binds the properties.
        String report = Console.failure(ClientApp.class, WebApplicationType.NONE,
                "statuscodes.retry.enabled=false", "statuscodes.observation.enabled=false",
                "statuscodes.retry.max-attemps=5");
        assertThat(report).contains("APPLICATION FAILED TO START",
                "Property: statuscodes.retry.max-attemps", "were left unbound");
    }

    @Test
    void twoClientsWithTheSameBaseUrlStopTheApplication() {
        // Scheme and host in any case, the default port written out, a trailing slash: the same.
        String report = Console.failure(ClientApp.class, WebApplicationType.NONE,
                "statuscodes.retry.clients.alpha.base-url=https://pay.example.com/v1",
                "statuscodes.retry.clients.beta.base-url=HTTPS://Pay.Example.com:443/v1/");
        assertThat(report).contains("APPLICATION FAILED TO START");
        assertThat(report).containsPattern("Property: statuscodes\\.retry\\.clients\\[(alpha|beta)\\]"
                + "\\.base-url\\s+Value: \"[^\"]+\"(\\s+Origin: [^\\n]+)?\\s+Reason: is also the base-url "
                + "of client '(alpha|beta)' \\(statuscodes\\.retry\\.clients\\.(alpha|beta)\\.base-url\\); "
                + "a request under it can belong to one client only");
        assertThat(report.split("is also the base-url", -1)).hasSize(2);
    }
}
