package io.github.statuscodes.internal;

import org.jspecify.annotations.Nullable;

/**
 * Case-insensitive comparison by ASCII rules only, as HTTP header names and the tokens in header
 * values are compared (RFC 9110 §5.1). {@link String#equalsIgnoreCase} also folds other
 * characters, so that {@code "ſerver"} (U+017F, LATIN SMALL LETTER LONG S) equals
 * {@code "Server"}, which would let a header nobody sent stand in for one that was. Not an API:
 * exported only to the adapter modules. Stateless and thread-safe.
 */
public final class Ascii {
    private Ascii() {
    }

    /**
     * Returns whether two strings are equal when only ASCII letters are folded to lower case.
     *
     * @param a a string, or null
     * @param b another string, or null
     * @return true if both are null, or both have the same length and equal characters after
     *     folding {@code A-Z} to {@code a-z}
     */
    public static boolean equalsIgnoreCase(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.length() == b.length() && regionMatchesIgnoreCase(a, 0, b);
    }

    /**
     * Returns whether {@code part} occurs in {@code s} at {@code offset}, folding ASCII letters
     * only.
     *
     * @param s the string to look in
     * @param offset where {@code part} should start
     * @param part the text to look for
     * @return true if {@code s} holds {@code part} at {@code offset}
     */
    public static boolean regionMatchesIgnoreCase(String s, int offset, String part) {
        if (offset < 0 || offset > s.length() - part.length()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (lower(s.charAt(offset + i)) != lower(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether {@code s} starts with {@code prefix}, folding ASCII letters only.
     *
     * @param s the string
     * @param prefix the prefix
     * @return true if {@code s} starts with {@code prefix}
     */
    public static boolean startsWithIgnoreCase(String s, String prefix) {
        return regionMatchesIgnoreCase(s, 0, prefix);
    }

    /**
     * Returns whether {@code part} occurs anywhere in {@code s}, folding ASCII letters only.
     *
     * @param s the string
     * @param part the text to look for
     * @return true if {@code s} contains {@code part}
     */
    public static boolean containsIgnoreCase(String s, String part) {
        for (int i = 0, last = s.length() - part.length(); i <= last; i++) {
            if (regionMatchesIgnoreCase(s, i, part)) {
                return true;
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
