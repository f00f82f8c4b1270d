package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Exact tokens: HAProxy's cookie characters, impossible states, every piece of a list. */
class LogSignalsExactnessTest {
    @Test
    void haproxyCookieCharactersMustBeHaproxys() {
        assertThat(LogSignals.find(Vendor.HAPROXY, "CD--")).isPresent();
        assertThat(LogSignals.find(Vendor.HAPROXY, "CDNI")).isPresent();
        assertThat(LogSignals.find(Vendor.HAPROXY, "CDNV")).isEmpty();
        assertThat(LogSignals.find(Vendor.HAPROXY, "CDVU")).isPresent();
        assertThat(LogSignals.find(Vendor.HAPROXY, "CDXX")).isEmpty();
        assertThat(LogSignals.find(Vendor.HAPROXY, "CD\n\n")).isEmpty();
    }

    @Test
    void aDashWithAPhaseIsNoState() {
        for (String s : List.of("-C", "-R", "-H", "-D", "-C--")) {
            assertThat(LogSignals.find(Vendor.HAPROXY, s)).as(s).isEmpty();
        }
        assertThat(LogSignals.find(Vendor.HAPROXY, "--")).isPresent();
        assertThat(LogSignals.find(Vendor.HAPROXY, "----")).isPresent();
    }

    @Test
    void findAllLooksAtEveryPieceAndStopsAtTheCap() {
        assertThat(LogSignals.findAll(Vendor.ENVOY, "UF," + "x".repeat(200) + ",DC"))
                .extracting(LogSignal::token).containsExactly("UF", "DC");
        assertThat(LogSignals.findAll(Vendor.ENVOY, "DC,".repeat(1_000_000)))
                .hasSize(LogSignals.MAX_FOUND);
    }

    @Test
    void statusesWithoutACodeAreExplained() {
        assertThat(LogSignals.find(Vendor.TRAEFIK, "0").get().endedBy()).isEqualTo(EndedBy.CLIENT);
        assertThat(LogSignals.find(Vendor.TRAEFIK, "-")).isPresent();
        assertThat(LogSignals.find(Vendor.CADDY, "0")).isPresent();
        assertThat(LogSignals.find(Vendor.AZURE_APP_GATEWAY, "0")).isPresent();
        assertThat(LogSignals.find(Vendor.HAPROXY, "-1").get().endedBy())
                .isEqualTo(EndedBy.UNKNOWN);
    }

    @Provide
    Arbitrary<String> fourChars() {
        return Arbitraries.strings().withChars("CScsPLRIDUK-NQHTVEOP\n X").ofLength(4);
    }

    /** A four-character state is found only with HAProxy's cookie characters, as its pair is. */
    @Property(tries = 2000)
    void aFourCharacterStateIsItsPairWithValidCookieCharacters(@ForAll("fourChars") String s) {
        boolean cookies = "NIDVEO-".indexOf(s.charAt(2)) >= 0 && "NIUPRD-".indexOf(s.charAt(3)) >= 0;
        if (!cookies) {
            assertThat(LogSignals.find(Vendor.HAPROXY, s)).isEmpty();
        } else {
            assertThat(LogSignals.find(Vendor.HAPROXY, s))
                    .isEqualTo(LogSignals.find(Vendor.HAPROXY, s.substring(0, 2)));
        }
        if (s.charAt(0) == '-' && s.charAt(1) != '-') {
            assertThat(LogSignals.find(Vendor.HAPROXY, s.substring(0, 2))).isEmpty();
        }
    }

    /** Whatever the list, findAll is bounded and finds exactly the known pieces, in order. */
    @Property(tries = 300)
    void findAllFindsEveryKnownPiece(@ForAll List<@net.jqwik.api.constraints.StringLength(
            max = 140) String> pieces) {
        List<String> clean = pieces.stream().map(p -> p.replace(",", "")).collect(
                java.util.stream.Collectors.toList());
        String value = String.join(",", clean) + ",DC";
        List<LogSignal> found = LogSignals.findAll(Vendor.ENVOY, value);
        long known = clean.stream().filter(p -> LogSignals.find(Vendor.ENVOY, p).isPresent())
                .count() + 1;
        assertThat(found).hasSize((int) Math.min(known, LogSignals.MAX_FOUND));
    }
}
