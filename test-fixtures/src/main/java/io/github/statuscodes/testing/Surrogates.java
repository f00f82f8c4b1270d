package io.github.statuscodes.testing;

/** What a text becomes where a lone surrogate cannot be encoded: U+FFFD in its place. */
public final class Surrogates {
    private Surrogates() {
    }

    /** {@code s} with each surrogate that is not part of a pair replaced by U+FFFD. */
    public static String lonesReplaced(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }
}
