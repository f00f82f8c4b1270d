package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The HAProxy, Traefik and Caddy formats on arbitrary input: no line makes them throw, the
 * counts always sum, and no other candidate format reads their lines with arbitrary statuses,
 * durations and paths (detection picks them); {@link FormatDetectionProperties} checks the same
 * on their fixtures.
 */
class ProxyFormatProperties {
    static final String[] FORMATS = {"haproxy", "traefik", "traefik-json", "caddy"};
    static final String[] FIXTURES = {"haproxy.log", "traefik.log",
            "traefik-json.log", "caddy.log"};

    static List<String> fixture(int i) {
        try {
            return Fixtures.lines(FIXTURES[i]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 1000)
    void arbitraryLinesNeverThrow(@ForAll("lines") String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        for (String name : FORMATS) {
            LogFormat f = LogFormat.named(name);
            if (f.parse(b, 0, b.length, line)) {
                assertThat(line.status == LogLine.NONE || line.status >= 100 && line.status <= 999)
                        .as("status %s", line.status).isTrue();
                assertThat(line.status != LogLine.NONE || line.signal != null
                        || line.clientGaveUp).as("a line without status says why").isTrue();
                assertThat(line.methodTo).isBetween(line.methodFrom, b.length);
                assertThat(line.targetTo).isBetween(line.targetFrom, b.length);
                assertThat(line.durationMillis).isGreaterThanOrEqualTo(LogLine.NONE);
            }
            LogAnalysis a = new LogAnalysis(f, 5);
            a.accept(b, 0, b.length, line, "x", 1);
            new LogReport(a);
        }
    }

    @Property(tries = 200)
    void countsAlwaysSum(@ForAll("logs") List<String> lines) {
        for (String name : FORMATS) {
            LogAnalysis a = new LogAnalysis(LogFormat.named(name), 3);
            LogLine line = new LogLine();
            long n = 0;
            for (String s : lines) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                a.accept(b, 0, b.length, line, "x", ++n);
            }
            long sum = 0;
            for (LogReport.CodeRow row : new LogReport(a).codes) {
                sum += row.count;
            }
            long without = 0;
            for (LogAnalysis.NoStatus ns : a.noStatus) {
                without += ns.count;
            }
            assertThat(sum + without).as(name).isEqualTo(a.parsed);
            assertThat(without).isEqualTo(a.withoutStatus);
            assertThat(a.parsed + a.unparsed + a.headers).isEqualTo(lines.size());
        }
    }

    /** Every candidate but the line's own format rejects it, and detection names the owner. */
    @Property(tries = 300)
    void noOtherFormatReadsTheseLines(@ForAll("owned") Owned owned) throws IOException {
        byte[] b = owned.line.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(LogFormat.named(owned.format).parse(b, 0, b.length, line))
                .as("%s reads %s", owned.format, owned.line).isTrue();
        for (LogFormat other : LogFormat.candidates()) {
            if (!other.name().equals(owned.format)) {
                assertThat(other.parse(b, 0, b.length, line))
                        .as("%s reads a %s line: %s", other.name(), owned.format, owned.line)
                        .isFalse();
            }
        }
        List<LogFormat> detected = FormatDetection.detect(new BufferedInputStream(
                new ByteArrayInputStream((owned.line + "\n").getBytes(StandardCharsets.UTF_8))));
        assertThat(detected).extracting(LogFormat::name).containsExactly(owned.format);
    }

    static final class Owned {
        final String format;
        final String line;

        Owned(String format, String line) {
            this.format = format;
            this.line = line;
        }

        @Override
        public String toString() {
            return format + ": " + line;
        }
    }

    /** Lines of each format with arbitrary statuses, durations and paths. */
    @Provide
    Arbitrary<Owned> owned() {
        Arbitrary<Integer> code = Arbitraries.integers().between(100, 999);
        Arbitrary<Long> ms = Arbitraries.longs().between(0, 10_000_000);
        Arbitrary<String> path = Arbitraries.strings().withChars("abc/0123456789?=&-_.%")
                .ofMinLength(0).ofMaxLength(40).map(p -> "/" + p);
        Arbitrary<String> state = Combinators.combine(Arbitraries.of(HaproxyFormat.CAUSES
                .split("")), Arbitraries.of(HaproxyFormat.PHASES.split("")))
                .as((c, p) -> c + p + "--");
        Arbitrary<Owned> haproxy = Combinators.combine(code, ms, path, state,
                Arbitraries.of("", "Dec  6 04:52:46 host haproxy[1]: ", "<134>1 2026-12-06T04:52:48"
                        + ".297176+00:00 - haproxy 10576 - - "))
                .as((c, d, p, st, prefix) -> prefix + "10.0.0.1:5000 [06/Dec/2026:04:52:36.366] fe"
                        + " be/s1 0/0/1/" + (d % 7 == 0 ? -1 : d / 2) + "/" + d + " "
                        + (c % 10 == 0 ? -1 : c) + " 206 - - " + st + " 1/1/0/0/0 0/0 \"GET " + p
                        + " HTTP/1.1\"")
                .map(s -> new Owned("haproxy", s));
        Arbitrary<Owned> traefik = Combinators.combine(code, ms, path)
                .as((c, d, p) -> "192.0.2.1 - - [16/Apr/2023:10:00:00 +0000] \"GET " + p
                        + " HTTP/1.1\" " + (c % 10 == 0 ? "0" : c % 10 == 1 ? "-" : c) + " 5"
                        + " \"-\" \"okhttp/4.12.0\" 7 \"api@docker\" \"http://10.0.0.1:80\" " + d
                        + "ms")
                .map(s -> new Owned("traefik", s));
        Arbitrary<Owned> traefikJson = Combinators.combine(code, ms, path)
                .as((c, d, p) -> "{\"ClientAddr\":\"192.0.2.1:1\",\"DownstreamStatus\":"
                        + (c % 10 == 0 ? 0 : c) + ",\"Duration\":" + d * 1_000_000
                        + ",\"OriginStatus\":" + (c % 3 == 0 ? 0 : 200) + ",\"RequestMethod\":"
                        + "\"GET\",\"RequestPath\":\"" + p + "\",\"StartUTC\":"
                        + "\"2024-12-29T11:42:47.503803974Z\",\"level\":\"info\",\"msg\":\"\"}")
                .map(s -> new Owned("traefik-json", s));
        Arbitrary<Owned> caddy = Combinators.combine(code, ms, path)
                .as((c, d, p) -> String.format(Locale.ROOT, "{\"level\":\"info\",\"ts\":"
                        + "1742395338.3230798,\"logger\":\"http.log.access\",\"msg\":\"handled"
                        + " request\",\"request\":{\"remote_ip\":\"::1\",\"proto\":\"HTTP/1.1\","
                        + "\"method\":\"GET\",\"host\":\"localhost\",\"uri\":\"%s\"},\"duration\":"
                        + "%.6f,\"size\":5,\"status\":%d}", p, d / 1000.0, c % 10 == 0 ? 0 : c))
                .map(s -> new Owned("caddy", s));
        Arbitrary<Owned> fixtures = Arbitraries.integers().between(0, FORMATS.length - 1)
                .flatMap(i -> Arbitraries.of(fixture(i)).map(s -> new Owned(FORMATS[i], s)));
        return Arbitraries.oneOf(haproxy, traefik, traefikJson, caddy, fixtures);
    }

    /** Fixture lines cut, with bytes inserted, and arbitrary strings. */
    @Provide
    Arbitrary<String> lines() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < FORMATS.length; i++) {
            all.addAll(fixture(i).subList(0, 8));
        }
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(all),
                Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(0, 2000),
                Arbitraries.strings().ofMaxLength(4))
                .as((s, at, cut, ins) -> {
                    int i = Math.min(at, s.length());
                    String t = s.substring(0, i) + ins + s.substring(i);
                    return t.substring(0, Math.min(t.length(), Math.max(cut, i)))
                            .replace('\n', ' ');
                });
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(200)
                .map(s -> s.replace('\n', ' '));
        Arbitrary<String> fragments = Arbitraries.of("[06/Dec/2026:04:52:36.366] ", "fe ",
                "be/s1 ", "0/0/1/-1/596 ", "-1 ", "400 ", "CH-- ", "1/1/0/0/0 ", "0/0 ", "{",
                "} ", "\"GET / HTTP/1.1\"", "[16/Apr/2023:10:00:00 +0000] ", "\"", "12ms",
                "{\"DownstreamStatus\":", "0", "499", ",\"Duration\":", "{\"status\":",
                ",\"request\":{\"method\":\"GET\",\"uri\":\"/\"}", "}", "\"duration\":\"1m\"",
                " ", "").list().ofMaxSize(25).map(l -> String.join("", l));
        return Arbitraries.oneOf(mutated, random, fragments);
    }

    @Provide
    Arbitrary<List<String>> logs() {
        return Arbitraries.oneOf(owned().map(o -> o.line), lines()).list().ofMaxSize(60);
    }
}
