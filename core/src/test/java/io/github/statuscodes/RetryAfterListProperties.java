package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A repeated {@code Retry-After}, joined with commas as adapters hand it over, is a list of
 * members: the single-value parser ({@link RetryAfter#parse}) is the oracle for each member.
 */
class RetryAfterListProperties {
    static final Clock CLOCK = RetryAfterProperties.CLOCK;
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter
            .ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter
            .ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    @Property(tries = 3000)
    void arbitraryTextNeverThrowsAndNeverGivesANegativeWait(@ForAll("junkLists") String value) {
        long nanos = RetryAfterWait.nanos(value, CLOCK);
        assertThat(nanos == RetryAfterWait.NONE || nanos >= 0).as("%s gave %s", value, nanos)
                .isTrue();
    }

    @Property(tries = 1000)
    void arbitraryStringsNeverMakeThePolicyThrow(@ForAll String value) {
        RetryDecision d = RetryPolicy.builder().clock(CLOCK).build().decide(1, "GET", true,
                503, name -> value, Long.MAX_VALUE);
        assertThat(d.isRetry() || d.isGiveUp()).isTrue();
    }

    @Property(tries = 1000)
    void nCopiesOfAValidValueDecideAsTheValueAlone(@ForAll("valid") String value,
            @ForAll @IntRange(min = 1, max = 50) int n, @ForAll("separators") String separator) {
        long alone = oracle(value);
        String joined = String.join(separator, Collections.nCopies(n, value));
        assertThat(RetryAfterWait.nanos(joined, CLOCK)).as(joined).isEqualTo(alone);
    }

    @Property(tries = 1000)
    void theOrderOfTheMembersDoesNotMatterAndTheLongestWins(
            @ForAll("validLists") List<String> members, @ForAll long seed) {
        long longest = RetryAfterWait.NONE;
        for (String m : members) {
            longest = Math.max(longest, oracle(m));
        }
        List<String> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(RetryAfterWait.nanos(String.join(", ", members), CLOCK)).isEqualTo(longest);
        assertThat(RetryAfterWait.nanos(String.join(",", shuffled), CLOCK)).isEqualTo(longest);
    }

    @Property(tries = 1000)
    void oneMalformedMemberMakesTheWholeValueMalformed(@ForAll("validLists") List<String> members,
            @ForAll("malformed") String bad, @ForAll @IntRange(min = 0, max = 8) int at) {
        List<String> withBad = new ArrayList<>(members);
        withBad.add(Math.min(at, withBad.size()), bad);
        assertThat(RetryAfterWait.nanos(String.join(", ", withBad), CLOCK))
                .as("%s", withBad).isEqualTo(RetryAfterWait.NONE);
    }

    /** The single-value parser's wait in nanoseconds, saturated; it must accept {@code value}. */
    static long oracle(String value) {
        Duration d = RetryAfter.parse(value, CLOCK).orElseThrow();
        return PolicyOptions.saturatedNanos(d);
    }

    @Provide
    Arbitrary<String> valid() {
        Arbitrary<Instant> instants = Arbitraries.longs()
                .between(Instant.parse("1990-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2060-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100_000).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
                instants.map(RetryAfter::formatDate),
                instants.map(RFC_850::format),
                instants.map(ASCTIME::format),
                Arbitraries.of("0", "30", "00030", " 5\t"));
    }

    @Provide
    Arbitrary<List<String>> validLists() {
        return valid().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(", ", ",", " , ", ",\t", ",, ");
    }

    @Provide
    Arbitrary<String> malformed() {
        return Arbitraries.of("soon", "-1", "+5", "5.0", "1e3", "Sun", "Sunday",
                "Sun, 06 Nov 1994 08:49:37 UTC", "Mon, 31 Feb 2026 12:00:05 GMT", "\u0665",
                "5 5", "0x10");
    }

    @Provide
    Arbitrary<String> junkLists() {
        return Arbitraries.oneOf(
                Arbitraries.strings(),
                Arbitraries.strings().withChars("0123456789 -+,:GMTSunNovday\t").ofMaxLength(80),
                Arbitraries.oneOf(valid(), malformed(), Arbitraries.strings().ofMaxLength(10))
                        .list().ofMaxSize(6).map(l -> String.join(", ", l)));
    }
}
