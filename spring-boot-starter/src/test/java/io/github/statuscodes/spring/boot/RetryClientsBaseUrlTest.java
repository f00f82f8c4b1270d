package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.net.URI;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The base URLs of two clients are the same when they match the same requests; then the
 * properties are refused, and never with an exception of their own.
 */
class RetryClientsBaseUrlTest {

    /** A base URL and a spelling of it that differs only in form (case, default port, slashes). */
    @Provide
    Arbitrary<String[]> sameBase() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https");
        Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                .ofMaxLength(10).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
        Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                .ofMaxLength(6).list().ofMaxSize(3).map(l -> l.isEmpty() ? "" : "/"
                        + String.join("/", l));
        Arbitrary<Integer> slashes = Arbitraries.integers().between(0, 2);
        return Combinators.combine(scheme, host, path, slashes, Arbitraries.of(true, false))
                .as((s, h, p, n, port) -> new String[] {
                    s + "://" + h + p,
                    s.toUpperCase(Locale.ROOT) + "://" + h.toUpperCase(Locale.ROOT)
                            + (port ? (s.equals("https") ? ":443" : ":80") : "") + p
                            + "/".repeat(n)});
    }

    @Property
    void twoSpellingsOfOneBaseUrlHaveOneKeyAndMatchTheSameRequests(
            @ForAll("sameBase") String[] urls) {
        URI a = URI.create(urls[0]);
        URI b = URI.create(urls[1]);
        assertThat(RetryClients.Client.baseKey(a)).isEqualTo(RetryClients.Client.baseKey(b));
        URI request = URI.create(urls[0] + "/x?q=1");
        RetryClients.Client ca = new RetryClients.Client("a", a, RetryPolicy.defaults());
        RetryClients.Client cb = new RetryClients.Client("b", b, RetryPolicy.defaults());
        assertThat(ca.matchesBase(request)).isTrue();
        assertThat(cb.matchesBase(request)).isTrue();
    }

    @Property
    void twoSpellingsOfOneBaseUrlAreRefusedOnTheSecondClient(@ForAll("sameBase") String[] urls) {
        StatusCodesProperties p = new StatusCodesProperties();
        p.getRetry().getClients().put("a", client(urls[0]));
        p.getRetry().getClients().put("b", client(urls[1]));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(p, "statuscodes");
        PropertyRules.check(p, errors);
        assertThat(errors.getFieldErrors()).singleElement().satisfies(e -> {
            assertThat(e.getField()).isEqualTo("retry.clients[b].base-url");
            assertThat(e.getDefaultMessage()).startsWith("is also the base-url of client 'a'");
        });
    }

    @Property
    void differentPathsAreDifferentClients(@ForAll("sameBase") String[] urls) {
        StatusCodesProperties p = new StatusCodesProperties();
        p.getRetry().getClients().put("a", client(urls[0]));
        p.getRetry().getClients().put("b", client(urls[0] + "/more"));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(p, "statuscodes");
        PropertyRules.check(p, errors);
        assertThat(errors.getAllErrors()).isEmpty();
    }

    @Property
    void anyTwoStringsAsBaseUrlsGiveFieldErrorsNotExceptions(@ForAll String first,
            @ForAll String second) {
        StatusCodesProperties p = new StatusCodesProperties();
        p.getRetry().getClients().put("a", client(first));
        p.getRetry().getClients().put("b", client(second));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(p, "statuscodes");
        PropertyRules.check(p, errors);
        assertThat(errors.getGlobalErrors()).isEmpty();
        assertThat(errors.getFieldErrors()).allSatisfy(e ->
                assertThat(e.getField()).endsWith(".base-url"));
    }

    static StatusCodesProperties.Client client(String baseUrl) {
        StatusCodesProperties.Client c = new StatusCodesProperties.Client();
        c.setBaseUrl(baseUrl);
        return c;
    }
}
