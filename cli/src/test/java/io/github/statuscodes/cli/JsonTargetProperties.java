package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link JsonLine#target}: any string, written with any mix of JSON's escapes, decodes to itself,
 * as Jackson reads it; arbitrary bytes never throw and stay within the buffer.
 */
class JsonTargetProperties {
    static final JsonKeys KEYS = JsonKeys.of("uri");

    /** {@code s} as JSON string content, each character written raw or escaped as {@code how} says. */
    static String encode(String s, List<Integer> how) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int h = how.isEmpty() ? 0 : how.get(i % how.size());
            int cp = s.codePointAt(i);
            if (cp > 0xffff) { // a surrogate pair: both halves escaped, or the code point raw
                if (h == 1) {
                    sb.append(String.format("\\u%04x\\u%04x", (int) Character.highSurrogate(cp),
                            (int) Character.lowSurrogate(cp)));
                } else {
                    sb.appendCodePoint(cp);
                }
                continue;
            }
            char c = (char) cp;
            String shortForm = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '/' ? "\\/"
                    : c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : c == '\b' ? "\\b"
                    : c == '\f' ? "\\f" : null;
            if (h == 1 || c < 0x20 && shortForm == null || (c == '"' || c == '\\') && h == 2) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (shortForm != null && (h != 0 || c == '"' || c == '\\' || c < 0x20)) {
                sb.append(shortForm);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String decoded(byte[] b) {
        LogLine line = new LogLine();
        assertThat(line.json.scan(b, 0, b.length, KEYS)).isTrue();
        line.json.target(0, line);
        byte[] t = line.target(b);
        return new String(t, line.targetFrom, line.targetTo - line.targetFrom,
                StandardCharsets.UTF_8);
    }

    @Property(tries = 2000)
    void anyStringWithAnyEscapesDecodesToItself(@ForAll("targets") String s,
            @ForAll("how") List<Integer> how) throws Exception {
        String json = "{\"uri\":\"" + encode(s, how) + "\"}";
        assertThat(new ObjectMapper().readValue(json, Map.class).get("uri")).as(json).isEqualTo(s);
        assertThat(decoded(json.getBytes(StandardCharsets.UTF_8))).as(json).isEqualTo(s);
    }

    @Property(tries = 2000)
    void arbitraryStringContentNeverThrows(@ForAll("junk") String content) {
        byte[] b = ("{\"uri\":\"" + content + "\"}").getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        if (line.json.scan(b, 0, b.length, KEYS)) {
            line.json.target(0, line);
            byte[] t = line.target(b);
            assertThat(line.targetFrom).isBetween(0, t.length);
            assertThat(line.targetTo).isBetween(line.targetFrom, t.length);
        }
    }

    /** Strings of whole code points (no lone surrogates): paths, escapes' characters, any Unicode. */
    @Provide
    Arbitrary<String> targets() {
        Arbitrary<Integer> cp = Arbitraries.oneOf(Arbitraries.of((int) '/', (int) '"', (int) '\\',
                (int) '\n', (int) '\t', (int) 'a', 0x7f, 0xe9, 0x20ac, 0x1f600, 0),
                Arbitraries.integers().between(0, 0x10ffff)
                        .filter(c -> c < 0xd800 || c > 0xdfff));
        return cp.list().ofMaxSize(30).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<List<Integer>> how() {
        return Arbitraries.integers().between(0, 2).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("\\", "\\u", "\\u12", "\\ud800", "\\ud800\\u", "\\udc00", "\\x",
                        "\\/", "\\u00e9\\", "a\\\\").list().ofMaxSize(6)
                        .map(l -> String.join("", l)));
    }
}
