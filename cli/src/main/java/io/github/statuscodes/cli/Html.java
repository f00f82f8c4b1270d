package io.github.statuscodes.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Escaping for the HTML report, where everything from a log (paths, hosts, file names) is
 * attacker-controlled: text and attribute values (in HTML and in inline SVG, which the HTML
 * parser reads by the same rules), JSON inside a {@code <script>} block, and the hash a
 * Content-Security-Policy gives the report's own script. Stateless.
 */
final class Html {
    private Html() {
    }

    /**
     * {@code s} as HTML or SVG text: {@link Printable} first (control, invisible and
     * bidirectional characters and unpaired surrogates become visible escapes), then
     * {@code & < > " '} as character references, so no tag, comment or attribute can start.
     */
    static String text(String s) {
        String p = Printable.of(s);
        StringBuilder sb = null;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            String r = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;"
                    : c == '"' ? "&quot;" : c == '\'' ? "&#39;" : null;
            if (r != null && sb == null) {
                sb = new StringBuilder(p.length() + 16).append(p, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? p : sb.toString();
    }

    /** {@code s} as a double- or single-quoted attribute value: the same escapes as text. */
    static String attr(String s) {
        return text(s);
    }

    /**
     * JSON text made safe inside {@code <script type="application/json">}: {@code < > &} and
     * U+2028, U+2029 become {@code \}{@code uXXXX} escapes. In JSON these characters occur only
     * inside strings, where the escape means the same character, so the JSON parses to the same
     * value, and {@code </script>} or {@code <!--} cannot end or change the block.
     */
    static String scriptJson(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The CSP source that allows exactly {@code script}: {@code 'sha256-<base64>'}. */
    static String cspHash(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
