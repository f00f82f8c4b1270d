package io.github.statuscodes.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searching and number parsing on byte ranges of a log line, by hand: no regular expression,
 * no String, no exception on junk (each parser returns {@link LogLine#NONE} instead). Times are
 * read by {@link Timestamps}.
 */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
    /** Added to a byte's low seven bits, sets the high bit exactly when they are 10 or more. */
    private static final long FROM_10 = (0x80 - 10) * ONES;
    /** Added to a byte's low seven bits, sets the high bit exactly when they are 14 or more. */
    private static final long FROM_14 = (0x80 - 14) * ONES;

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
     * at a time: one test per eight bytes finds every byte from 10 to 13 (LF, CR, and the rare
     * vertical tab or form feed; not the tab, which separates W3C fields), and only such a
     * stretch is looked at byte by byte.
     */
    static int indexOfLineBreak(byte[] b, int from, int to) {
        int i = from;
        while (true) {
            for (; i + 16 <= to; i += 16) {
                if ((lineBreakBits((long) LONGS.get(b, i))
                        | lineBreakBits((long) LONGS.get(b, i + 8))) != 0) {
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

    /** The high bit of each byte of {@code w} that is 10 to 13 (no carry crosses a byte). */
    private static long lineBreakBits(long w) {
        long low = w & LOW7;
        return (low + FROM_10) & ~((low + FROM_14) | w) & HIGHS;
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
     * {@code 0.001 : 0.002} across internal redirects), in milliseconds. An element {@code -}
     * (an upstream that gave no time, as in {@code 0.004, -}) adds nothing; {@link LogLine#NONE}
     * when any element is neither a number nor {@code -}, or when none is a number.
     */
    static long secondsListToMillis(byte[] b, int from, int to) {
        long sum = LogLine.NONE;
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
                if (e - s != 1 || b[s] != '-') {
                    long v = secondsToMillis(b, s, e);
                    if (v == LogLine.NONE) {
                        return LogLine.NONE;
                    }
                    sum = sum == LogLine.NONE ? v : sum + v;
                }
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
}
