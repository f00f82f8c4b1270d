package io.github.statuscodes.cli;

/**
 * Text from a log made safe for a terminal: every control character (C0 with NUL and ESC, DEL,
 * C1 with U+009B CSI), every invisible format character (bidirectional overrides, zero-width
 * characters), line and paragraph separators and unpaired surrogates become {@code \xHH} or
 * {@code \}{@code uHHHH}, so no escape sequence from a log reaches the terminal. Stateless.
 */
final class Printable {
    private Printable() {
    }

    /** {@code s} with every character a terminal could act on escaped; never null. */
    static String of(String s) {
        int i = 0;
        while (i < s.length() && safe(s, i)) {
            i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (safe(s, i)) {
                sb.append(c);
                if (Character.isHighSurrogate(c)) {
                    sb.append(s.charAt(++i));
                }
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /**
     * {@code s} in quotes, made safe as {@link #of} does (bidirectional overrides too), cut at 80
     * characters as {@code Checks.quote} cuts: for file names and option values on stderr.
     */
    static String quote(String s) {
        int cut = Math.min(s.length(), 80);
        if (cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never split a pair
        }
        return "\"" + of(s.substring(0, cut)) + (cut < s.length() ? "..." : "") + "\"";
    }

    private static boolean safe(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7f) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    && safeType(Character.getType(s.codePointAt(i)));
        }
        return !Character.isSurrogate(c) && safeType(Character.getType(c));
    }

    private static boolean safeType(int type) {
        return type != Character.CONTROL && type != Character.FORMAT
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }
}
