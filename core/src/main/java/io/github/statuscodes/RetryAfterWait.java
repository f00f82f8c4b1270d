package io.github.statuscodes;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Retry-After handling of {@link RetryPolicy}: the wait a response asks for, in nanoseconds.
 * RFC 9110 §10.2.3: Retry-After says how long the client ought to wait; a malformed value is
 * ignored (the policy falls back to its backoff) and a date in the past is zero.
 *
 * <p>Adapters hand over a repeated header as one value, its field lines joined with
 * {@code ", "} (RFC 9110 §5.3), so the value is read as a list of members, each delay-seconds or
 * an HTTP-date (whose own comma, after the day name, does not split it). When every member
 * parses, the longest wait wins: Retry-After is a singleton field, so repeated lines come from
 * layers (an origin and a proxy) in no defined order, and only the longest is early for none of
 * them. A member that does not parse makes the whole value malformed. Empty members are ignored
 * (RFC 9110 §5.6.1). Linear in the value's length; a member equal to the one before is not
 * parsed again, and delay-seconds are read in place, without allocating.
 */
final class RetryAfterWait {
    /** What {@link #nanos} returns for an absent or malformed header. */
    static final long NONE = -1;
    /** Longer than any HTTP-date, with spaces around it: such a member is malformed. */
    private static final int LONGEST_DATE = 64;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private RetryAfterWait() {
    }

    /**
     * The wait the response's {@code Retry-After} asks for, saturated at {@link Long#MAX_VALUE}
     * nanoseconds, or {@link #NONE}.
     */
    static long nanos(Function<String, @Nullable String> headers, Clock clock) {
        return nanos(headers.apply("Retry-After"), clock);
    }

    /** The longest wait of the members of {@code value}, or {@link #NONE}; see the class. */
    static long nanos(@Nullable String value, Clock clock) {
        if (value == null) {
            return NONE;
        }
        Instant now = null;
        long longest = NONE;
        int prevFrom = -1;
        int prevTo = -1;
        long prevNanos = NONE;
        int n = value.length();
        int p = 0;
        while (p <= n) {
            int comma = indexOf(value, ',', p);
            int from = skipOws(value, p, comma);
            int to = trimOws(value, from, comma);
            if (comma < n && RetryAfter.isDayName(value, from, to)) {
                // "Sun, 06 Nov ..." or "Sunday, 06-Nov-94 ...": the date goes on to the next comma.
                comma = indexOf(value, ',', comma + 1);
                to = trimOws(value, from, comma);
            }
            p = comma + 1;
            if (from == to) {
                continue;   // an empty list member
            }
            long member;
            if (prevFrom >= 0 && to - from == prevTo - prevFrom
                    && value.regionMatches(from, value, prevFrom, to - from)) {
                member = prevNanos;
            } else if (isDigit(value.charAt(from))) {
                member = secondsNanos(value, from, to);
            } else if (to - from > LONGEST_DATE) {
                member = NONE;
            } else {
                if (now == null) {
                    now = clock.instant();
                }
                member = RetryAfter.dateNanos(value.substring(from, to), now);
            }
            if (member == NONE) {
                return NONE;
            }
            prevFrom = from;
            prevTo = to;
            prevNanos = member;
            longest = Math.max(longest, member);
        }
        return longest;
    }

    private static int indexOf(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? s.length() : i;
    }

    private static int skipOws(String s, int from, int to) {
        while (from < to && isOws(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimOws(String s, int from, int to) {
        while (to > from && isOws(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Delay-seconds in {@code [from, to)} as nanoseconds, saturated; NONE unless all digits. */
    private static long secondsNanos(String s, int from, int to) {
        long seconds = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return NONE;
            }
            if (seconds <= Long.MAX_VALUE / NANOS_PER_SECOND) {
                seconds = seconds * 10 + (c - '0');
            }
        }
        return seconds > Long.MAX_VALUE / NANOS_PER_SECOND ? Long.MAX_VALUE
                : seconds * NANOS_PER_SECOND;
    }
}
