package io.github.statuscodes.cli;

/**
 * What the analysis keeps per endpoint (method and collapsed path): its count, the durations of
 * its successful responses and of its client-gone codes (408, 460, 499), and the ALB 460s whose
 * target still answered. Histograms are made on first use. Not thread-safe.
 */
final class Endpoint {
    /** The client-gone codes, in the order of {@link #gone}. */
    static final int[] GONE_CODES = {408, 460, 499};

    final String name;
    long count;
    Histogram success;
    final long[] goneCount = new long[GONE_CODES.length];
    final Histogram[] gone = new Histogram[GONE_CODES.length];
    /** 460s (client closed) whose target had answered: work done and thrown away. */
    long closedAfterTargetAnswer;

    Endpoint(String name) {
        this.name = name;
    }

    /** The index of a client-gone code in {@link #GONE_CODES}, or -1. */
    static int goneIndex(int code) {
        return code == 499 ? 2 : code == 460 ? 1 : code == 408 ? 0 : -1;
    }

    void add(LogLine line) {
        count++;
        int status = line.status;
        long d = line.durationMillis;
        int g = goneIndex(status);
        if (g >= 0) {
            goneCount[g]++;
            if (d >= 0) {
                if (gone[g] == null) {
                    gone[g] = new Histogram();
                }
                gone[g].add(d);
            }
            if (status == 460 && line.backendStatus > 0) {
                closedAfterTargetAnswer++;
            }
        } else if (status >= 200 && status < 400 && d >= 0) {
            if (success == null) {
                success = new Histogram();
            }
            success.add(d);
        }
    }
}
