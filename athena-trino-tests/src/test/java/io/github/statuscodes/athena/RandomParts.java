package io.github.statuscodes.athena;

import java.util.SplittableRandom;

/** Parts of a generated log line that every generator draws alike from its seeded random. */
final class RandomParts {
    private RandomParts() {
    }

    static String method(SplittableRandom random) {
        return new String[] {"GET", "GET", "POST", "PUT", "DELETE"}[random.nextInt(5)];
    }

    /** {@code n} hex digits, the first a decimal one. */
    static String hex(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder();
        sb.append((char) ('0' + random.nextInt(10)));
        while (sb.length() < n) {
            sb.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return sb.toString();
    }

    static String uuid(SplittableRandom random) {
        return hex(random, 8) + "-" + hex(random, 4) + "-" + hex(random, 4) + "-"
                + hex(random, 4) + "-" + hex(random, 12);
    }
}
