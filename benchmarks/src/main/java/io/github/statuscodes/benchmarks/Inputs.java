package io.github.statuscodes.benchmarks;

/**
 * The inputs every lookup benchmark shares: a fixed mix of common and rare codes, standard and
 * non-standard, so every peer sees exactly the same numbers in the same order.
 */
final class Inputs {
    /**
     * 16 codes: common (200, 404, 500, 503, 301, 204, 302, 401), rare standard (429, 418, 451),
     * non-standard (499 nginx, 460 AWS ELB, 520 and 522 Cloudflare) and one nobody defines (999).
     * A power of two, so the index wraps with a mask.
     */
    static final int[] CODES = {
        200, 404, 500, 503, 301, 429, 499, 460, 520, 522, 418, 204, 302, 401, 999, 451
    };
    static final int MASK = CODES.length - 1;

    private Inputs() {
    }
}
