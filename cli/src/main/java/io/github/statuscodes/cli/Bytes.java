package io.github.statuscodes.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Number and time parsing on byte ranges of a log line, by hand: no regular expression, no
 * String, no exception on junk (each method returns {@link LogLine#NONE} instead).
 */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    /** Added to a byte's low seven bits, sets the high bit exactly when they are 14 or more. */
    private static final long BELOW_14 = (0x80 - 14) * ONES;

    private Bytes() {
    }

    /**
     * The index of the first {@code value} in {@code b[from, to)}, or -1. Eight bytes at a time
     * (the "has zero byte" bit trick on a long): the line splitter and the log-format parser spend
     * most of their time here.
     */
    static int indexOf(byte[] b, int from, int to, byte value) {
        long pattern = (value & 0xffL) * ONES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first line break, LF or CR, in {@code b[from, to)}, or -1. Sixteen bytes
     * at a time: one test per eight bytes finds every byte below 14 (LF, CR, and the rare tab or
     * other control byte), and only such a stretch is looked at byte by byte.
     */
    static int indexOfLineBreak(byte[] b, int from, int to) {
        int i = from;
        while (true) {
            for (; i + 16 <= to; i += 16) {
                long w0 = (long) LONGS.get(b, i);
                long w1 = (long) LONGS.get(b, i + 8);
                long low = ~(((w0 & LOW7) + BELOW_14) | w0) | ~(((w1 & LOW7) + BELOW_14) | w1);
                if ((low & HIGHS) != 0) {
                    break;
                }
            }
            int end = Math.min(i + 16, to);
            for (; i < end; i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    return i;
                }
            }
            if (i >= to) {
                return -1;
            }
        }
    }

    /** Whether {@code b[from, to)} is exactly the ASCII string {@code s}. */
    static boolean equalsAscii(byte[] b, int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A whole non-negative number of up to 12 digits ({@code 123}), or {@link LogLine#NONE}. */
    static long wholeNumber(byte[] b, int from, int to) {
        if (to <= from || to - from > 12) {
            return LogLine.NONE;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return LogLine.NONE;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A three-digit status code 100..999, or {@link LogLine#NONE}. */
    static int status(byte[] b, int from, int to) {
        if (to - from != 3) {
            return LogLine.NONE;
        }
        int d0 = b[from] - '0';
        int d1 = b[from + 1] - '0';
        int d2 = b[from + 2] - '0';
        if (d0 < 1 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
            return LogLine.NONE;
        }
        return d0 * 100 + d1 * 10 + d2;
    }

    /**
     * Seconds with an optional fraction ({@code 10.003}, {@code 0.5}, {@code 12}) to whole
     * milliseconds (digits past the third are dropped), or {@link LogLine#NONE} for anything else,
     * including {@code -} and {@code -1}. Values above about 30 years are rejected.
     */
    static long secondsToMillis(byte[] b, int from, int to) {
        if (from >= to) {
            return LogLine.NONE;
        }
        long whole = 0;
        int i = from;
        for (; i < to && b[i] != '.'; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || i - from >= 9) {
                return LogLine.NONE;
            }
            whole = whole * 10 + d;
        }
        if (i == from) {
            return LogLine.NONE;
        }
        long millis = whole * 1000;
        if (i < to) { // a '.'
            i++;
            if (i == to) {
                return LogLine.NONE;
            }
            int scale = 100;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return LogLine.NONE;
                }
                millis += d * scale;
                scale /= 10;
            }
        }
        return millis;
    }

    /**
     * The sum of a comma-separated list of seconds, as nginx logs
     * {@code $upstream_response_time} when it tried several upstreams ({@code 0.500, 1.002}, or
     * {@code 0.001 : 0.002} across internal redirects), in milliseconds; {@link LogLine#NONE}
     * when any element is not a number.
     */
    static long secondsListToMillis(byte[] b, int from, int to) {
        long sum = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == ',' || b[i] == ':') {
                int s = start;
                int e = i;
                while (s < e && b[s] == ' ') {
                    s++;
                }
                while (e > s && b[e - 1] == ' ') {
                    e--;
                }
                long v = secondsToMillis(b, s, e);
                if (v == LogLine.NONE) {
                    return LogLine.NONE;
                }
                sum += v;
                start = i + 1;
            }
        }
        return sum;
    }

    /**
     * The last status of a list such as nginx's {@code $upstream_status} ({@code 502, 200}): the
     * code of the upstream that answered last; 0 for {@code -} or a list ending in {@code -}
     * (no upstream response), {@link LogLine#NONE} for junk.
     */
    static int lastStatus(byte[] b, int from, int to) {
        int e = to;
        while (e > from && b[e - 1] == ' ') {
            e--;
        }
        int s = e;
        while (s > from && b[s - 1] != ' ' && b[s - 1] != ',' && b[s - 1] != ':') {
            s--;
        }
        if (e - s == 1 && b[s] == '-') {
            return 0;
        }
        return status(b, s, e);
    }

    /**
     * An ISO 8601 UTC timestamp as AWS writes it ({@code 2018-07-02T22:23:00.186641Z}) to
     * microseconds since the epoch, or {@link Long#MIN_VALUE} for anything else.
     */
    static long isoMicros(byte[] b, int from, int to) {
        if (to - from < 20 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T'
                || b[from + 13] != ':' || b[from + 16] != ':' || b[to - 1] != 'Z') {
            return Long.MIN_VALUE;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return Long.MIN_VALUE;
        }
        long micros = 0;
        int i = from + 19;
        if (i < to - 1) {
            if (b[i] != '.') {
                return Long.MIN_VALUE;
            }
            int scale = 100_000;
            for (i++; i < to - 1; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return Long.MIN_VALUE;
                }
                micros += d * scale;
                scale /= 10;
            }
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micros;
    }

    /**
     * A non-negative decimal number ({@code 12}, {@code 0.0123}, {@code 1.5e-05}, as JSON and
     * Go's float formatting write it) times {@code 10^shift}, truncated to a long: with shift 3,
     * seconds to milliseconds; with -6, nanoseconds to milliseconds. {@link LogLine#NONE} for
     * anything else (a sign, {@code -}, junk, an overflow).
     */
    static long decimal(byte[] b, int from, int to, int shift) {
        long mantissa = 0;
        int exp10 = shift;
        int i = from;
        boolean digit = false;
        boolean point = false;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                digit = true;
                if (mantissa <= (Long.MAX_VALUE - d) / 10) {
                    mantissa = mantissa * 10 + d;
                    if (point) {
                        exp10--;
                    }
                } else if (!point) {
                    exp10++; // too many digits: keep the magnitude, drop the precision
                }
            } else if (b[i] == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!digit || point && b[i - 1] == '.') {
            return LogLine.NONE;
        }
        if (i < to) {
            if (b[i] != 'e' && b[i] != 'E') {
                return LogLine.NONE;
            }
            i++;
            boolean negative = i < to && b[i] == '-';
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                i++;
            }
            if (i == to || to - i > 3) {
                return LogLine.NONE;
            }
            int e = 0;
            for (; i < to; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return LogLine.NONE;
                }
                e = e * 10 + d;
            }
            exp10 += negative ? -e : e;
        }
        if (mantissa == 0) {
            return 0;
        }
        for (; exp10 < 0; exp10++) {
            mantissa /= 10;
            if (mantissa == 0) {
                return 0;
            }
        }
        for (; exp10 > 0; exp10--) {
            if (mantissa > Long.MAX_VALUE / 10) {
                return LogLine.NONE;
            }
            mantissa *= 10;
        }
        return mantissa;
    }

    /**
     * An ISO 8601 date and time ({@code 2026-12-01T10:00:00+01:00}, {@code ...T09:00:00.123Z},
     * {@code ...+0100}; a space for the {@code T}; no offset means UTC) to epoch milliseconds, or
     * {@link LogLine#NO_TIME}.
     */
    static long isoMillis(byte[] b, int from, int to) {
        if (to - from < 19 || b[from + 4] != '-' || b[from + 7] != '-'
                || b[from + 10] != 'T' && b[from + 10] != ' ' || b[from + 13] != ':'
                || b[from + 16] != ':') {
            return LogLine.NO_TIME;
        }
        long millis = dateTime(b, from, from + 5, from + 8, from + 11, from + 14, from + 17);
        if (millis == LogLine.NO_TIME) {
            return LogLine.NO_TIME;
        }
        int i = from + 19;
        if (i < to && b[i] == '.') {
            int scale = 100;
            for (i++; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
                millis += (b[i] - '0') * scale;
                scale /= 10;
            }
        }
        long offset = offsetMillis(b, i, to);
        return offset == LogLine.NO_TIME ? LogLine.NO_TIME : millis - offset;
    }

    private static final byte[] MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * nginx's {@code $time_local} and the common log format's time
     * ({@code 01/Dec/2026:10:00:00 +0100}) to epoch milliseconds, or {@link LogLine#NO_TIME}.
     */
    static long clfMillis(byte[] b, int from, int to) {
        if (to - from != 26 || b[from + 20] != ' ') {
            return LogLine.NO_TIME;
        }
        long wall = clfWallMillis(b, from);
        long offset = wall == LogLine.NO_TIME ? LogLine.NO_TIME
                : offsetMillis(b, from + 21, to);
        return offset == LogLine.NO_TIME ? LogLine.NO_TIME : wall - offset;
    }

    /**
     * HAProxy's accept date {@code 06/Feb/2009:12:14:14.655} (no zone: the wall time is read as
     * UTC) to epoch milliseconds, or {@link LogLine#NO_TIME}.
     */
    static long clfLocalMillis(byte[] b, int from, int to) {
        if (to - from != 24 || b[from + 20] != '.') {
            return LogLine.NO_TIME;
        }
        long wall = clfWallMillis(b, from);
        int millis = digits(b, from + 21, 3);
        return wall == LogLine.NO_TIME || millis < 0 ? LogLine.NO_TIME : wall + millis;
    }

    /** {@code dd/Mon/yyyy:HH:mm:ss} at {@code from} (20 bytes there) as UTC, or NO_TIME. */
    private static long clfWallMillis(byte[] b, int from) {
        if (b[from + 2] != '/' || b[from + 6] != '/' || b[from + 11] != ':'
                || b[from + 14] != ':' || b[from + 17] != ':') {
            return LogLine.NO_TIME;
        }
        int month = 0;
        for (int m = 0; m < 12 && month == 0; m++) {
            if (b[from + 3] == MONTHS[3 * m] && b[from + 4] == MONTHS[3 * m + 1]
                    && b[from + 5] == MONTHS[3 * m + 2]) {
                month = m + 1;
            }
        }
        int year = digits(b, from + 7, 4);
        int day = digits(b, from, 2);
        int hour = digits(b, from + 12, 2);
        int minute = digits(b, from + 15, 2);
        int second = digits(b, from + 18, 2);
        if (month == 0 || !valid(year, month, day, hour, minute, second)) {
            return LogLine.NO_TIME;
        }
        return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000L
                + second * 1000L;
    }

    private static long dateTime(byte[] b, int y, int mo, int d, int h, int mi, int s) {
        int year = digits(b, y, 4);
        int month = digits(b, mo, 2);
        int day = digits(b, d, 2);
        int hour = digits(b, h, 2);
        int minute = digits(b, mi, 2);
        int second = digits(b, s, 2);
        if (!valid(year, month, day, hour, minute, second)) {
            return LogLine.NO_TIME;
        }
        return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000L
                + second * 1000L;
    }

    private static boolean valid(int year, int month, int day, int hour, int minute, int second) {
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0
                && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
    }

    /** {@code Z}, nothing, {@code +hh:mm} or {@code +hhmm} (or -) to millis; NO_TIME else. */
    private static long offsetMillis(byte[] b, int from, int to) {
        if (from == to || to - from == 1 && b[from] == 'Z') {
            return 0;
        }
        if (b[from] != '+' && b[from] != '-') {
            return LogLine.NO_TIME;
        }
        int hours = to - from >= 3 ? digits(b, from + 1, 2) : -1;
        int minutes = to - from == 5 ? digits(b, from + 3, 2)
                : to - from == 6 && b[from + 3] == ':' ? digits(b, from + 4, 2) : -1;
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
            return LogLine.NO_TIME;
        }
        long m = (hours * 60L + minutes) * 60_000L;
        return b[from] == '-' ? -m : m;
    }

    private static int digits(byte[] b, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
