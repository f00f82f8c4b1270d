package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusResponseTest {

    @Nested
    class Builder {
        @Test
        void rejectsNullStatusNamingIt() {
            assertThatThrownBy(() -> StatusResponse.builder(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("status must not be null");
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
        void rejectsCrLfInAHeaderValueNamingItsIndexNotTheValue() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("X-Reason", "gone\r\nSet-Cookie: a=b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value of header X-Reason has CR at index 4; control characters"
                            + " could split the response");
        }

        @Test
        void neverEchoesTheValueOfAnyHeader() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("X-Api-Key", "s3cr3t\u0001"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value of header X-Api-Key has U+0001 at index 6; control"
                            + " characters could split the response")
                    .message().doesNotContain("s3cr3t");
        }

        /** Regression (issue 13): C1 controls passed, though README says every control is refused. */
        @ParameterizedTest(name = "U+{0}")
        @ValueSource(ints = {0x80, 0x85, 0x8d, 0x9b, 0x9f})
        void rejectsC1ControlCharacters(int c) {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("X-Note", "a" + (char) c))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value of header X-Note has U+" + String.format("%04X", c)
                            + " at index 1; control characters could split the response");
        }

        @Test
        void acceptsLatin1TextAfterTheC1Range() {
            assertThat(StatusResponse.builder(Iana.NOT_FOUND).header("X-Note", "caf\u00e9 \u00a0\u00ff")
                    .build().toString()).contains("X-Note");
        }

        @Test
        void rejectsCharactersAboveLatin1() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("X-Note", "\u20ac"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value of header X-Note has U+20AC at index 0; only Latin-1 text"
                            + " is allowed");
        }

        @Test
        void rejectsANullHeaderValueNamingIt() {
            assertThatThrownBy(() -> StatusResponse.builder(Iana.NOT_FOUND).header("X-A", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("value must not be null");
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
                    .hasMessage("response must not be null");
        }
    }
}
