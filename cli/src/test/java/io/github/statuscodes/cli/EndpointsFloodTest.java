package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The endpoint table against paths built to collide under a fixed hash. */
class EndpointsFloodTest {
    /** Paths of "Aa" and "BB" blocks: every one has the same {@code String.hashCode}-style hash. */
    static String colliding(int i, int blocks) {
        StringBuilder sb = new StringBuilder("/");
        for (int k = 0; k < blocks; k++) {
            sb.append((i >> k & 1) == 0 ? "Aa" : "BB");
        }
        return sb.toString();
    }

    private static Endpoint lookUp(Endpoints endpoints, String path) {
        byte[] b = ("GET " + path).getBytes(StandardCharsets.UTF_8);
        LogLine l = new LogLine();
        l.methodFrom = 0;
        l.methodTo = 3;
        l.targetFrom = 4;
        l.targetTo = b.length;
        return endpoints.of(b, l);
    }

    @Test
    void eachRunDrawsANewKey() {
        byte[] path = "GET /orders/{id}".getBytes(StandardCharsets.US_ASCII);
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            hashes.add(SipHash.random().hash(path, path.length));
        }
        assertThat(hashes).hasSize(8); // equal keys (or a fixed one) would give equal hashes
    }

    @Test
    void collidingPathsCostAFewProbesEachNotOnePerKeptEndpoint() {
        assertThat(colliding(0, 17).hashCode()).isEqualTo(colliding(12345, 17).hashCode());
        int cap = 5000;
        Endpoints endpoints = new Endpoints(cap, 1L << 40);
        int lookups = 40_000;
        for (int i = 0; i < lookups; i++) {
            lookUp(endpoints, colliding(i, 17));
        }
        assertThat(endpoints.all()).hasSize(cap + 1);
        // linear probing at a load of at most 1/2 looks at ~2.5 slots per miss on average; one
        // hash for all these paths would look at every kept endpoint (about 4,000 on average)
        assertThat((double) endpoints.probes / lookups).isLessThan(8);
    }

    @Test
    void sipHashMatchesTheReferenceVectors() {
        SipHash h = new SipHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        byte[] m = new byte[64];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) i;
        }
        assertThat(h.hash(m, 0)).isEqualTo(0x726fdb47dd0e0e31L);
        assertThat(h.hash(m, 15)).isEqualTo(0xa129ca6149be45e5L);
        assertThat(h.hash(m, 63)).isEqualTo(0x958a324ceb064572L);
    }

    /** Whatever the paths, a lookup finds the endpoint made for the same key, and no other. */
    @Property(tries = 200)
    void sameKeySameEndpoint(@ForAll @Size(max = 60) java.util.List<@Size(max = 12) String> segs) {
        Endpoints endpoints = new Endpoints(1000, 1L << 40);
        Set<String> names = new HashSet<>();
        for (String s : segs) {
            String path = "/" + s.replace('?', 'q').replace('#', 'h');
            Endpoint e = lookUp(endpoints, path);
            assertThat(lookUp(endpoints, path)).isSameAs(e);
            names.add(e.name);
        }
        assertThat(endpoints.all()).hasSize(names.size());
    }
}
