package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class JsonLineProperties {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonKeys KEYS = JsonKeys.of("a", "b", "ab", "a.b", "b.a.c", "c.a",
            "status", "latency");

    @Property(tries = 2000)
    void arbitraryLinesNeverThrow(@ForAll("junk") String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        JsonLine j = new JsonLine();
        j.scan(b, 0, b.length, KEYS);
        for (int k = 0; k < KEYS.size(); k++) {
            if (j.has(k)) {
                assertThat(j.from(k)).isBetween(0, b.length);
                assertThat(j.to(k)).isBetween(j.from(k), b.length);
            }
            j.status(k);
            j.decimal(k, 3);
            j.secondsToMillis(k);
            j.isoMillis(k);
            j.is(k, "DC");
        }
    }

    /**
     * A line read in the middle of a buffer, between bytes that are not its own (quotes among
     * them), reads as the same line alone: the scan looks at its range only.
     */
    @Property(tries = 2000)
    void aLineInsideABufferReadsAsTheLineAlone(@ForAll("junk") String s,
            @ForAll("junk") String before, @ForAll("junk") String after) {
        byte[] line = s.getBytes(StandardCharsets.UTF_8);
        byte[] pre = ("\"\\" + before).getBytes(StandardCharsets.UTF_8);
        byte[] post = ("\"" + after).getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[pre.length + line.length + post.length];
        System.arraycopy(pre, 0, buffer, 0, pre.length);
        System.arraycopy(line, 0, buffer, pre.length, line.length);
        System.arraycopy(post, 0, buffer, pre.length + line.length, post.length);
        JsonLine alone = new JsonLine();
        JsonLine inside = new JsonLine();
        boolean ok = alone.scan(line, 0, line.length, KEYS);
        assertThat(inside.scan(buffer, pre.length, pre.length + line.length, KEYS)).isEqualTo(ok);
        for (int k = 0; k < KEYS.size(); k++) {
            assertThat(inside.has(k)).isEqualTo(alone.has(k));
            assertThat(inside.isString(k)).isEqualTo(alone.isString(k));
            if (alone.has(k)) {
                assertThat(inside.from(k) - pre.length).isEqualTo(alone.from(k));
                assertThat(inside.to(k) - pre.length).isEqualTo(alone.to(k));
            }
        }
    }

    @Property(tries = 1000)
    void findsEveryGeneratedValueAsJacksonWroteIt(@ForAll("objects") Map<String, Object> object,
            @ForAll @IntRange(min = 0, max = 3) int spaces) throws Exception {
        String json = MAPPER.writeValueAsString(object);
        if (spaces > 0) { // whitespace around structure, where JSON allows it
            json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(object)
                    .replace("\n", " ".repeat(spaces));
        }
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        List<String> paths = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        collect(object, "", paths, expected);
        JsonKeys keys = JsonKeys.of(paths.toArray(new String[0]));
        JsonLine j = new JsonLine();
        assertThat(j.scan(b, 0, b.length, keys)).as(json).isTrue();
        for (int k = 0; k < paths.size(); k++) {
            Object v = expected.get(k);
            assertThat(j.has(k)).as(paths.get(k) + " in " + json).isTrue();
            String raw = new String(b, j.from(k), j.to(k) - j.from(k), StandardCharsets.UTF_8);
            if (v instanceof String) {
                String written = MAPPER.writeValueAsString(v);
                assertThat(j.isString(k)).isTrue();
                assertThat(raw).isEqualTo(written.substring(1, written.length() - 1));
                String s = (String) v;
                boolean plainAscii = s.chars().allMatch(c -> c >= 0x20 && c < 0x7f
                        && c != '"' && c != '\\');
                assertThat(j.is(k, s)).isEqualTo(plainAscii);
            } else if (v instanceof Number) {
                assertThat(j.isString(k)).isFalse();
                assertThat(raw).isEqualTo(MAPPER.writeValueAsString(v));
                long millis = new BigDecimal(raw).movePointRight(3)
                        .setScale(0, RoundingMode.DOWN).longValueExact();
                assertThat(j.decimal(k, 3)).as(raw).isEqualTo(millis);
                assertThat(j.secondsToMillis(k)).as(raw).isEqualTo(millis);
            }
        }
    }

    @Property(tries = 500)
    void aKeyInsideAStringOrAnotherObjectIsNotTheTopLevelKey(@ForAll("plain") String name,
            @ForAll("plain") String value) throws Exception {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("msg", "{\"" + name + "\":\"" + value + "\"}");
        o.put("nested", Map.of(name, value));
        o.put("list", List.of(Map.of(name, value)));
        byte[] b = MAPPER.writeValueAsBytes(o);
        JsonLine j = new JsonLine();
        assertThat(j.scan(b, 0, b.length, JsonKeys.of(name))).isTrue();
        assertThat(j.has(0)).isFalse();
    }

    private static void collect(Map<String, Object> o, String prefix, List<String> paths,
            List<Object> values) {
        for (Map.Entry<String, Object> e : o.entrySet()) {
            String path = prefix + e.getKey();
            if (e.getValue() instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) e.getValue();
                collect(inner, path + ".", paths, values);
            } else {
                paths.add(path);
                values.add(e.getValue());
            }
        }
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3);
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        return objects(2);
    }

    private Arbitrary<Map<String, Object>> objects(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.strings().withChars("ab.\"\\{}[]:, \u0000\u001b\u00e9")
                        .ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.longs().between(0, Long.MAX_VALUE / 1000).map(n -> (Object) n),
                Arbitraries.doubles().between(0, 1e9).map(d -> (Object) d),
                Arbitraries.of(1e-7, 5e-5, 0.5, 0.0, 123.456).map(d -> (Object) d));
        Arbitrary<Object> value = depth == 0 ? scalar
                : Arbitraries.oneOf(scalar, scalar, objects(depth - 1).map(m -> (Object) m),
                        Arbitraries.of(List.of(), List.of(1, "x"), List.of(Map.of("a", 1)))
                                .map(l -> (Object) l));
        return Arbitraries.maps(plain(), value).ofMaxSize(4)
                .map(m -> (Map<String, Object>) new LinkedHashMap<>(m));
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> fragments = Arbitraries.of("{", "}", "[", "]", "\"", "\\", ":", ",",
                " ", "\"a\"", "\"a\":", "\"b\":{", "\"a.b\":", "1", "-1", "0.5", "1e", "1e999",
                "\"0.25s\"", "null", "true", "\"DC\"", "\"2026-12-01T10:00:00Z\"")
                .list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(fragments, Arbitraries.strings().ofMaxLength(200),
                fragments.map(s -> "{" + s));
    }
}
