package io.github.statuscodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Json#quote}: runs of plain characters around escapes (issue #5 made it write runs). */
class JsonTest {
    @Test
    void writesPlainTextAsItIs() {
        assertThat(Json.quote("")).isEqualTo("\"\"");
        assertThat(Json.quote("Service Unavailable")).isEqualTo("\"Service Unavailable\"");
        assertThat(Json.quote("Café 😀")).isEqualTo("\"Café 😀\"");
    }

    @Test
    void escapesAtTheStartInTheMiddleAndAtTheEnd() {
        assertThat(Json.quote("\"a\\b\n")).isEqualTo("\"\\\"a\\\\b\\n\"");
        assertThat(Json.quote("<p>&\u2028\u0001\u007f"))
                .isEqualTo("\"\\u003cp\\u003e\\u0026\\u2028\\u0001\\u007f\"");
        assertThat(Json.quote("x\ty\rz\b\f")).isEqualTo("\"x\\ty\\rz\\b\\f\"");
    }

    @Test
    void keepsSurrogatePairsAndReplacesLoneSurrogates() {
        assertThat(Json.quote("a\uD83D\uDE00b")).isEqualTo("\"a\uD83D\uDE00b\"");
        assertThat(Json.quote("a\uD83Db")).isEqualTo("\"a\\ufffdb\"");
        assertThat(Json.quote("\uDE00a\uD83D")).isEqualTo("\"\\ufffda\\ufffd\"");
    }
}
