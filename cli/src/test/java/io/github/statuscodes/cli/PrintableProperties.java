package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Printable#of} on arbitrary strings, with supplementary characters and lone surrogates
 * mixed in: the result is always well-formed UTF-16 (it encodes to UTF-8 without a replacement),
 * and a printable supplementary character stays as it is.
 */
class PrintableProperties {

    @Provide
    Arbitrary<String> withSurrogates() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString),
                Arbitraries.of("\ud83d\ude00", "\ud83d", "\ude00", "\udbff\udfff", "\ud800\ud800"),
                Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf));
        return piece.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property
    void resultIsAlwaysWellFormedUtf16(@ForAll("withSurrogates") String s) throws Exception {
        String p = Printable.of(s);
        StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(p));
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < p.length() && Character.isLowSurrogate(p.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).isFalse();
            }
        }
    }

    @Property
    void printableSupplementaryCharacterIsKept(@ForAll("withSurrogates") String prefix,
            @ForAll("emoji") String emoji) {
        assertThat(Printable.of(prefix + emoji)).endsWith(emoji);
        assertThat(Printable.of(emoji + "/" + emoji)).isEqualTo(emoji + "/" + emoji);
    }

    @Provide
    Arbitrary<String> emoji() {
        return Arbitraries.integers().between(0x1F300, 0x1F64F)
                .filter(cp -> Character.getType(cp) != Character.UNASSIGNED)
                .map(Character::toString);
    }

    @Example
    void emojiInAPathPassesThroughAndLoneSurrogatesAreEscaped() throws CharacterCodingException {
        assertThat(Printable.of("/search/\ud83d\ude00")).isEqualTo("/search/\ud83d\ude00");
        assertThat(Printable.of("/a\ud83d/b")).isEqualTo("/a\\ud83d/b");
        assertThat(Printable.of("/a\ude00")).isEqualTo("/a\\ude00");
        assertThat(Printable.of("\u001b[31m\ud83d\ude00")).isEqualTo("\\x1b[31m\ud83d\ude00");
    }
}
