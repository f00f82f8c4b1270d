package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusResponseTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final StatusCode QUOTA = StatusCode.builder(590, "Upstream Quota Exhausted")
            .vendor(Vendor.of("acme", "Acme Corp", URI.create("https://acme.example/errors")))
            .documentation("https://acme.example/errors/590")
            .build();

    @Nested
    class Builder {
        @Test
        void rejectsNullStatusNamingIt() {
            assertThatThrownBy(() -> StatusResponse.builder(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("status is null");
        }

        @Test
        void rejectsInformationalCodes() {
            assertThatThrownBy(() -> StatusResponse.builder(StatusCodes.of(103)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("status 103 is a 1xx interim response");
        }

        @Test
        void rejectsCodesAbove599UnlessAllowed() {
            StatusCode c = StatusCodes.of(600);
            assertThatThrownBy(() -> StatusResponse.builder(c).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("status 600 is outside 200..599")
                    .hasMessageContaining("allowCodesAbove599()");
            assertThat(StatusResponse.builder(c).allowCodesAbove599().build().status())
                    .isSameAs(c);
        }

        @Test
        void rejectsADetailThatABodylessCodeWouldLose() {
            assertThatThrownBy(() -> StatusResponse.builder(StatusCodes.of(204)).detail("x").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("status 204 is sent with no body, so its detail would be lost;"
                            + " problem details are for codes of 400 and up");
        }

        @Test
        void rejectsCrLfInAHeaderValueNamingItsIndex() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("X-Reason", "gone\r\nSet-Cookie: a=b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("value of header X-Reason \"gone\\u000d\\u000aSet-Cookie:"
                            + " a=b\" has CR at index 4");
        }

        @Test
        void neverEchoesACredentialHeaderValue() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("Authorization", "Bearer s3cr3t\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(not shown: it may hold a credential)")
                    .hasMessageContaining("LF at index 13")
                    .message().doesNotContain("s3cr3t");
        }

        @Test
        void rejectsAMalformedHeaderName() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND).header("X Bad", "v"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("header name \"X Bad\" has U+0020 at index 1");
        }

        @Test
        void rejectsHeadersItSetsItself() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("retry-after", "5"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("header retry-after is set by StatusResponse; use retryAfter(...);"
                            + " leave it out");
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("Content-Type", "text/html"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsNullDetailNamingIt() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND).detail(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("detail");
        }
    }

    @Nested
    class SendTo {
        @Test
        void writesStatusHeadersAndProblemBody() throws Exception {
            Fakes.Response res = new Fakes.Response();
            StatusResponse.builder(QUOTA).detail("Quota resets at 15:00")
                    .retryAfter(Duration.ofMillis(1500)).member("account", 42)
                    .allowCodesAbove599().build().sendTo(res.proxy);

            assertThat(res.status).isEqualTo(590);
            assertThat(res.contentType).isEqualTo("application/problem+json");
            assertThat(res.headers).containsEntry("Cache-Control", "no-store")
                    .containsEntry("Retry-After", "2");
            assertThat(res.contentLength).isEqualTo(res.body.size());
            JsonNode json = JSON.readTree(res.body.toByteArray());
            assertThat(json.get("type").asText()).isEqualTo("https://acme.example/errors/590");
            assertThat(json.get("title").asText()).isEqualTo("Upstream Quota Exhausted");
            assertThat(json.get("status").asInt()).isEqualTo(590);
            assertThat(json.get("detail").asText()).isEqualTo("Quota resets at 15:00");
            assertThat(json.get("vendor").asText()).isEqualTo("acme");
            assertThat(json.get("account").asInt()).isEqualTo(42);
        }

        @Test
        void retryAfterAsHttpDate() throws Exception {
            Fakes.Response res = new Fakes.Response();
            StatusResponse.builder(StatusCodes.of(503))
                    .retryAfter(Instant.parse("2026-10-21T07:28:00Z")).build().sendTo(res.proxy);
            assertThat(res.headers).containsEntry("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT");
        }

        @Test
        void givenCacheControlReplacesNoStore() throws Exception {
            Fakes.Response res = new Fakes.Response();
            StatusResponse.builder(Iana.NOT_FOUND).header("Cache-Control", "max-age=60").build()
                    .sendTo(res.proxy);
            assertThat(res.headers).containsEntry("Cache-Control", "max-age=60");
        }

        @Test
        void committedResponseIsRefusedAndLeftAlone() {
            Fakes.Response res = new Fakes.Response();
            res.committed = true;
            assertThatThrownBy(() -> StatusResponse.send(res.proxy, Iana.NOT_FOUND, "x"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the response is already committed (status 200 and"
                            + " headers are on the wire), so 404 ");
            assertThat(res.calls).containsOnly("isCommitted", "getStatus");
        }

        @Test
        void noContentGetsNeitherBodyNorLength() throws Exception {
            Fakes.Response res = new Fakes.Response();
            StatusResponse.send(res.proxy, StatusCodes.of(204));
            assertThat(res.status).isEqualTo(204);
            assertThat(res.contentLength).isEqualTo(-1);
            assertThat(res.body.size()).isZero();
            assertThat(res.headers).doesNotContainKey("Cache-Control");
        }

        @Test
        void redirectGetsAnEmptyBody() throws Exception {
            Fakes.Response res = new Fakes.Response();
            StatusResponse.builder(StatusCodes.of(307)).header("Location", "/elsewhere").build()
                    .sendTo(res.proxy);
            assertThat(res.status).isEqualTo(307);
            assertThat(res.contentLength).isZero();
            assertThat(res.headers).containsEntry("Location", "/elsewhere");
        }

        @Test
        void afterGetWriterTheBodyIsPureAscii() throws Exception {
            Fakes.Response res = new Fakes.Response();
            res.proxy.getWriter();
            StatusResponse.send(res.proxy, Iana.NOT_FOUND, "caf\u00e9 \ud83d\ude00");
            String body = res.bodyText();
            assertThat(body.chars()).allMatch(c -> c < 0x80);
            assertThat(JSON.readTree(body).get("detail").asText()).isEqualTo("caf\u00e9 \ud83d\ude00");
        }

        @Test
        void rejectsNullResponseNamingIt() {
            assertThatThrownBy(() -> StatusResponse.send(null, Iana.NOT_FOUND))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("response is null");
        }

        @Test
        void isReusable() throws Exception {
            StatusResponse r = StatusResponse.builder(Iana.NOT_FOUND).detail("no").build();
            for (Fakes.Response res : List.of(new Fakes.Response(), new Fakes.Response())) {
                r.sendTo(res.proxy);
                assertThat(JSON.readTree(res.body.toByteArray()).get("detail").asText())
                        .isEqualTo("no");
            }
        }
    }
}
