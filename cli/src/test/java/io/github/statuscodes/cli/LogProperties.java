package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LogProperties {
    /** Every detected format, a user's nginx format and a format whose give-ups have no status. */
    static final LogFormat[] FORMATS = formats();

    static LogFormat[] formats() {
        List<LogFormat> all = new java.util.ArrayList<>(List.of(LogFormat.candidates()));
        all.add(NginxFormat.compile("custom", "$remote_addr [$time_local] \"$request\" $status"
                + " $request_time $upstream_response_time $upstream_status"));
        all.add(new SignalFormat());
        return all.toArray(new LogFormat[0]);
    }

    @Property(tries = 1000)
    void arbitraryLinesNeverThrowInAnyFormat(@ForAll("lines") String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogLine parsed = new LogLine();
        for (LogFormat f : FORMATS) {
            if (f.parse(b, 0, b.length, parsed)) {
                assertThat(parsed.status == LogLine.NONE || parsed.status >= 100
                        && parsed.status <= 999).isTrue();
                assertThat(parsed.methodFrom).isBetween(0, b.length);
                assertThat(parsed.targetTo).isBetween(parsed.targetFrom, b.length);
            }
            LogAnalysis a = new LogAnalysis(f, 5);
            a.accept(b, 0, b.length, parsed, "x", 1);
            new LogReport(a); // builds every finding
        }
    }

    @Property(tries = 200)
    void perCodeCountsSumToTheParsedLines(@ForAll("logs") List<String> lines) {
        for (LogFormat f : FORMATS) {
            LogAnalysis a = new LogAnalysis(f, 3);
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
            for (LogAnalysis.NoStatus ns : a.noStatus) {
                sum += ns.count;
            }
            assertThat(sum).isEqualTo(a.parsed);
            assertThat(a.parsed + a.unparsed + a.headers).isEqualTo(lines.size());
            assertThat(a.unparsedExamples).hasSizeLessThanOrEqualTo(LogAnalysis.MAX_EXAMPLES);
        }
    }

    @Property(tries = 200)
    void aPlantedClusterIsFoundAtAnyValue(
            @ForAll @DoubleRange(min = 0.05, max = 3600) double seconds,
            @ForAll @IntRange(min = 30, max = 300) int planted,
            @ForAll @IntRange(min = 0, max = 20) int noisePercent,
            @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        Histogram h = new Histogram();
        long center = Math.round(seconds * 1000);
        for (int i = 0; i < planted; i++) {
            // a client timer fires within a few ms of its setting
            h.add(Math.max(0, center + r.nextInt(11) - 5));
        }
        int noise = planted * noisePercent / 100;
        for (int i = 0; i < noise; i++) {
            h.add((long) (r.nextDouble() * 2 * Math.max(center, 10_000)));
        }
        Cluster c = Cluster.find(h);
        assertThat(c).as("cluster at %s s", seconds).isNotNull();
        assertThat(Math.abs(c.centerMillis - center))
                .isLessThanOrEqualTo(Math.max(10, center * 0.005));
        assertThat(c.count).isGreaterThanOrEqualTo(planted);
    }

    @Property(tries = 200)
    void uniformNoiseHasNoCluster(@ForAll @DoubleRange(min = 10, max = 3600) double rangeSeconds,
            @ForAll @IntRange(min = 50, max = 2000) int n, @ForAll long seed) {
        java.util.Random r = new java.util.Random(seed);
        Histogram h = new Histogram();
        long range = Math.round(rangeSeconds * 1000);
        for (int i = 0; i < n; i++) {
            h.add((long) (r.nextDouble() * range));
        }
        assertThat(Cluster.find(h)).isNull();
    }

    /**
     * The field check splits a line as the format reads it: wherever an nginx format reads a
     * line, its split does too, the variables cover the line in order between the literals, and
     * {@code $status}'s range holds the status read.
     */
    @Property(tries = 1000)
    void nginxSplitAgreesWithParse(@ForAll("lines") String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        LogLine parsed = new LogLine();
        for (LogFormat f : FORMATS) {
            if (!(f instanceof NginxFormat)) {
                continue;
            }
            NginxFormat n = (NginxFormat) f;
            int[] starts = new int[n.tokens()];
            int[] ends = new int[n.tokens()];
            boolean split = n.split(b, 0, b.length, starts, ends);
            if (!n.parse(b, 0, b.length, parsed)) {
                continue;
            }
            assertThat(split).as(f.name() + ": " + line).isTrue();
            int last = 0;
            for (int t = 0; t < n.tokens(); t++) {
                if (n.variable(t) != null) {
                    assertThat(starts[t]).isBetween(last, ends[t]);
                    last = ends[t];
                    if (n.variable(t).equals("$status")) {
                        assertThat(Bytes.status(b, starts[t], ends[t])).isEqualTo(parsed.status);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> fragments = Arbitraries.of("http ", "https ", "h2 ",
                "2018-07-02T22:23:00.186641Z ", "app/lb/1 ", "1.2.3.4:80 ", "- ", "-1 ", "0.000 ",
                "460 ", "499 ", "200 ", "\"", "\" ", "\"GET / HTTP/1.1\" ", "[01/Dec/2026:10:00:00"
                        + " +0000] ", "rt=", "urt=\"", "us=\"", "0.5, 1.2", "502, 200", "\\x22",
                " ", "", "9999999999999999999 ", "2026-13-40T99:99:99Z ", "GET ", "/a/123?x ");
        Arbitrary<String> structured = fragments.list().ofMaxSize(30)
                .map(l -> String.join("", l));
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(200)
                .map(s -> s.replace('\n', ' '));
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(
                        LogsCommandTest.timed("GET /x/1", 499, 1.5, "-"),
                        "https 2018-07-02T22:23:00.186641Z app/lb/1 1.2.3.4:2817 10.0.0.1:80 -1 -1"
                                + " -1 460 - 34 366 \"GET http://a:80/b HTTP/1.1\" \"curl\" - -"
                                + " arn \"Root\" \"-\" \"-\" 0 2018-07-02T22:22:48.364000Z"),
                Arbitraries.integers().between(0, 300), Arbitraries.strings().ofMaxLength(3))
                .as((s, at, ins) -> {
                    int i = Math.min(at, s.length());
                    return (s.substring(0, i) + ins + s.substring(i)).replace('\n', ' ');
                });
        Arbitrary<String> fixtures = Combinators.combine(Arbitraries.of(FormatDetectionProperties
                        .names()).flatMap(n -> Arbitraries.of(FormatDetectionProperties.fixture(n))),
                Arbitraries.integers().between(0, 400), Arbitraries.strings().ofMaxLength(3),
                Arbitraries.integers().between(0, 3))
                .as((s, at, ins, cut) -> {
                    int i = Math.min(at, s.length());
                    String t = s.substring(0, i) + ins + s.substring(Math.min(s.length(), i + cut));
                    return t.replace('\n', ' ');
                });
        return Arbitraries.oneOf(structured, random, mutated, fixtures);
    }

    @Provide
    Arbitrary<List<String>> logs() {
        Arbitrary<String> good = Combinators.combine(Arbitraries.integers().between(100, 999),
                Arbitraries.doubles().between(0, 100), Arbitraries.of("GET /a", "POST /b/7", "-"))
                .as((code, s, req) -> String.format(Locale.ROOT, "1.2.3.4 - - [01/Dec/2026:10:00:00"
                        + " +0000] \"%s\" %d 1 \"-\" \"-\" rt=%.3f urt=\"-\" us=\"-\"",
                        req.equals("-") ? "-" : req + " HTTP/1.1", code, s));
        Arbitrary<String> signal = Combinators.combine(Arbitraries.of("0", "200", "499", "504"),
                Arbitraries.of("DC", "UT", "-"), Arbitraries.longs().between(0, 100_000))
                .as((code, flag, ms) -> code + " " + flag + " " + ms + " GET /s/1 200");
        return Arbitraries.oneOf(good, signal, lines()).list().ofMaxSize(60);
    }
}
