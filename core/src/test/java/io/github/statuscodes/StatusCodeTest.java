package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusCodeTest {
    static final Vendor ACME = Vendor.of("acme", "Acme Corp", URI.create("https://acme.example/"));

    @Nested
    class Builder {
        @Test
        void buildsAUserCodeWithTheGivenMetadata() {
            StatusCode c = StatusCode.builder(590, "Upstream Quota Exhausted").vendor(ACME)
                    .retryability(Retryability.NEVER).description(" Quota is used up. ")
                    .documentation("https://acme.example/errors#590").build();
            assertThat(c.code()).isEqualTo(590);
            assertThat(c.reasonPhrase()).isEqualTo("Upstream Quota Exhausted");
            assertThat(c.vendor()).isSameAs(ACME);
            assertThat(c.statusClass()).isEqualTo(StatusClass.SERVER_ERROR);
            assertThat(c.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(c.description()).isEqualTo("Quota is used up.");
            assertThat(c.documentation()).hasToString("https://acme.example/errors#590");
            assertThat(c.isRegistered()).isTrue();
            assertThat(c.isStandard()).isFalse();
            assertThat(c.isLogOnly()).isFalse();
            assertThat(c.isError()).isTrue();
        }

        @Test
        void defaultsToTheClassRetryabilityAndAboutBlank() {
            StatusCode server = StatusCode.builder(590, "X").vendor(ACME).build();
            StatusCode client = StatusCode.builder(490, "X").vendor(ACME).build();
            StatusCode odd = StatusCode.builder(790, "X").vendor(ACME).build();
            assertThat(server.retryability()).isEqualTo(Retryability.IDEMPOTENT_ONLY);
            assertThat(client.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(odd.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(odd.statusClass()).isEqualTo(StatusClass.NON_STANDARD);
            assertThat(server.documentation()).hasToString("about:blank");
            assertThat(server.description()).isEmpty();
        }

        @Test
        void rejectsCodesOutsideThreeDigitsNamingTheValue() {
            assertThatThrownBy(() -> StatusCode.builder(99, "X"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status code 99 is outside 100..999; HTTP status codes have three"
                            + " digits");
            assertThatThrownBy(() -> StatusCode.builder(1000, "X"))
                    .hasMessageContaining("status code 1000 is outside 100..999");
        }

        @Test
        void rejectsControlCharactersInTheReasonPhrase() {
            assertThatThrownBy(() -> StatusCode.builder(590, "Bad\r\nSet-Cookie: x=1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("reasonPhrase contains control character U+000D at"
                            + " index 3");
        }

        @Test
        void rejectsNullAndEmptyArgumentsByName() {
            assertThatThrownBy(() -> StatusCode.builder(590, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("reasonPhrase must not be null");
            assertThatThrownBy(() -> StatusCode.builder(590, ""))
                    .hasMessage("reasonPhrase must not be empty");
            assertThatThrownBy(() -> StatusCode.builder(590, " X"))
                    .hasMessageContaining("leading or trailing white space");
            StatusCode.Builder b = StatusCode.builder(590, "X");
            assertThatThrownBy(() -> b.vendor(null)).hasMessage("vendor must not be null");
            assertThatThrownBy(() -> b.retryability(null))
                    .hasMessage("retryability must not be null");
            assertThatThrownBy(() -> b.description(null))
                    .hasMessage("description must not be null");
            assertThatThrownBy(() -> b.documentation((String) null))
                    .hasMessage("documentation must not be null");
        }

        @Test
        void rejectsRelativeOrMalformedDocumentation() {
            StatusCode.Builder b = StatusCode.builder(590, "X");
            assertThatThrownBy(() -> b.documentation("errors/590"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("errors/590 is not an absolute URI");
            assertThatThrownBy(() -> b.documentation("https://a b"))
                    .hasMessageContaining("\"https://a b\" is not a valid URI");
        }

        @Test
        void requiresAVendorAtBuild() {
            assertThatThrownBy(() -> StatusCode.builder(590, "Quota").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("no vendor set for status code 590 Quota; call vendor(...) before"
                            + " build()");
        }

        @Test
        void reservesVendorNoneForUnregisteredNumbers() {
            assertThatThrownBy(() -> StatusCode.builder(590, "X").vendor(Vendor.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("vendor NONE is reserved");
        }
    }

    @Nested
    class CausesRelatedAndLifecycle {
        @Test
        void aUserCodeCarriesWhatItsBuilderWasGiven() {
            StatusCode c = StatusCode.builder(590, "Upstream Quota").vendor(ACME)
                    .causes("hourly quota used up", " a batch job sharing the key ")
                    .related(429, 503).lifecycle(Lifecycle.DEPRECATED).build();
            assertThat(c.causes()).containsExactly("hourly quota used up",
                    "a batch job sharing the key");
            assertThat(c.related()).containsExactly(429, 503);
            assertThat(c.lifecycle()).isEqualTo(Lifecycle.DEPRECATED);
            assertThat(c).hasToString("590 Upstream Quota (Acme Corp, deprecated)");
            StatusCode plain = StatusCode.builder(591, "Other").vendor(ACME).build();
            assertThat(plain.causes()).isEmpty();
            assertThat(plain.related()).isEmpty();
            assertThat(plain.lifecycle()).isEqualTo(Lifecycle.CURRENT);
        }

        @Test
        void rejectsBadCausesAndRelatedCodesNamingThem() {
            StatusCode.Builder b = StatusCode.builder(590, "Upstream Quota").vendor(ACME);
            assertThatThrownBy(() -> b.related(590)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("related code 590 is the code itself; list other codes only");
            assertThatThrownBy(() -> b.related(99))
                    .hasMessage("related code 99 is outside 100..999; HTTP status codes have"
                            + " three digits");
            assertThatThrownBy(() -> b.related(429, 429))
                    .hasMessage("related code 429 is given twice");
            assertThatThrownBy(() -> b.causes("quota", "quota"))
                    .hasMessage("cause \"quota\" is given twice; list each cause once");
            assertThatThrownBy(() -> b.causes("a\nb")).isInstanceOf(
                    IllegalArgumentException.class);
            assertThatThrownBy(() -> b.causes((String) null)).isInstanceOf(
                    NullPointerException.class);
            assertThatThrownBy(() -> b.lifecycle(null)).hasMessage(
                    "lifecycle must not be null");
        }

        @Test
        void builtInTextsLoadOnFirstUseAndStayTheSame() {
            StatusCode c = Nginx.CLIENT_CLOSED_REQUEST;
            assertThat(c.causes()).isSameAs(c.causes()).first().asString()
                    .startsWith("client timeout");
            assertThat(c.related()).contains(460, 408);
            assertThat(c.description()).isSameAs(c.description());
            assertThat(StatusCodes.of(477).causes()).isEmpty();
            assertThat(StatusCodes.of(477).related()).isEmpty();
        }
    }

    @Nested
    class Identity {
        @Test
        void equalsAndHashCodeUseCodeVendorAndPhraseOnly() {
            StatusCode a = StatusCode.builder(590, "A").vendor(ACME).build();
            StatusCode b = StatusCode.builder(590, "A").vendor(Vendor.of("acme", "Other",
                    URI.create("https://other.example/"))).lifecycle(Lifecycle.DEPRECATED)
                    .build();
            StatusCode c = StatusCode.builder(591, "A").vendor(ACME).build();
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
            assertThat(a).isNotEqualTo(StatusCode.builder(590, "A").vendor(Vendor.NGINX).build());
            assertThat(a).isNotEqualTo(StatusCode.builder(590, "B").vendor(ACME).build());
            assertThat(a.equals(null)).isFalse();
        }

        @Test
        void comparesByCodeThenVendorIdThenLifecycleThenPhrase() {
            StatusCode nginx = StatusCode.builder(590, "A").vendor(Vendor.NGINX).build();
            StatusCode acme = StatusCode.builder(590, "A").vendor(ACME).build();
            StatusCode low = StatusCode.builder(580, "A").vendor(Vendor.NGINX).build();
            StatusCode old = StatusCode.builder(590, "0ld").vendor(ACME)
                    .lifecycle(Lifecycle.HISTORICAL).build();
            assertThat(low).isLessThan(acme);
            assertThat(acme).isLessThan(nginx).isLessThan(old);
            assertThat(acme).isLessThan(StatusCode.builder(590, "Z").vendor(ACME).build());
            assertThat(acme.compareTo(StatusCode.builder(590, "A").vendor(ACME).build())).isZero();
        }

        @Test
        void toStringShowsCodePhraseAndVendor() {
            assertThat(StatusCode.builder(590, "Upstream Quota").vendor(ACME).build())
                    .hasToString("590 Upstream Quota (Acme Corp)");
        }
    }

    @Nested
    class Documentation {
        @Test
        void parsesABuiltInSourceOnceAndKeepsIt() {
            java.net.URI first = AwsElb.CLIENT_CLOSED_CONNECTION.documentation();
            assertThat(first).hasScheme("https").hasHost("docs.aws.amazon.com")
                    .hasFragment("http-460-issues");
            assertThat(AwsElb.CLIENT_CLOSED_CONNECTION.documentation()).isSameAs(first);
            assertThat(Vendor.NGINX.homepage()).isSameAs(Vendor.NGINX.homepage())
                    .hasToString("https://nginx.org/");
        }

        @Test
        void keepsAUserCodesUriAsGiven() {
            java.net.URI uri = java.net.URI.create("https://acme.example/errors#590");
            assertThat(StatusCode.builder(590, "X").vendor(ACME).documentation(uri).build()
                    .documentation()).isSameAs(uri);
            assertThat(ACME.homepage()).isEqualTo(java.net.URI.create("https://acme.example/"));
        }
    }

    @Nested
    class Unregistered {
        @Test
        void describesANumberNobodyDefinesByItsClass() {
            StatusCode c = StatusCodes.of(477);
            assertThat(c.isRegistered()).isFalse();
            assertThat(c.vendor()).isSameAs(Vendor.NONE);
            assertThat(c.reasonPhrase()).isEqualTo("Client Error");
            assertThat(c.retryability()).isEqualTo(Retryability.NEVER);
            assertThat(c.description()).contains("handle it as 400");
            assertThat(StatusCodes.of(588).retryability())
                    .isEqualTo(Retryability.IDEMPOTENT_ONLY);
            assertThat(StatusCodes.of(777).reasonPhrase()).isEqualTo("Non-standard Status");
            assertThat(StatusCodes.of(777).statusClass()).isEqualTo(StatusClass.NON_STANDARD);
        }
    }
}
