package io.github.statuscodes.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Endpoints by method and collapsed path: numeric, hex, UUID and long token segments become
 * {@code {id}}, the query string and fragment are dropped, an absolute URL loses its scheme and
 * host. At most {@code cap} endpoints are kept; the rest share one "(other endpoints)" entry, so
 * memory depends on the cap, not on the log. The cap asked for is lowered to what half the heap
 * beyond {@link #RESERVED_BYTES} holds at {@link Endpoint#MAX_BYTES} an endpoint (at least one),
 * so the analysis never runs out of memory.
 * Lookups allocate only for a new endpoint. The table hashes with {@link SipHash} under a key
 * drawn for each run, so paths a client chooses cannot be made to collide. Not thread-safe.
 */
final class Endpoints {
    static final String OTHER = "(other endpoints)";
    static final String NO_REQUEST = "(no request line)";
    private static final int MAX_KEY = 200;
    private static final byte[] ID = "{id}".getBytes(StandardCharsets.US_ASCII);

    /** Heap kept for everything but the endpoints: buffers, code counts, the JVM's own. */
    static final long RESERVED_BYTES = 24L << 20;

    private final int requested;
    private final int cap;
    private final long maxMemory;
    private final long bytesEach;
    private final byte[][] keys;
    private final Endpoint[] values;
    private final int mask;
    private final byte[] scratch = new byte[MAX_KEY + 8];
    private final List<Endpoint> inOrder = new ArrayList<>();
    private Endpoint other;
    private final SipHash hash = SipHash.random();
    /** Slots looked at by {@link #of}, for tests. */
    long probes;

    Endpoints(int requested) {
        this(requested, Runtime.getRuntime().maxMemory());
    }

    Endpoints(int requested, long maxMemory) {
        this(requested, maxMemory, Endpoint.MAX_BYTES);
    }

    /** Endpoints that take up to {@code bytesEach} of heap each (with a timeline, more). */
    Endpoints(int requested, long maxMemory, long bytesEach) {
        this.requested = requested;
        this.cap = Math.min(requested, heapCap(maxMemory, bytesEach));
        this.maxMemory = maxMemory;
        this.bytesEach = bytesEach;
        int size = Integer.highestOneBit(Math.max(16, cap * 2 + 2)) << 1;
        keys = new byte[size][];
        values = new Endpoint[size];
        mask = size - 1;
    }

    /** The endpoint of a parsed line. */
    Endpoint of(byte[] b, LogLine line) {
        int n = key(b, line, scratch);
        long h = hash.hash(scratch, n);
        int slot = (int) (h ^ h >>> 32) & mask;
        while (keys[slot] != null) {
            probes++;
            if (equal(keys[slot], scratch, n)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (inOrder.size() >= cap) {
            if (other == null) {
                other = new Endpoint(OTHER);
            }
            return other;
        }
        Endpoint e = new Endpoint(new String(scratch, 0, n, StandardCharsets.UTF_8));
        keys[slot] = Arrays.copyOf(scratch, n);
        values[slot] = e;
        inOrder.add(e);
        return e;
    }

    /** Every endpoint, the "(other endpoints)" entry last when there is one. */
    List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>(inOrder);
        if (other != null) {
            all.add(other);
        }
        return all;
    }

    int cap() {
        return cap;
    }

    int requested() {
        return requested;
    }

    /** Whether the heap lowered the cap asked for. */
    boolean lowered() {
        return cap < requested;
    }

    /**
     * Why the cap is below the one asked for, as the report says it: the heap the cap was set
     * from, the {@value #RESERVED_BYTES}-byte reserve and an endpoint's worst case.
     */
    String loweredBecause() {
        long reserveMb = RESERVED_BYTES >> 20;
        if ((maxMemory - RESERVED_BYTES) / 2 < bytesEach) {
            return "the heap (" + (maxMemory >> 20) + " MB) leaves no room for endpoints beyond the "
                    + reserveMb + " MB kept for the rest of the analysis";
        }
        return "each endpoint may take up to " + bytesEach / 1024 + " KB, and half of the heap ("
                + (maxMemory >> 20) + " MB) beyond the " + reserveMb + " MB kept for the rest of"
                + " the analysis holds " + LogReport.n(cap);
    }

    /** The most endpoints half of the heap beyond {@link #RESERVED_BYTES} holds (at least 1). */
    static int heapCap(long maxMemory) {
        return heapCap(maxMemory, Endpoint.MAX_BYTES);
    }

    static int heapCap(long maxMemory, long bytesEach) {
        long budget = (maxMemory - RESERVED_BYTES) / 2;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / bytesEach));
    }

    boolean overflowed() {
        return other != null;
    }

    private static boolean equal(byte[] key, byte[] s, int n) {
        if (key.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (key[i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    /** Writes "METHOD /collapsed/path" into {@code out}; returns its length. */
    static int key(byte[] b, LogLine line, byte[] out) {
        int mf = line.methodFrom;
        int mt = line.methodTo;
        if (mt - mf < 1 || mt - mf > 16 || line.targetTo <= line.targetFrom) {
            return copy(NO_REQUEST, out);
        }
        int n = 0;
        for (int i = mf; i < mt; i++) {
            byte c = b[i];
            if (c < 'A' || c > 'Z') {
                return copy(NO_REQUEST, out);
            }
            out[n++] = c;
        }
        out[n++] = ' ';
        b = line.target(b);
        int p = line.targetFrom;
        int to = line.targetTo;
        // An absolute URL (ALB logs, proxies): skip scheme and authority.
        if (b[p] != '/') {
            int s = p;
            while (s + 2 < to && !(b[s] == ':' && b[s + 1] == '/' && b[s + 2] == '/')) {
                s++;
            }
            if (s + 2 < to) {
                s += 3;
                while (s < to && b[s] != '/') {
                    s++;
                }
                p = s;
            }
        }
        int end = p;
        while (end < to && b[end] != '?' && b[end] != '#') {
            end++;
        }
        if (p == end) {
            out[n++] = '/';
            return n;
        }
        int seg = p;
        while (seg < end && n < MAX_KEY) {
            if (b[seg] == '/') {
                out[n++] = '/';
                seg++;
                continue;
            }
            int e = seg;
            while (e < end && b[e] != '/') {
                e++;
            }
            if (isId(b, seg, e)) {
                for (byte c : ID) {
                    out[n++] = c;
                }
            } else {
                for (int i = seg; i < e && n < MAX_KEY; i++) {
                    out[n++] = b[i];
                }
            }
            seg = e;
        }
        return n;
    }

    /**
     * Whether a path segment is an identifier: all digits; or 8+ characters of hex digits and
     * dashes with a digit (hashes, UUIDs); or 20+ characters with a digit (tokens).
     */
    static boolean isId(byte[] b, int from, int to) {
        int len = to - from;
        boolean digit = false;
        boolean allDigits = true;
        boolean hex = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            boolean d = c >= '0' && c <= '9';
            digit |= d;
            allDigits &= d;
            hex &= d || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '-';
        }
        return len > 0 && allDigits || len >= 8 && hex && digit || len >= 20 && digit;
    }

    private static int copy(String s, byte[] out) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return bytes.length;
    }
}
