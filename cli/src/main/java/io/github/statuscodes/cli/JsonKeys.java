package io.github.statuscodes.cli;

import java.nio.charset.StandardCharsets;

/**
 * A compiled, immutable set of dotted key paths for {@link JsonLine#scan}; a key's index is its
 * position in the list. Thread-safe.
 */
final class JsonKeys {
    /** The most keys one set may hold. */
    static final int MAX_KEYS = 64;

    final byte[][] paths;
    /**
     * For each position a path segment starts at, by the segment's first byte: the paths with
     * such a segment there (a bit each), or null where no segment starts. A key whose first byte
     * no path has at its depth is skipped without comparing.
     */
    final long[][] first;

    private JsonKeys(byte[][] paths) {
        this.paths = paths;
        int longest = 0;
        for (byte[] p : paths) {
            longest = Math.max(longest, p.length);
        }
        first = new long[longest][];
        for (int i = 0; i < paths.length; i++) {
            byte[] p = paths[i];
            for (int q = 0; q < p.length; q++) {
                if (q == 0 || p[q - 1] == '.') {
                    if (first[q] == null) {
                        first[q] = new long[256];
                    }
                    first[q][p[q] & 0xff] |= 1L << i;
                }
            }
        }
    }

    int size() {
        return paths.length;
    }

    /**
     * Compiles dotted key paths.
     *
     * @throws NullPointerException naming {@code paths} when it or an element is null
     * @throws IllegalArgumentException naming the path when one is empty, not printable ASCII,
     *     given twice, or when there are more than {@value #MAX_KEYS}
     */
    static JsonKeys of(String... paths) {
        if (paths == null) {
            throw new NullPointerException("paths");
        }
        if (paths.length > MAX_KEYS) {
            throw new IllegalArgumentException("at most " + MAX_KEYS + " keys, not "
                    + paths.length);
        }
        byte[][] compiled = new byte[paths.length][];
        for (int i = 0; i < paths.length; i++) {
            String p = paths[i];
            if (p == null) {
                throw new NullPointerException("paths[" + i + "]");
            }
            if (p.isEmpty() || p.startsWith(".") || p.endsWith(".") || !printable(p)) {
                throw new IllegalArgumentException("key path \"" + p + "\": give printable"
                        + " ASCII names joined by dots, e.g. httpRequest.latency");
            }
            for (int j = 0; j < i; j++) {
                if (paths[j].equals(p)) {
                    throw new IllegalArgumentException("key path \"" + p + "\" given twice");
                }
            }
            compiled[i] = p.getBytes(StandardCharsets.US_ASCII);
        }
        return new JsonKeys(compiled);
    }

    /** Whether {@code s} is printable ASCII without a quote or a backslash. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
