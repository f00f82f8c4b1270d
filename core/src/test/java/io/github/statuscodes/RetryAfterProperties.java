package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class RetryAfterProperties {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00.500Z"),
            ZoneOffset.UTC);

    @Property(tries = 3000)
    void arbitraryTextNeverThrowsAndNeverGivesANegativeDelay(@ForAll("junk") String value) {
        Optional<Duration> parsed = RetryAfter.parse(value, CLOCK);
        assertThat(parsed).isNotNull();
        parsed.ifPresent(d -> assertThat(d.isNegative()).as("negative delay for %s", value)
                .isFalse());
    }

    @Property(tries = 1000)
    void aFormattedDateRoundTrips(@ForAll("instants") Instant instant) {
        Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        Duration expected = Duration.between(CLOCK.instant(), whole);
        assertThat(RetryAfter.parse(RetryAfter.formatDate(instant), CLOCK))
                .contains(expected.isNegative() ? Duration.ZERO : expected);
    }

    @Property(tries = 1000)
    void aFormattedDelayRoundTrips(@ForAll @LongRange(min = 0) long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        assertThat(RetryAfter.parse(RetryAfter.format(d), CLOCK)).contains(d);
    }

    @Property(tries = 3000)
    void parseNeverThrowsWhateverTheClock(@ForAll("anyInstant") Instant now,
            @ForAll("junk") String value) {
        Optional<Duration> parsed = RetryAfter.parse(value, Clock.fixed(now, ZoneOffset.UTC));
        assertThat(parsed).isNotNull();
        parsed.ifPresent(d -> assertThat(d.isNegative()).isFalse());
    }

    @Property(tries = 1000)
    void formatDateEitherFormatsOrThrowsTheDocumentedException(
            @ForAll("anyInstant") Instant instant) {
        long s = instant.getEpochSecond();
        boolean expressible = s >= Instant.parse("0001-01-01T00:00:00Z").getEpochSecond()
                && s <= Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        if (expressible) {
            assertThat(RetryAfter.formatDate(instant)).hasSize(29).endsWith(" GMT");
        } else {
            assertThatThrownBy(() -> RetryAfter.formatDate(instant))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<Instant> anyInstant() {
        return Arbitraries.oneOf(
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH,
                        Instant.parse("9999-12-31T23:59:59.999999999Z"),
                        Instant.parse("+10000-01-01T00:00:00Z"),
                        Instant.parse("0000-12-31T23:59:59Z")),
                Combinators.combine(Arbitraries.longs().between(Instant.MIN.getEpochSecond(),
                        Instant.MAX.getEpochSecond()), Arbitraries.integers().between(0, 999_999_999))
                        .as(Instant::ofEpochSecond),
                instants());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.strings(),
                Arbitraries.strings().withChars("0123456789 -+,:GMTSunNovday\t").ofMaxLength(40),
                Arbitraries.strings().numeric().ofMaxLength(30),
                Combinators.combine(
                        Arbitraries.of("Sun, 06 Nov 1994 08:49:37 GMT",
                                "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"),
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.chars().range(' ', 'z'))
                        .as(RetryAfterProperties::mutate),
                Arbitraries.just(null));
    }

    /** Replaces one character of a valid date, giving a near miss. */
    private static String mutate(String date, int index, char c) {
        return date.substring(0, index) + c + date.substring(index + 1);
    }
}
