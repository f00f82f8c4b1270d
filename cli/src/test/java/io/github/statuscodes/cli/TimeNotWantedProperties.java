package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A format told that the analysis needs no time ({@link LogLine#wantsTime} false, as without
 * {@code --html}) reads every other field of a line exactly as it does with the time.
 */
class TimeNotWantedProperties {
    private static final String[] FIXTURES = {"alb.log", "azure-appgw.log", "caddy.log",
            "cloudfront.log", "combined-times.log", "combined.log", "envoy-json.log", "envoy.log",
            "gcp-lb.log", "haproxy.log", "iis.log", "istio.log", "timed.log", "traefik-json.log",
            "traefik.log", "upstreaminfo.log"};

    @Property(tries = 300)
    void everyFieldButTheTimeIsTheSame(@ForAll("lines") String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (LogFormat f : LogFormat.candidates()) {
            LogLine timed = new LogLine();
            LogLine untimed = new LogLine();
            untimed.wantsTime = false;
            boolean parsed = f.parse(b, 0, b.length, timed);
            assertThat(f.parse(b, 0, b.length, untimed)).as(f.name()).isEqualTo(parsed);
            if (!parsed) {
                continue;
            }
            assertThat(untimed.status).as(f.name()).isEqualTo(timed.status);
            assertThat(untimed.backendStatus).as(f.name()).isEqualTo(timed.backendStatus);
            assertThat(untimed.durationMillis).as(f.name()).isEqualTo(timed.durationMillis);
            assertThat(untimed.signal).as(f.name()).isEqualTo(timed.signal);
            assertThat(untimed.clientGaveUp).as(f.name()).isEqualTo(timed.clientGaveUp);
            assertThat(new String(b, untimed.methodFrom, untimed.methodTo - untimed.methodFrom,
                    StandardCharsets.ISO_8859_1)).as(f.name()).isEqualTo(new String(b,
                    timed.methodFrom, timed.methodTo - timed.methodFrom,
                    StandardCharsets.ISO_8859_1));
            assertThat(target(untimed, b)).as(f.name()).isEqualTo(target(timed, b));
            assertThat(untimed.timeMillis).as(f.name())
                    .isIn(LogLine.NO_TIME, timed.timeMillis);
        }
    }

    private static String target(LogLine line, byte[] b) {
        return new String(line.target(b), line.targetFrom, line.targetTo - line.targetFrom,
                StandardCharsets.ISO_8859_1);
    }

    /** Every fixture's lines, and the same with a byte changed, cut or repeated. */
    @Provide
    Arbitrary<String> lines() throws IOException {
        List<String> all = new ArrayList<>();
        for (String name : FIXTURES) {
            for (String s : Fixtures.lines(name)) {
                if (!s.startsWith("#")) {
                    all.add(s);
                }
            }
        }
        Arbitrary<String> line = Arbitraries.of(all);
        return Arbitraries.oneOf(line, Arbitraries.strings().ofMaxLength(200),
                net.jqwik.api.Combinators.combine(line, Arbitraries.integers().between(0, 2000),
                        Arbitraries.chars().ascii()).as((s, i, c) -> {
                            int at = Math.min(i, s.length());
                            return i % 3 == 0 ? s.substring(0, at)
                                    : s.substring(0, at) + c + s.substring(Math.min(at + 1,
                                            s.length()));
                        }));
    }
}
