package io.github.statuscodes.internal;

import java.io.IOException;

/**
 * JSON string literals, shared by the Problem Details writer and the command line; not part of
 * the public API. Stateless and thread-safe.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /**
     * Returns {@code s} as a JSON string literal.
     *
     * @param s the text
     * @return the quoted, escaped literal
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        try {
            string(sb, s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder never throws
        }
        return sb.toString();
    }

    /**
     * Writes a JSON string literal (RFC 8259 §7), HTML- and JavaScript-safe, with control and
     * invisible format characters as {@code \\u} escapes. Characters that need
     * no escape are appended in runs, not one by one: a typical Problem Details body renders
     * about twice as fast (issue #5, BENCHMARKS.md).
     *
     * @param out where to write
     * @param s the text
     * @throws IOException when {@code out} throws
     */
    public static void string(Appendable out, String s) throws IOException {
        out.append('"');
        int n = s.length();
        int run = 0; // start of the pending run of characters written as they are
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                continue;
            }
            if (run < i) {
                out.append(s, run, i);
            }
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            unicode(out, '\ufffd');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        unicode(out, '\ufffd');
                    } else {
                        unicode(out, c);
                    }
            }
            run = i + 1;
        }
        if (run < n) {
            out.append(s, run, n);
        }
        out.append('"');
    }

    /**
     * Whether a character is escaped (C0, DEL, C1, invisible format characters such as the
     * bidirectional overrides, line and paragraph separators: nothing a terminal could act on
     * reaches it raw), or is a surrogate that must be checked for its pair.
     */
    private static boolean needsEscape(char c) {
        if (c < 0x7f) {
            return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&';
        }
        return c <= 0x9f || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static void unicode(Appendable out, char c) throws IOException {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
    }

}
