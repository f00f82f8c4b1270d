package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.statuscodes.Iana;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;

/**
 * Any header value: accepted exactly when RFC 9110 §5.5 allows it (field-vchar, obs-text, SP,
 * HTAB), and a rejection never repeats the value, whatever the header's name.
 */
class StatusResponseHeaderProperties {

    /** RFC 9110 §5.5: VCHAR (0x21-0x7E), obs-text (0x80-0xFF) minus the C1 controls, SP, HTAB. */
    static boolean allowedByRfc(String value) {
        return value.chars().allMatch(c -> c == '\t' || c == ' '
                || c >= 0x21 && c <= 0x7e || c >= 0xa0 && c <= 0xff);
    }

    @Property(tries = 2000)
    void anyValueIsAcceptedExactlyWhenTheRfcAllowsItAndNeverEchoed(
            @ForAll @CharRange(from = 0, to = 0x3ff) String tail,
            @ForAll("names") String name) {
        String value = "s3cr3t-" + tail;
        Throwable thrown = catchThrowable(() -> StatusResponse.builder(Iana.NOT_FOUND)
                .header(name, value));

        if (allowedByRfc(value)) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).matches("value of header " + java.util.regex.Pattern
                    .quote(name) + " has (U\\+[0-9A-F]{4}|CR|LF) at index \\d+; .*")
                    .doesNotContain("s3cr3t");
            int index = Integer.parseInt(thrown.getMessage().replaceAll(".* at index (\\d+);.*",
                    "$1"));
            assertThat(allowedByRfc(value.substring(0, index))).isTrue();
            assertThat(allowedByRfc(value.substring(index, index + 1))).isFalse();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.of("X-Api-Key", "Authorization", "X-Trace", "Link",
                "Cache-Control", "Set-Cookie");
    }

    @Property(tries = 500)
    void everyC0AndC1ControlIsRejected(@ForAll @CharRange(from = 0, to = 0x9f) char c) {
        boolean control = c < 0x20 && c != '\t' || c >= 0x7f;
        Throwable thrown = catchThrowable(() -> StatusResponse.builder(Iana.NOT_FOUND)
                .header("X-Api-Key", "k" + c));
        assertThat(thrown != null).isEqualTo(control);
    }
}
