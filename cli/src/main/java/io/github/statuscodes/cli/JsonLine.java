package io.github.statuscodes.cli;

/**
 * Reads the values of a few keys from one JSON object on one line, in one pass and without
 * allocating: the JSON log formats' parser. A key is a dotted path ({@code httpRequest.latency}
 * is the member {@code latency} of the top-level object {@code httpRequest}; a member literally
 * named {@code a.b} matches the path too). Values are byte ranges into the line: a string's
 * range holds its raw content without the quotes (escapes are not decoded, so
 * {@link #is(int, String)} never matches a value written with escapes; {@link #target} decodes
 * them for the request target, into a reused buffer). Junk never throws:
 * {@link #scan} returns false and the rest reads as "not found". One instance per
 * {@link LogLine}, reused line after line; not thread-safe.
 *
 * <pre>{@code
 * static final JsonKeys KEYS = JsonKeys.of("response_code", "response_flags");
 * JsonLine j = line.json;
 * if (!j.scan(b, from, to, KEYS)) return false;
 * line.status = j.status(0);
 * line.clientGaveUp = j.is(1, "DC");
 * }</pre>
 */
final class JsonLine {
    private static final int STOP = -2;

    private final int[] from = new int[JsonKeys.MAX_KEYS];
    private final int[] to = new int[JsonKeys.MAX_KEYS];
    private final boolean[] string = new boolean[JsonKeys.MAX_KEYS];
    private byte[] b;
    /** Decoded request targets ({@link #target}), reused line after line. */
    private byte[] decoded = new byte[256];
    private byte[][] paths;
    private long[][] first;
    private long missing;

    /**
     * Finds the values of {@code keys} in the JSON object {@code b[from, to)}. Returns false when
     * the bytes are not one JSON object (what was found before the junk stays readable), true
     * otherwise; stops reading as soon as every key is found. Never throws.
     */
    boolean scan(byte[] b, int from, int to, JsonKeys keys) {
        this.b = b;
        this.paths = keys.paths;
        this.first = keys.first;
        int n = paths.length;
        for (int i = 0; i < n; i++) {
            this.from[i] = LogLine.NONE;
            this.to[i] = LogLine.NONE;
            this.string[i] = false;
        }
        missing = n == 64 ? -1L : (1L << n) - 1;
        if (from < 0 || to > b.length || from >= to) {
            return false;
        }
        int p = ws(from, to);
        if (p >= to || b[p] != '{') {
            return false;
        }
        int end = object(p, to, missing, 0);
        return end == STOP || end >= 0 && ws(end, to) == to;
    }

    /** Whether key {@code k} was found. */
    boolean has(int k) {
        return from[k] >= 0;
    }

    /** Whether key {@code k} was found with a string value. */
    boolean isString(int k) {
        return string[k];
    }

    /** The start of key {@code k}'s value (a string's content), or {@link LogLine#NONE}. */
    int from(int k) {
        return from[k];
    }

    /** The end of key {@code k}'s value (a string's content), or {@link LogLine#NONE}. */
    int to(int k) {
        return to[k];
    }

    /**
     * Sets {@code line}'s target to key {@code k}'s string. Raw content without a backslash is
     * the target as it is; otherwise its escapes ({@code \/}, {@code \"}, {@code \\},
     * {@code \n}, {@code \}{@code u00e9}, ...) are decoded into this reader's buffer, reused
     * line after line, and {@link LogLine#targetBytes} points to it. An escape that is not valid
     * JSON is kept as written.
     */
    void target(int k, LogLine line) {
        int f = from[k];
        int t = to[k];
        if (!string[k]) {
            return;
        }
        int p = f;
        while (p < t && b[p] != '\\') {
            p++;
        }
        if (p == t) {
            line.targetFrom = f;
            line.targetTo = t;
            return;
        }
        if (decoded.length < t - f) {
            decoded = new byte[Math.max(t - f, decoded.length * 2)];
        }
        line.targetBytes = decoded;
        line.targetFrom = 0;
        line.targetTo = JsonEscapes.unescape(b, f, t, decoded);
    }

    /** Whether key {@code k} is a string whose raw content is exactly {@code ascii}. */
    boolean is(int k, String ascii) {
        int f = from[k];
        if (!string[k] || to[k] - f != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[f + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Key {@code k} as a status 100..999 (a number or a string of one), or NONE. */
    int status(int k) {
        return has(k) ? Bytes.status(b, from[k], to[k]) : LogLine.NONE;
    }

    /**
     * Key {@code k} as a non-negative decimal (a number or a string of one) times
     * {@code 10^shift}, truncated; {@link LogLine#NONE} when absent or not such a number. See
     * {@link Bytes#decimal}.
     */
    long decimal(int k, int shift) {
        return has(k) ? Bytes.decimal(b, from[k], to[k], shift) : LogLine.NONE;
    }

    /**
     * Key {@code k} as seconds ({@code 0.25}, or {@code "0.25s"} as Google's JSON writes a
     * duration) in whole milliseconds, or {@link LogLine#NONE}.
     */
    long secondsToMillis(int k) {
        if (!has(k)) {
            return LogLine.NONE;
        }
        int t = to[k];
        if (string[k] && t > from[k] && b[t - 1] == 's') {
            t--;
        }
        return Bytes.decimal(b, from[k], t, 3);
    }

    /** Key {@code k} as an ISO 8601 time in epoch millis, or {@link LogLine#NO_TIME}. */
    long isoMillis(int k) {
        return has(k) ? Timestamps.isoMillis(b, from[k], to[k]) : LogLine.NO_TIME;
    }

    /**
     * Reads the object at {@code b[p] == '{'}, recording the keys in {@code live} (those whose
     * path continues below {@code prefix} bytes); returns the index after its '}', -1 on junk, or
     * STOP once every key is found. Recursion only follows key paths, so its depth is bounded by
     * their number of dots.
     */
    private int object(int p, int to, long live, int prefix) {
        byte[] b = this.b;
        long[] byFirst = prefix < first.length ? first[prefix] : null;
        p = ws(p + 1, to);
        if (p < to && b[p] == '}') {
            return p + 1;
        }
        while (true) {
            if (p >= to || b[p] != '"') {
                return -1;
            }
            int keyFrom = p + 1;
            int keyEnd = stringEnd(p, to);
            if (keyEnd < 0) {
                return -1;
            }
            int keyTo = keyEnd - 1;
            p = keyEnd < to && b[keyEnd] == ':' ? keyEnd : ws(keyEnd, to);
            if (p >= to || b[p] != ':') {
                return -1;
            }
            p++;
            if (p < to && b[p] <= ' ') {
                p = ws(p, to);
            }
            if (p >= to) {
                return -1;
            }
            int match = -1;
            long inner = 0;
            long m = byFirst == null || keyFrom == keyTo ? 0
                    : live & missing & byFirst[b[keyFrom] & 0xff];
            for (; m != 0; m &= m - 1) {
                int i = Long.numberOfTrailingZeros(m);
                int r = relation(paths[i], prefix, keyFrom, keyTo);
                if (r == 1 && match < 0) {
                    match = i;
                } else if (r == 2) {
                    inner |= 1L << i;
                }
            }
            int valueFrom = p;
            int valueEnd;
            if (inner != 0 && b[p] == '{') {
                valueEnd = object(p, to, inner, prefix + keyTo - keyFrom + 1);
                if (valueEnd == STOP) {
                    return STOP;
                }
            } else {
                valueEnd = skipValue(p, to);
            }
            if (valueEnd < 0) {
                return -1;
            }
            if (match >= 0) {
                boolean s = b[valueFrom] == '"';
                this.from[match] = s ? valueFrom + 1 : valueFrom;
                this.to[match] = s ? valueEnd - 1 : valueEnd;
                this.string[match] = s;
                missing &= ~(1L << match);
                if (missing == 0) {
                    return STOP;
                }
            }
            p = valueEnd < to && b[valueEnd] == ',' ? valueEnd : ws(valueEnd, to);
            if (p >= to) {
                return -1;
            }
            if (b[p] == '}') {
                return p + 1;
            }
            if (b[p] != ',') {
                return -1;
            }
            p++;
            if (p < to && b[p] <= ' ') {
                p = ws(p, to);
            }
        }
    }

    /**
     * 1 when {@code path} from {@code prefix} on is the key, 2 when it is the key and a dot and
     * more (the value is an object to look into), 0 otherwise.
     */
    private int relation(byte[] path, int prefix, int keyFrom, int keyTo) {
        int n = keyTo - keyFrom;
        int rest = path.length - prefix;
        // the length first: most keys are not wanted, and their length tells it without a loop
        if (rest < n || rest > n && path[prefix + n] != '.' || n > 0 && path[prefix] != b[keyFrom]) {
            return 0;
        }
        for (int i = 1; i < n; i++) {
            if (path[prefix + i] != b[keyFrom + i]) {
                return 0;
            }
        }
        if (path.length - prefix == n) {
            return 1;
        }
        return path[prefix + n] == '.' ? 2 : 0;
    }

    /** The index after the closing quote of the string at {@code b[p] == '"'}, or -1. */
    private int stringEnd(int p, int to) {
        int i = p + 1;
        while (true) {
            int q = Bytes.indexOf(b, i, to, (byte) '"');
            if (q < 0) {
                return -1;
            }
            int s = q - 1;
            while (s > p && b[s] == '\\') {
                s--;
            }
            if (((q - 1 - s) & 1) == 0) {
                return q + 1;
            }
            i = q + 1;
        }
    }

    /** The index after the value at {@code p}, or -1 when there is none. */
    private int skipValue(int p, int to) {
        byte c = b[p];
        if (c == '"') {
            return stringEnd(p, to);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int i = p; i < to; i++) {
                byte x = b[i];
                if (x == '"') {
                    i = stringEnd(i, to);
                    if (i < 0) {
                        return -1;
                    }
                    i--;
                } else if (x == '{' || x == '[') {
                    depth++;
                } else if ((x == '}' || x == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return -1;
        }
        int i = p;
        while (i < to) {
            byte x = b[i];
            if (x == ',' || x == '}' || x == ']' || x == ' ' || x == '\t' || x == '\r'
                    || x == '\n') {
                break;
            }
            if (x == '"' || x == '{' || x == '[' || x == ':') {
                return -1;
            }
            i++;
        }
        return i == p ? -1 : i;
    }

    private int ws(int p, int to) {
        while (p < to && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n')) {
            p++;
        }
        return p;
    }
}
