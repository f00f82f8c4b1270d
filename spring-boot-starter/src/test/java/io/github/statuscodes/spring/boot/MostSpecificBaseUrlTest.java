package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/spring-boot.md: "A request belongs to the client whose base-url is the longest prefix of
 * its URI (scheme, host, port and whole path segments)". Two base URLs that the docs call the
 * same when they differ only by a default port or a trailing slash must not make the shorter
 * path win over the longer one.
 */
class MostSpecificBaseUrlTest {

    static RetryClients clients(String general, String specific) {
        return new RetryClients(RetryPolicy.defaults(), List.of(
                new RetryClients.Client("general", URI.create(general),
                        RetryPolicy.builder().maxAttempts(5).build()),
                new RetryClients.Client("specific", URI.create(specific),
                        RetryPolicy.builder().maxAttempts(2).build())));
    }

    @Test
    void theLongerPathWinsWhenTheShorterIsWrittenWithTheDefaultPort() {
        RetryClients c = clients("https://api.example.com:443/v1", "https://api.example.com/v1/up");
        assertThat(c.select(URI.create("https://api.example.com/v1/up/file")).name())
                .isEqualTo("specific");
    }

    @Test
    void theLongerPathWinsWhenTheShorterIsWrittenWithTrailingSlashes() {
        RetryClients c = clients("https://api.example.com/v1///", "https://api.example.com/v1/up");
        assertThat(c.select(URI.create("https://api.example.com/v1/up/file")).name())
                .isEqualTo("specific");
    }

    @Test
    void theLongerPathWinsWhenTheHostsAreWrittenInOtherCase() {
        // Held: same length either way.
        RetryClients c = clients("https://API.example.com/v1", "https://api.example.com/v1/up");
        assertThat(c.select(URI.create("https://api.example.com/v1/up/file")).name())
                .isEqualTo("specific");
    }
}
