package io.github.statuscodes.internal;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by every statuscodes module; not part of the public API.
 *
 * <p>A null argument throws {@link NullPointerException} naming the parameter, as
 * {@link java.util.Objects#requireNonNull(Object, String)} does; a bad value throws
 * {@link IllegalArgumentException} naming the value and what is allowed. The package is exported
 * only to the statuscodes adapter modules.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Returns {@code value}, or throws when it is null.
     *
     * @param <T> the value's type
     * @param value the argument
     * @param name the parameter's name, for the message
     * @return {@code value}
     * @throws NullPointerException naming {@code name} when {@code value} is null
     */
    public static <T> T notNull(@Nullable T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Returns {@code value}, or throws when it is null or empty.
     *
     * @param value the argument
     * @param name the parameter's name, for the message
     * @return {@code value}
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is empty
     */
    public static String notEmpty(@Nullable String value, String name) {
        notNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /**
     * Rejects control characters, which would let a value split a header or a status line. The
     * message names the character and its index, never the value.
     *
     * @param value the argument, not null
     * @param name the parameter's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException naming the character and its index
     */
    public static String noControlCharacters(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw new IllegalArgumentException(name + " contains control character U+"
                        + String.format("%04X", (int) c) + " at index " + i + ": " + quote(value)
                        + "; it must be printable text");
            }
        }
        return value;
    }

    /**
     * Returns whether {@code c} may appear in an HTTP token (RFC 9110 §5.6.2 {@code tchar}): a
     * letter, a digit or one of {@code !#$%&'*+-.^_`|~}. Header names and method names are tokens.
     *
     * @param c the character
     * @return true if {@code c} is a token character
     */
    public static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /**
     * Returns the message for a status number outside 100..999.
     *
     * @param code the number
     * @return the message, naming the number and the range
     */
    public static String outOfRange(int code) {
        return "status code " + code + " is outside 100..999; HTTP status codes have three digits";
    }

    /**
     * Returns {@code value} in quotes, control characters (C0, DEL, C1, line and paragraph
     * separators) escaped, cut at 80 characters. Never
     * use it on a header value, which may be a secret.
     *
     * @param value the text, not null
     * @return the quoted text
     */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        int limit = Math.min(value.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (value.length() > limit) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
