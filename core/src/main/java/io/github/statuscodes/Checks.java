package io.github.statuscodes;

/** Argument checks shared by the core types; every failure names the argument. */
final class Checks {
    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static String notEmpty(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /** Rejects control characters, which would let a value split a header or a status line. */
    static String noControlCharacters(String value, String name) {
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

    static String outOfRange(int code) {
        return "status code " + code + " is outside 100..999; HTTP status codes have three digits";
    }

    static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        int limit = Math.min(value.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
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
