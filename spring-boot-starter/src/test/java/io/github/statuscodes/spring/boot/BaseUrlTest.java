package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryPolicy;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a client's base URL is read, matched, ordered and printed. */
class BaseUrlTest {

    @Provide
    Arbitrary<String> composeHost() {
        // Docker Compose service and container names: letters, digits, '_' and '-'.
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-', '0', '9')
                .ofMinLength(1).ofMaxLength(12).filter(h -> h.contains("_"))
                .filter(h -> Character.isLetter(h.charAt(0)));
    }

    @Property
    void aHostWithAnUnderscoreIsReadAndMatched(@ForAll("composeHost") String host,
            @ForAll @IntRange(min = 1, max = 65535) int port) {
        URI base = URI.create("http://" + host + ":" + port + "/v1");
        RetryClients clients = new RetryClients(RetryPolicy.defaults(), List.of(
                new RetryClients.Client("by-url", base, RetryPolicy.defaults()),
                new RetryClients.Client(host, null, RetryPolicy.defaults())));
        assertThat(clients.select(URI.create("http://" + host + ":" + port + "/v1/x")).name())
                .isEqualTo("by-url");
        assertThat(clients.select(URI.create("http://" + host + ":" + port + "/v2")).name())
                .isEqualTo(host);
        assertThat(clients.select(URI.create("http://" + host + ":" + (port == 1 ? 2 : port - 1)
                + "/v1/x")).name()).isEqualTo(host);
    }

    @Property
    void theDeeperPathWinsWhateverTheSpelling(@ForAll boolean upperHost,
            @ForAll boolean defaultPort, @ForAll @IntRange(min = 0, max = 3) int slashes,
            @ForAll boolean upperScheme) {
        String general = (upperScheme ? "HTTPS" : "https") + "://"
                + (upperHost ? "API.EXAMPLE.COM" : "api.example.com") + (defaultPort ? ":443" : "")
                + "/v1" + "/".repeat(slashes);
        RetryClients c = new RetryClients(RetryPolicy.defaults(), List.of(
                new RetryClients.Client("general", URI.create(general), RetryPolicy.defaults()),
                new RetryClients.Client("specific", URI.create("https://api.example.com/v1/up"),
                        RetryPolicy.defaults())));
        assertThat(c.select(URI.create("https://api.example.com/v1/up/file")).name())
                .isEqualTo("specific");
        assertThat(c.select(URI.create("https://api.example.com/v1/upload")).name())
                .isEqualTo("general");
        assertThat(c.select(URI.create("https://api.example.com:8443/v1/up")).name()).isNull();
    }

    @Property
    void userInfoQueryAndFragmentAreNeverPrinted(
            @ForAll("secret") String user, @ForAll("secret") String password,
            @ForAll("secret") String query) {
        String url = "https://" + user + ":" + password + "@pay.example.com/v1?key=" + query
                + "#" + query;
        RetryClients c = new RetryClients(RetryPolicy.defaults(), List.of(
                new RetryClients.Client("pay", URI.create(url), RetryPolicy.defaults())));
        assertThat(c.toString()).contains("pay (https://pay.example.com/v1*)")
                .doesNotContain(user + ":").doesNotContain(password + "@")
                .doesNotContain("key=");
        assertThat(c.select(URI.create("https://pay.example.com/v1/charge")).name())
                .isEqualTo("pay");
    }

    @Provide
    Arbitrary<String> secret() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(8).ofMaxLength(16)
                .map(s -> s.toLowerCase(Locale.ROOT) + "Q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host/v1", "http:///v1", "http://host:99999/v1",
        "http://host:80x/v1", "http://ho$t/v1", "/v1/relative", "mailto:someone@example.com"})
    void aUrlThatIsNoHttpUrlWithAHostIsRefusedWithTheRule(String url) {
        assertThatThrownBy(() -> BaseUrl.of(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be an absolute http or https URL, e.g. https://api.example.com/v1");
    }
}
