package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses and formats the {@code Retry-After} header of RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date in any of its three forms (IMF-fixdate, the obsolete RFC 850 form and ANSI C's
 * asctime form, RFC 9110 §5.6.7).
 *
 * <p>Parsing never throws on header content: junk gives an empty result, a date in the past gives
 * {@link Duration#ZERO}, and a delay too large for a {@code long} saturates at
 * {@link #MAX_DELAY}. Stateless and thread-safe. It reads one value; {@link RetryPolicy} also
 * reads a header sent on several lines, joined with commas, as the longest of its values.
 *
 * <pre>{@code
 * RetryAfter.parse("120");                              // Optional[PT2M]
 * RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT");    // time until then, or PT0S if past
 * RetryAfter.parse("soon");                             // Optional.empty
 * String header = RetryAfter.format(Duration.ofSeconds(30));   // "30"
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3">RFC 9110 §10.2.3 Retry-After</a>
 * @since 0.1.0
 */
public final class RetryAfter {

    /** The largest delay {@link #parse(String, Clock)} returns: {@code Long.MAX_VALUE} seconds. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(Long.MAX_VALUE);

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range of a four-digit year. */
    private static final long FIRST_HTTP_DATE = -62135596800L;
    private static final long LAST_HTTP_DATE = 253402300799L;
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };

    private static final Instant EARLIEST = LocalDateTime.MIN.toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDateTime.MAX.toInstant(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /**
     * Parses a {@code Retry-After} value against the system clock (UTC).
     *
     * @param value the header value, or null if the header is absent
     * @return the delay; empty if the value is absent or malformed
     */
    public static Optional<Duration> parse(@Nullable String value) {
        return parse(value, Clock.systemUTC());
    }

    /**
     * Parses a {@code Retry-After} value: delay-seconds, or an HTTP-date measured from the
     * clock's current instant.
     *
     * @param value the header value, or null if the header is absent; surrounding spaces and
     *     tabs are ignored
     * @param clock the clock that gives "now" for HTTP-dates
     * @return the delay, {@link Duration#ZERO} for a date in the past; empty if the value is
     *     absent or malformed (negative numbers, fractions, unknown date forms, impossible dates)
     * @throws NullPointerException if {@code clock} is null
     */
    public static Optional<Duration> parse(@Nullable String value, Clock clock) {
        Checks.notNull(clock, "clock");
        if (value == null) {
            return Optional.empty();
        }
        String v = strip(value);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (isDigits(v, 0, v.length())) {
            return Optional.of(seconds(v));
        }
        Instant now = clock.instant();
        Instant date = parseDate(v, now);
        if (date == null) {
            return Optional.empty();
        }
        Duration d = Duration.between(now, date);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /**
     * The wait an HTTP-date asks for from {@code now}, in nanoseconds, zero for a date in the
     * past, saturated at {@link Long#MAX_VALUE}; -1 if {@code date} is not an HTTP-date. For the
     * policy's list parsing, which reads delay-seconds itself.
     */
    static long dateNanos(String date, Instant now) {
        Instant d = parseDate(date, now);
        if (d == null) {
            return -1;
        }
        return d.isAfter(now) ? PolicyOptions.saturatedNanos(Duration.between(now, d)) : 0;
    }

    /** True for a day name of an HTTP-date, short ({@code Sun}) or long ({@code Sunday}). */
    static boolean isDayName(String s, int from, int to) {
        return index(DAYS, s, from, to) >= 0 || index(LONG_DAYS, s, from, to) >= 0;
    }

    /**
     * Formats a delay as delay-seconds, rounding a partial second up so that a client never comes
     * back early.
     *
     * @param delay the delay, zero or more
     * @return the header value, e.g. {@code "30"}
     * @throws NullPointerException if {@code delay} is null
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public static String format(Duration delay) {
        Checks.notNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("Retry-After delay " + delay
                    + " is negative; it must be zero or more");
        }
        long s = delay.getSeconds();
        if (delay.getNano() > 0 && s < Long.MAX_VALUE) {
            s++;
        }
        return Long.toString(s);
    }

    /**
     * Formats an instant as an IMF-fixdate, e.g. {@code "Sun, 06 Nov 1994 08:49:37 GMT"}; the
     * fraction of a second is dropped.
     *
     * @param instant the instant, in years 1 to 9999
     * @return the header value
     * @throws NullPointerException if {@code instant} is null
     * @throws IllegalArgumentException if {@code instant} is outside years 1 to 9999
     */
    public static String formatDate(Instant instant) {
        Checks.notNull(instant, "instant");
        // Compared as epoch seconds: atZone would throw DateTimeException for Instant.MAX/MIN.
        long s = instant.getEpochSecond();
        if (s < FIRST_HTTP_DATE || s > LAST_HTTP_DATE) {
            throw new IllegalArgumentException("instant " + instant
                    + " is outside years 1..9999, which an HTTP-date cannot express");
        }
        return IMF_FIXDATE.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isOws(value.charAt(start))) {
            start++;
        }
        while (end > start && isOws(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    private static Duration seconds(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        String significant = digits.substring(i);
        if (significant.length() > 18) {
            // 19 digits may exceed Long.MAX_VALUE; anything longer certainly does.
            if (significant.length() > 19
                    || significant.compareTo(Long.toString(Long.MAX_VALUE)) > 0) {
                return MAX_DELAY;
            }
        }
        return Duration.ofSeconds(Long.parseLong(significant));
    }

    private static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the instant of an HTTP-date in any of the three forms, or null if malformed. */
    private static @Nullable Instant parseDate(String v, Instant now) {
        int comma = v.indexOf(',');
        if (comma == 3 && v.length() == 29) {
            // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
            if (index(DAYS, v, 0, 3) < 0 || v.charAt(4) != ' ' || v.charAt(7) != ' '
                    || v.charAt(11) != ' ' || v.charAt(16) != ' ' || !v.endsWith(" GMT")) {
                return null;
            }
            return instant(number(v, 12, 16), index(MONTHS, v, 8, 11), number(v, 5, 7), v, 17);
        }
        if (comma > 3) {
            // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
            if (index(LONG_DAYS, v, 0, comma) < 0) {
                return null;
            }
            int p = comma + 1;
            if (v.length() != p + 23 || v.charAt(p) != ' ' || v.charAt(p + 3) != '-'
                    || v.charAt(p + 7) != '-' || v.charAt(p + 10) != ' '
                    || !v.endsWith(" GMT")) {
                return null;
            }
            int yy = number(v, p + 8, p + 10);
            if (yy < 0) {
                return null;
            }
            // RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is in the past.
            int thisYear = year(now);
            int year = thisYear - Math.floorMod(thisYear, 100) + yy;
            if (year > thisYear + 50) {
                year -= 100;
            }
            return instant(year, index(MONTHS, v, p + 4, p + 7), number(v, p + 1, p + 3), v,
                    p + 11);
        }
        if (comma < 0 && v.length() == 24) {
            // asctime: Sun Nov  6 08:49:37 1994
            if (index(DAYS, v, 0, 3) < 0 || v.charAt(3) != ' ' || v.charAt(7) != ' '
                    || v.charAt(10) != ' ' || v.charAt(19) != ' ') {
                return null;
            }
            int day = v.charAt(8) == ' ' ? number(v, 9, 10) : number(v, 8, 10);
            return instant(number(v, 20, 24), index(MONTHS, v, 4, 7), day, v, 11);
        }
        return null;
    }

    /**
     * The UTC year of an instant, clamped to what {@link java.time.LocalDateTime} can hold, so
     * that a clock at {@link Instant#MAX} or {@link Instant#MIN} cannot make parsing throw.
     */
    private static int year(Instant now) {
        if (now.isAfter(LATEST)) {
            return Year.MAX_VALUE;
        }
        if (now.isBefore(EARLIEST)) {
            return Year.MIN_VALUE;
        }
        return now.atZone(ZoneOffset.UTC).getYear();
    }

    /** Builds the instant from date parts and an {@code HH:mm:ss} at {@code t}; null if invalid. */
    private static @Nullable Instant instant(int year, int monthIndex, int day, String v,
            int t) {
        if (year < 0 || monthIndex < 0 || day < 0 || v.charAt(t + 2) != ':'
                || v.charAt(t + 5) != ':') {
            return null;
        }
        int hour = number(v, t, t + 2);
        int minute = number(v, t + 3, t + 5);
        int second = number(v, t + 6, t + 8);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, monthIndex + 1, day);
            // A leap second (60) is read as the last second of that minute.
            return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, Math.min(second, 59)))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String s, int from, int to) {
        if (!isDigits(s, from, to)) {
            return -1;
        }
        return Integer.parseInt(s, from, to, 10);
    }

    private static int index(String[] names, String s, int from, int to) {
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.length() == to - from && s.startsWith(n, from)) {
                return i;
            }
        }
        return -1;
    }
}
