package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.StatusCodes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any detail gives valid problem+json with that detail; any code 200..599 is sent as is. */
class StatusResponseProperties {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What survives UTF-8: a lone surrogate cannot be encoded, so it becomes U+FFFD. */
    static String utf8Safe(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }

    @Property(tries = 1000)
    void anyDetailGivesValidProblemJsonWithTheSameDetail(@ForAll String detail,
            @ForAll @IntRange(min = 400, max = 599) int code) throws Exception {
        Fakes.Response res = new Fakes.Response();
        StatusResponse.send(res.proxy, StatusCodes.of(code), detail);

        JsonNode json = JSON.readTree(res.body.toByteArray());
        assertThat(json.get("detail").asText()).isEqualTo(utf8Safe(detail));
        assertThat(json.get("status").asInt()).isEqualTo(code);
        assertThat(res.contentLength).isEqualTo(res.body.size());
        assertThat(res.bodyText()).doesNotContain("\n", "\r", "<", ">");
    }

    @Property(tries = 400)
    void everyCodeFrom200To599IsSentAsIsWithABodyOnlyForErrors(
            @ForAll @IntRange(min = 200, max = 599) int code) throws Exception {
        Fakes.Response res = new Fakes.Response();
        StatusResponse.send(res.proxy, StatusCodes.of(code));

        assertThat(res.status).isEqualTo(code);
        assertThat(res.body.size() > 0).isEqualTo(code >= 400);
        assertThat(res.headers.containsKey("Cache-Control")).isEqualTo(code >= 400);
    }
}
