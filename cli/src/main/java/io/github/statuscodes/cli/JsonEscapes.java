package io.github.statuscodes.cli;

/**
 * Decodes the escapes of a JSON string's raw content ({@code \/}, {@code \"}, {@code \n},
 * {@code \}{@code u00e9}, surrogate pairs) into UTF-8 bytes, for {@link JsonLine#target}.
 * Stateless.
 */
final class JsonEscapes {
    private JsonEscapes() {
    }

    /** Decodes the JSON string content {@code b[from, to)} into {@code out}; returns its length. */
    static int unescape(byte[] b, int from, int to, byte[] out) {
        int n = 0;
        int p = from;
        while (p < to) {
            byte c = b[p];
            if (c != '\\' || p + 1 == to) {
                out[n++] = c;
                p++;
                continue;
            }
            byte e = b[p + 1];
            int simple = e == '/' || e == '"' || e == '\\' ? e : e == 'b' ? '\b'
                    : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : -1;
            if (simple >= 0) {
                out[n++] = (byte) simple;
                p += 2;
                continue;
            }
            int u = e == 'u' ? hex4(b, p + 2, to) : -1;
            if (u < 0) {
                out[n++] = c; // not an escape JSON knows: kept as written
                p++;
                continue;
            }
            p += 6;
            if (u >= 0xD800 && u <= 0xDBFF && p + 1 < to && b[p] == '\\' && b[p + 1] == 'u') {
                int low = hex4(b, p + 2, to);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (u >= 0xD800 && u <= 0xDFFF) {
                u = 0xFFFD; // a lone surrogate
            }
            n = utf8(u, out, n);
        }
        return n;
    }

    private static int hex4(byte[] b, int p, int to) {
        if (p + 4 > to) {
            return -1;
        }
        int v = 0;
        for (int i = p; i < p + 4; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static int utf8(int u, byte[] out, int n) {
        if (u < 0x80) {
            out[n++] = (byte) u;
        } else if (u < 0x800) {
            out[n++] = (byte) (0xC0 | u >> 6);
            out[n++] = (byte) (0x80 | u & 0x3F);
        } else if (u < 0x10000) {
            out[n++] = (byte) (0xE0 | u >> 12);
            out[n++] = (byte) (0x80 | u >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | u & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | u >> 18);
            out[n++] = (byte) (0x80 | u >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | u >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | u & 0x3F);
        }
        return n;
    }
}
