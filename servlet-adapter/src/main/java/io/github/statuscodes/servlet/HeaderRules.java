package io.github.statuscodes.servlet;

import io.github.statuscodes.internal.Checks;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The rules for a header that {@link StatusResponse} sends: a token name, not one it sets
 * itself, and a value no control character can split. Messages name the header and the offending
 * character's index, never the value (any header may carry a secret: X-Api-Key, tokens).
 */
final class HeaderRules {
    /** Set by StatusResponse itself. */
    private static final Set<String> RESERVED = Set.of("content-type", "content-length",
            "transfer-encoding", "content-encoding", "retry-after");

    private HeaderRules() {
    }

    /**
     * Checks a header that the application adds.
     *
     * @throws NullPointerException if the name or value is null
     * @throws IllegalArgumentException if the name or value is malformed, or the name reserved
     */
    static void check(String name, String value) {
        Checks.notNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("header name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Checks.isTokenChar(c)) {
                throw new IllegalArgumentException("header name " + Checks.quote(name)
                        + " has " + describe(c) + " at index " + i
                        + "; use letters, digits and !#$%&'*+-.^_`|~");
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower)) {
            throw new IllegalArgumentException("header " + name + " is set by StatusResponse"
                    + (lower.equals("retry-after") ? "; use retryAfter(...)" : "")
                    + "; leave it out");
        }
        Checks.notNull(value, "value");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isFieldValueChar(c)) {
                throw new IllegalArgumentException("value of header " + name + " has "
                        + describe(c) + " at index " + i + "; "
                        + (c > 0xff ? "only Latin-1 text is allowed"
                                : "control characters could split the response"));
            }
        }
    }

    /**
     * Visible ASCII, space, tab and Latin-1 text (RFC 9110 §5.5 field-vchar and obs-text);
     * no C0 or C1 control character and no DEL.
     */
    static boolean isFieldValueChar(char c) {
        return c == '\t' || c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff;
    }

    /** Whether {@code names} holds {@code name}, ignoring case. */
    static boolean containsIgnoreCase(Collection<String> names, String name) {
        for (String h : names) {
            if (h.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(char c) {
        switch (c) {
            case '\r':
                return "CR";
            case '\n':
                return "LF";
            default:
                return String.format("U+%04X", (int) c);
        }
    }
}
