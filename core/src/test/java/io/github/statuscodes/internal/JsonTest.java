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

    @Test
    void escapesC1ControlsAndInvisibleFormatCharacters() {
        assertThat(Json.quote("/a/\u009bm/\u202eRLO\u200b\u2066x\u0085\u007f"))
                .isEqualTo("\"/a/\\u009bm/\\u202eRLO\\u200b\\u2066x\\u0085\\u007f\"");
        assertThat(Json.quote("caf\u00e9 \u00a0 \u4e2d")).as("printable text stays as it is")
                .isEqualTo("\"caf\u00e9 \u00a0 \u4e2d\"");
    }

    /** No character a terminal could act on is written raw, and the literal reads back equal. */
    @net.jqwik.api.Property(tries = 500)
    void neverWritesAControlOrFormatCharacterRaw(@net.jqwik.api.ForAll String s) throws Exception {
        String q = Json.quote(s);
        for (int i = 0; i < q.length(); i++) {
            int type = Character.getType(q.charAt(i));
            assertThat(type).isNotIn((int) Character.CONTROL, (int) Character.FORMAT,
                    (int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR);
        }
        String unpaired = s.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? null : s;
        if (unpaired != null) {
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(q, String.class))
                    .isEqualTo(s);
        }
    }
}
