package io.github.statuscodes.cli;

import java.nio.charset.StandardCharsets;

/**
 * Timestamps on byte ranges of a log line to epoch milliseconds or microseconds, by hand: no
 * regular expression, no String, no {@code java.time}, no exception on junk (each method returns
 * its documented sentinel instead).
 */
final class Timestamps {
    private static final byte[] MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec"
            .getBytes(StandardCharsets.US_ASCII);

    private Timestamps() {
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

    /**
     * The date and time whose fields start at the given indexes ({@code yyyy}, {@code MM},
     * {@code dd}, {@code HH}, {@code mm}, {@code ss}) as UTC epoch milliseconds, or NO_TIME.
     */
    static long dateTime(byte[] b, int y, int mo, int d, int h, int mi, int s) {
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
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
