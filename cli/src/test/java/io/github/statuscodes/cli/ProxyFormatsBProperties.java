package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Envoy, Istio, Envoy JSON, CloudFront, Google Cloud, Azure Application Gateway and IIS
 * formats on arbitrary and mutated lines: nothing throws, every line is parsed,
 * unparsed or a header, and auto-detection picks each fixture's own format for any sample of its
 * lines.
 */
class ProxyFormatsBProperties {
    /** Fixture under {@code formats/}, and the format that wrote it. */
    static final Map<String, String> FIXTURES = Map.of("envoy.log", "envoy",
            "istio.log", "istio", "envoy-json.log", "envoy-json",
            "cloudfront.log", "cloudfront", "gcp-lb.log", "gcp-lb",
            "azure-appgw.log", "azure-appgw", "iis.log", "iis");

    static List<String> lines(String fixture) {
        try {
            return ProxyFormatsTest.fixture(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LogFormat> formats() {
        List<LogFormat> f = new ArrayList<>();
        for (String name : FIXTURES.values()) {
            f.add(LogFormat.named(name));
        }
        return f;
    }

    @Property(tries = 1000)
    void arbitraryLinesNeverThrowAndCountsSum(@ForAll("lines") List<String> lines) {
        for (LogFormat f : formats()) {
            LogAnalysis a = new LogAnalysis(f, 5);
            LogLine line = new LogLine();
            long n = 0;
            for (String s : lines) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                long parsed = a.parsed;
                a.accept(b, 0, b.length, line, "x", ++n);
                if (a.parsed > parsed) {
                    if (line.status != LogLine.NONE) {
                        assertThat(line.status).isBetween(100, 999);
                    }
                    assertThat(line.targetFrom).isBetween(0, b.length);
                    assertThat(line.targetTo).isBetween(line.targetFrom, b.length);
                    assertThat(line.methodFrom).isBetween(0, b.length);
                    assertThat(line.methodTo).isBetween(line.methodFrom, b.length);
                }
            }
            new LogReport(a);
            assertThat(a.parsed + a.unparsed + a.headers).as(f.name()).isEqualTo(lines.size());
        }
    }

    @Property(tries = 300)
    void detectionPicksTheFixturesOwnFormat(@ForAll("samples") Sample s) throws IOException {
        assertThat(ProxyFormatsTest.detect(s.lines).name()).as(s.fixture)
                .isEqualTo(FIXTURES.get(s.fixture));
    }

    static final class Sample {
        final String fixture;
        final List<String> lines;

        Sample(String fixture, List<String> lines) {
            this.fixture = fixture;
            this.lines = lines;
        }

        @Override
        public String toString() {
            return fixture + " " + lines.size() + " lines";
        }
    }

    /**
     * A fixture's header lines (if any) and a random choice of its records, in random order. IIS:
     * records in IIS's default fields only, as detection reads the first lines without headers.
     */
    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.of(FIXTURES.keySet().toArray(new String[0])).flatMap(name -> {
            List<String> all = lines(name);
            List<String> header = new ArrayList<>();
            List<String> records = new ArrayList<>();
            for (String l : all) {
                if (!l.startsWith("#")) {
                    records.add(l);
                } else if (!name.startsWith("iis")) {
                    header.add(l);
                }
            }
            if (name.startsWith("iis")) { // IIS's default fields: the lines after the last header
                records.removeIf(l -> !l.startsWith("20") || l.startsWith("2002-"));
            }
            return Arbitraries.of(records).list().ofMinSize(1).ofMaxSize(40)
                    .map(picked -> {
                        List<String> l = new ArrayList<>(header);
                        l.addAll(picked);
                        return new Sample(name, l);
                    });
        });
    }

    @Provide
    Arbitrary<List<String>> lines() {
        List<String> real = new ArrayList<>();
        for (String f : FIXTURES.keySet()) {
            List<String> l = lines(f);
            real.add(l.get(0));
            real.add(l.get(l.size() / 2));
            real.add(l.get(l.size() - 1));
        }
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(real),
                Arbitraries.integers().between(0, 600), Arbitraries.integers().between(0, 20),
                Arbitraries.of("", "\"", "\t", " ", "{", "}", "0", "-", ",", "\\", "000", "DC",
                        "#Fields: date time", "\u00e9", "9999999999999999999"))
                .as((s, at, cut, ins) -> {
                    int i = Math.min(at, s.length());
                    int j = Math.min(s.length(), i + cut);
                    return s.substring(0, i) + ins + s.substring(j);
                });
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(200)
                .map(s -> s.replace('\n', ' '));
        return Arbitraries.oneOf(mutated, mutated, random, Arbitraries.of(real)).list()
                .ofMaxSize(30);
    }
}
