package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rendersTheStandardAndBuiltInMembersInOrder() throws Exception {
        String json = ProblemDetails.builder(Iana.SERVICE_UNAVAILABLE)
                .detail("Down for maintenance").instance(URI.create("/incidents/42")).build()
                .toJson();
        assertThat(json).isEqualTo("{\"type\":\"https://www.rfc-editor.org/rfc/rfc9110#section-"
                + "15.6.4\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Down for"
                + " maintenance\",\"instance\":\"/incidents/42\",\"vendor\":\"iana\","
                + "\"retryable\":true}");
    }

    @Test
    void usesAboutBlankForACodeWithoutDocumentationAndLeavesOutUnsetMembers() throws Exception {
        StatusCode mine = StatusCode.builder(590, "Quota").vendor(StatusCodeTest.ACME).build();
        JsonNode node = JSON.readTree(ProblemDetails.of(mine).toJson());
        assertThat(node.get("type").asText()).isEqualTo("about:blank");
        assertThat(node.get("title").asText()).isEqualTo("Quota");
        assertThat(node.get("status").asInt()).isEqualTo(590);
        assertThat(node.get("vendor").asText()).isEqualTo("acme");
        assertThat(node.get("retryable").asBoolean()).isTrue();
        assertThat(node.has("detail")).isFalse();
        assertThat(node.has("instance")).isFalse();
    }

    @Test
    void writesExtensionMembersOfEachAllowedType() throws Exception {
        ProblemDetails p = ProblemDetails.builder(Iana.TOO_MANY_REQUESTS)
                .title("Slow down").type(URI.create("https://acme.example/problems/rate"))
                .member("balance", 30).member("ratio", 0.25).member("big", new BigDecimal("1E+3"))
                .member("account", "a/1").member("blocked", true).build();
        JsonNode node = JSON.readTree(p.toJson());
        assertThat(node.get("title").asText()).isEqualTo("Slow down");
        assertThat(node.get("type").asText()).isEqualTo("https://acme.example/problems/rate");
        assertThat(node.get("balance").asInt()).isEqualTo(30);
        assertThat(node.get("ratio").asDouble()).isEqualTo(0.25);
        assertThat(node.get("big").decimalValue()).isEqualByComparingTo("1000");
        assertThat(node.get("account").asText()).isEqualTo("a/1");
        assertThat(node.get("blocked").asBoolean()).isTrue();
        assertThat(p.extensions()).containsOnlyKeys("balance", "ratio", "big", "account",
                "blocked");
    }

    @Test
    void escapesQuotesControlCharactersHtmlAndLoneSurrogates() throws Exception {
        String detail = "a\"b\\c\n\u0000\u001f<script>&\u2028\ud800x\udc00";
        String json = ProblemDetails.builder(Iana.BAD_REQUEST).detail(detail).build().toJson();
        assertThat(json).contains("\"detail\":\"a\\\"b\\\\c\\n\\u0000\\u001f\\u003cscript\\u003e"
                + "\\u0026\\u2028\\ufffdx\\ufffd\"");
        assertThat(JSON.readTree(json).get("detail").asText())
                .isEqualTo("a\"b\\c\n\u0000\u001f<script>&\u2028\ufffdx\ufffd");
    }

    @Test
    void writesToAnAppendable() throws Exception {
        StringWriter w = new StringWriter();
        ProblemDetails p = ProblemDetails.of(Iana.NOT_FOUND);
        p.writeTo(w);
        assertThat(w).hasToString(p.toJson());
        assertThat(p).hasToString(p.toJson());
    }

    @Test
    void rejectsBadMembersWithAMessageNamingThem() {
        ProblemDetails.Builder b = ProblemDetails.builder(Iana.NOT_FOUND);
        assertThatThrownBy(() -> b.member("a b", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("member name \"a b\" is not allowed");
        assertThatThrownBy(() -> b.member("ab", 1)).hasMessageContaining("\"ab\" is not allowed");
        assertThatThrownBy(() -> b.member("status", 1))
                .hasMessageStartingWith("member name \"status\" is reserved");
        assertThatThrownBy(() -> b.member("retryable", true)).hasMessageContaining("reserved");
        assertThatThrownBy(() -> b.member("ratio", Double.NaN))
                .hasMessage("member \"ratio\" is NaN; JSON numbers must be finite");
        assertThatThrownBy(() -> b.member("items", new int[0]))
                .hasMessageStartingWith("member \"items\" has a value of type [I");
        assertThatThrownBy(() -> b.member("nothing", null))
                .hasMessageStartingWith("member \"nothing\" has a null value");
        BigDecimal sneaky = new BigDecimal("1") {
            @Override
            public String toString() {
                return "1,\"status\":200";
            }
        };
        assertThatThrownBy(() -> b.member("amount", sneaky))
                .hasMessageContaining("not a subclass");
        b.member("once", 1);
        assertThatThrownBy(() -> b.member("once", 2))
                .hasMessage("member \"once\" was already added");
        assertThatThrownBy(() -> b.detail(null)).hasMessage("detail must not be null");
        assertThatThrownBy(() -> ProblemDetails.builder(null))
                .hasMessage("status must not be null");
    }

    @Test
    void rejectsNumbersAJsonReaderCannotReadBack() {
        ProblemDetails.Builder b = ProblemDetails.builder(Iana.BAD_REQUEST);
        assertThatThrownBy(() -> b.member("huge", BigInteger.TEN.pow(400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member \"huge\" is a number outside the range of a double"
                        + " (magnitude from 4.9E-324 to 1.8E308), so a JSON reader would read it"
                        + " as infinity, zero or an error (RFC 8259 §6): send it as a string");
        assertThatThrownBy(() -> b.member("tiny", new BigDecimal("1E-400")))
                .hasMessageContaining("outside the range of a double");
        assertThatThrownBy(() -> b.member("negative", new BigDecimal("-2E+308")))
                .hasMessageContaining("outside the range of a double");
        assertThatThrownBy(() -> b.member("long", new BigDecimal("0." + "1".repeat(1001))))
                .hasMessage("member \"long\" is a number of 1001 digits; JSON readers need not"
                        + " accept more than 1000 (RFC 8259 §6): round it or send it as a string");
        assertThatThrownBy(() -> b.member("wide", BigInteger.TEN.pow(1000)))
                .hasMessageContaining("1001 digits");
        b.member("edge", new BigDecimal("1.7976931348623157E+308"))
                .member("small", new BigDecimal("4.9E-324")).member("zero", BigDecimal.ZERO)
                .member("most", new BigDecimal("0." + "1".repeat(1000)));
        assertThat(b.build().extensions()).containsKeys("edge", "small", "zero", "most");
    }

    @Test
    void isTheRegisteredMediaType() {
        assertThat(ProblemDetails.MEDIA_TYPE).isEqualTo("application/problem+json");
    }
}
