package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LogSignalsProperties {

    @Property(tries = 3000)
    void arbitraryTokensOfAnyVendorNeverThrowAndFindOnlyThatVendorsSignals(
            @ForAll("vendors") Vendor vendor, @ForAll("tokens") String token) {
        LogSignals.find(vendor, token).ifPresent(s -> assertThat(s.vendor()).isEqualTo(vendor));
        assertThat(LogSignals.findAll(vendor, token))
                .allSatisfy(s -> assertThat(s.vendor()).isEqualTo(vendor));
    }

    @Property(tries = 1000)
    void aKnownTokenWithAnythingAppendedIsNotMistakenForIt(@ForAll("known") LogSignal s,
            @ForAll("tokens") String junk) {
        LogSignals.find(s.vendor(), s.token() + junk).ifPresent(found -> assertThat(
                found.vendor()).isEqualTo(s.vendor()));
        assertThat(LogSignals.find(s.vendor(), s.token())).containsSame(s);
    }

    @Provide
    Arbitrary<Vendor> vendors() {
        List<Vendor> all = new ArrayList<>(Vendor.values());
        all.add(Vendor.of("acme", "Acme", URI.create("https://acme.example/")));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<LogSignal> known() {
        return Arbitraries.of(LogSignals.all());
    }

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> known = Arbitraries.of(LogSignals.all()).map(LogSignal::token);
        Arbitrary<String> letters = Arbitraries.strings().withChars("CcSsPLRIDUK-QHT{},0 ")
                .ofMaxLength(6);
        return Arbitraries.oneOf(known, letters, Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(20));
    }
}
