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
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
