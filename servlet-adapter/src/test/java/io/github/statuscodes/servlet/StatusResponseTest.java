package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusResponseTest {

    @Nested
    class Builder {
        @Test
        void rejectsNullStatusNamingIt() {
            assertThatThrownBy(() -> StatusResponse.builder(null))
                    .isInstanceOf(NullPointerException.class)
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
        void rejectsContentEncodingAsTheBodyIsNeverEncoded() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("Content-Encoding", "gzip"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("header Content-Encoding is set by StatusResponse; leave it out");
        }

        @Test
        void rejectsNullDetailNamingIt() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND).detail(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("detail");
        }
    }

    /** What sendTo puts on the wire is tested on the real containers, in ContainerScenarios. */
    @Nested
    class SendTo {
        @Test
        void rejectsNullResponseNamingIt() {
            assertThatThrownBy(() -> StatusResponse.send(null, Iana.NOT_FOUND))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("response is null");
        }
    }
}
