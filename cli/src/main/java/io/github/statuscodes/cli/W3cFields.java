package io.github.statuscodes.cli;

import java.util.Arrays;

/**
 * The columns of a W3C extended log ({@code #Fields: date time cs-method ...}): which of the
 * fields a format reads sits in which column. Built from the {@code #Fields:} directive, or from a
 * format's default field list when a file has none. Immutable.
 */
final class W3cFields {
    private static final byte[] FIELDS = "#Fields:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** For each column, the index of its name in the format's list of wanted names, or -1. */
    private final int[] roles;
    /** The field names, in column order. */
    private final String[] names;

    private W3cFields(int[] roles, String[] names) {
        this.roles = roles;
        this.names = names;
    }

    /** The columns of {@code names} (space-separated field names) for the {@code wanted} ones. */
    static W3cFields of(String names, String[] wanted) {
        byte[] b = names.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return fromNames(b, 0, b.length, wanted);
    }

    /** Whether {@code b[from, to)} is a {@code #Fields:} directive. */
    static boolean isFields(byte[] b, int from, int to) {
        return to - from >= FIELDS.length && Bytes.equalsAscii(b, from, from + FIELDS.length,
                "#Fields:");
    }

    /** The columns named by a {@code #Fields:} directive. */
    static W3cFields parse(byte[] b, int from, int to, String[] wanted) {
        return fromNames(b, from + FIELDS.length, to, wanted);
    }

    private static W3cFields fromNames(byte[] b, int from, int to, String[] wanted) {
        int[] roles = new int[16];
        String[] names = new String[16];
        int n = 0;
        int i = from;
        while (i < to) {
            while (i < to && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            if (i == to) {
                break;
            }
            int s = i;
            while (i < to && b[i] != ' ' && b[i] != '\t') {
                i++;
            }
            int role = -1;
            for (int w = 0; w < wanted.length; w++) {
                if (Bytes.equalsAscii(b, s, i, wanted[w])) {
                    role = w;
                }
            }
            if (n == roles.length) {
                roles = Arrays.copyOf(roles, n * 2);
                names = Arrays.copyOf(names, n * 2);
            }
            names[n] = new String(b, s, i - s, java.nio.charset.StandardCharsets.ISO_8859_1);
            roles[n++] = role;
        }
        return new W3cFields(Arrays.copyOf(roles, n), Arrays.copyOf(names, n));
    }

    /** Whether a field name starts with {@code prefix}. */
    boolean hasPrefix(String prefix) {
        for (String name : names) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** How many columns a record has. */
    int columns() {
        return roles.length;
    }

    /** What column {@code c} holds: an index into the wanted names, or -1. */
    int role(int c) {
        return c < roles.length ? roles[c] : -1;
    }

    /** Whether the wanted name at {@code role} is one of the columns. */
    boolean has(int role) {
        for (int r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 2019-12-04} and {@code 21:02:31} (UTC, as W3C logs write them) to epoch milliseconds,
     * or {@link LogLine#NO_TIME}.
     */
    static long millis(byte[] b, int dateFrom, int dateTo, int timeFrom, int timeTo) {
        if (dateFrom < 0 || timeFrom < 0 || dateTo - dateFrom != 10 || timeTo - timeFrom < 8
                || b[dateFrom + 4] != '-' || b[dateFrom + 7] != '-' || b[timeFrom + 2] != ':'
                || b[timeFrom + 5] != ':') {
            return LogLine.NO_TIME;
        }
        return Timestamps.dateTime(b, dateFrom, dateFrom + 5, dateFrom + 8, timeFrom,
                timeFrom + 3, timeFrom + 6);
    }
}
