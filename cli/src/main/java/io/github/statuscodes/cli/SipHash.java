package io.github.statuscodes.cli;

/**
 * SipHash-2-4 (Aumasson and Bernstein, https://www.aumasson.jp/siphash/siphash.pdf) of bytes,
 * under a 128-bit key: a hash a party who does not know the key cannot make collide, for hash
 * tables whose keys come from a log. Immutable and thread-safe.
 */
final class SipHash {
    private final long k0;
    private final long k1;

    SipHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /**
     * A new key each run, from {@link java.util.concurrent.ThreadLocalRandom} mixed with
     * {@link System#nanoTime()}. The key only has to be unknown to whoever wrote the log, before
     * the run: a log is written ahead of time and its author sees neither the key nor the table's
     * timing, so a seed from the clocks is enough. {@code SecureRandom} would load the security
     * providers at start-up for no gain here.
     */
    static SipHash random() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long t = System.nanoTime() * 0x9e3779b97f4a7c15L;
        return new SipHash(r.nextLong() ^ t, r.nextLong() ^ Long.rotateLeft(t, 32));
    }

    /** The hash of {@code b[0, n)}. */
    long hash(byte[] b, int n) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int whole = n & ~7;
        for (int i = 0; i < whole; i += 8) {
            long m = 0;
            for (int j = 7; j >= 0; j--) {
                m = m << 8 | (b[i + j] & 0xffL);
            }
            v3 ^= m;
            for (int r = 0; r < 2; r++) {
                v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
                v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
                v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
                v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        long m = (long) (n & 0xff) << 56;
        for (int j = n - 1; j >= whole; j--) {
            m |= (b[j] & 0xffL) << (8 * (j - whole));
        }
        v3 ^= m;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v0 ^= m;
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }
}
