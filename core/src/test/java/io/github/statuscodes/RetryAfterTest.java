package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    /** Sun, 06 Nov 1994 08:49:00 GMT: 37 seconds before the RFC's example date. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("1994-11-06T08:49:00Z"), ZoneOffset.UTC);

    @Nested
    class Parse {
        @Test
        void readsDelaySeconds() {
            assertThat(RetryAfter.parse("120", CLOCK)).contains(Duration.ofSeconds(120));
            assertThat(RetryAfter.parse("0", CLOCK)).contains(Duration.ZERO);
            assertThat(RetryAfter.parse(" \t7 ", CLOCK)).contains(Duration.ofSeconds(7));
            assertThat(RetryAfter.parse("007", CLOCK)).contains(Duration.ofSeconds(7));
        }

        @Test
        void readsAllThreeHttpDateForms() {
            Duration expected = Duration.ofSeconds(37);
            assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", CLOCK)).contains(expected);
            assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", CLOCK))
                    .contains(expected);
            assertThat(RetryAfter.parse("Sun Nov  6 08:49:37 1994", CLOCK)).contains(expected);
        }

        @Test
        void givesZeroForADateInThePast() {
            assertThat(RetryAfter.parse("Sat, 05 Nov 1994 08:49:37 GMT", CLOCK))
                    .contains(Duration.ZERO);
        }

        @Test
        void readsATwoDigitYearMoreThanFiftyYearsAheadAsThePast() {
            Clock y2026 = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
            // "27" is 2027 (next year); "99" would be 2099, over 50 years ahead, so it is 1999.
            assertThat(RetryAfter.parse("Tuesday, 23-Nov-27 00:00:00 GMT", y2026))
                    .contains(Duration.ofDays(365));
            assertThat(RetryAfter.parse("Tuesday, 23-Nov-99 00:00:00 GMT", y2026))
                    .contains(Duration.ZERO);
        }

        @Test
        void saturatesADelayTooLargeForALong() {
            assertThat(RetryAfter.parse("99999999999999999999", CLOCK))
                    .contains(RetryAfter.MAX_DELAY);
            assertThat(RetryAfter.parse("9223372036854775807", CLOCK))
                    .contains(Duration.ofSeconds(Long.MAX_VALUE));
            assertThat(RetryAfter.parse("9223372036854775808", CLOCK))
                    .contains(RetryAfter.MAX_DELAY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "abc", "-5", "+5", "1.5", "5s", "0x10", "1 2",
            "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun Nov  6 08:49:37 94", "Sun, 6 Nov 1994 08:49:37 GMT",
            "Someday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT extra",
            "\u0661\u0662"})
        void givesEmptyForMalformedValues(String value) {
            assertThat(RetryAfter.parse(value, CLOCK)).isEmpty();
        }

        @Test
        void givesEmptyForAnAbsentHeader() {
            assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
            assertThat(RetryAfter.parse(null)).isEmpty();
        }

        @Test
        void rejectsANullClock() {
            assertThatThrownBy(() -> RetryAfter.parse("1", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("clock must not be null");
        }
    }

    @Nested
    class Format {
        @Test
        void writesWholeSecondsRoundingUp() {
            assertThat(RetryAfter.format(Duration.ofSeconds(30))).isEqualTo("30");
            assertThat(RetryAfter.format(Duration.ofMillis(1500))).isEqualTo("2");
            assertThat(RetryAfter.format(Duration.ZERO)).isEqualTo("0");
        }

        @Test
        void rejectsANegativeDelay() {
            assertThatThrownBy(() -> RetryAfter.format(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Retry-After delay PT-1S is negative; it must be zero or more");
        }

        @Test
        void writesAnImfFixdate() {
            assertThat(RetryAfter.formatDate(Instant.parse("1994-11-06T08:49:37.250Z")))
                    .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        }

        @Test
        void rejectsInstantsAnHttpDateCannotExpress() {
            assertThatThrownBy(() -> RetryAfter.formatDate(Instant.parse("+10000-01-01T00:00:00Z")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside years 1..9999");
        }
    }
}
