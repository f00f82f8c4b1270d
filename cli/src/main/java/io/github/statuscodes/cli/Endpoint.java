package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * What the analysis keeps per endpoint (method and collapsed path): its count, the durations of
 * its successful responses, and its give-ups: lines whose format says the client gave up, and
 * 408s (the server gave up on a client too slow to send its request), grouped by status and
 * signal. Histograms are made on first use. Not thread-safe.
 */
final class Endpoint {
    /**
     * Give-up kinds kept apart per endpoint; further kinds are counted together in one
     * {@linkplain GaveUp#other other} group, without durations. With the success histogram this
     * bounds an endpoint's memory: see {@link #MAX_BYTES}.
     */
    static final int MAX_GROUPS = 3;
    /** The most memory one endpoint takes: its histograms, its key and name, some slack. */
    static final long MAX_BYTES = (MAX_GROUPS + 1) * Histogram.BYTES + 1024;

    /** One kind of give-up on this endpoint: a status (or none) and the proxy's signal. */
    static final class GaveUp {
        /** The status, or {@link LogLine#NONE}. */
        final int status;
        /** The proxy's signal (a constant of its format), or null. */
        final String signal;
        final Vendor vendor;
        long count;
        /** Durations, or null when no line of this kind had one. */
        Histogram durations;
        /** Lines whose backend had answered (with another status) before the client left. */
        long afterBackendAnswered;
        /** Whether this group counts the kinds beyond {@link #MAX_GROUPS}, of any status. */
        final boolean other;

        GaveUp(int status, String signal, Vendor vendor) {
            this(status, signal, vendor, false);
        }

        private GaveUp(int status, String signal, Vendor vendor, boolean other) {
            this.status = status;
            this.signal = signal;
            this.vendor = vendor;
            this.other = other;
        }

        boolean is(int status, String signal, Vendor vendor) {
            return !other && this.status == status && java.util.Objects.equals(this.signal, signal)
                    && this.vendor.equals(vendor);
        }
    }

    final String name;
    long count;
    Histogram success;
    /** The kinds kept apart, then the other group once there is one: {@link #groups} of them. */
    final GaveUp[] gaveUp = new GaveUp[MAX_GROUPS + 1];
    int groups;
    /** This endpoint's counts over time, when the analysis keeps a {@link Timeline}; or null. */
    Timeline.Row timeline;
    /** Whether the timeline had no row left for this endpoint. */
    boolean noTimeline;

    Endpoint(String name) {
        this.name = name;
    }

    /** Whether a parsed line is a give-up: its format's rule, or a 408. */
    static boolean gaveUp(LogLine line) {
        return line.clientGaveUp || line.status == 408;
    }

    /**
     * Whether a parsed line is a successful request with a duration: 2xx or 3xx, no give-up, and
     * delivered (an IIS 1236 logs the status it meant to send).
     */
    static boolean succeeded(LogLine line) {
        return line.status >= 200 && line.status < 400 && line.durationMillis >= 0
                && !gaveUp(line) && !line.undelivered;
    }

    /**
     * Whether a give-up came after the backend had answered: work done and thrown away. Each
     * format sets a backend status only when the backend answered (nginx's {@code $upstream_status}
     * is {@code -} until then, HAProxy's {@code Tr} is -1), so this holds whatever the logged
     * status: nginx's 499 with upstream 200, and HAProxy's {@code 200 CD} with {@code Tr} >= 0.
     */
    static boolean afterBackendAnswered(LogLine line) {
        return line.clientGaveUp && line.backendStatus >= 100;
    }

    void add(LogLine line, Vendor vendor) {
        count++;
        int status = line.status;
        long d = line.durationMillis;
        if (gaveUp(line)) {
            GaveUp g = group(status, line.signal, vendor);
            g.count++;
            if (d >= 0 && !g.other) {
                if (g.durations == null) {
                    g.durations = new Histogram();
                }
                g.durations.add(d);
            }
            if (afterBackendAnswered(line)) {
                g.afterBackendAnswered++;
            }
        } else if (succeeded(line)) {
            if (success == null) {
                success = new Histogram();
            }
            success.add(d);
        }
    }

    private GaveUp group(int status, String signal, Vendor vendor) {
        for (int i = 0; i < groups; i++) {
            if (gaveUp[i].is(status, signal, vendor)) {
                return gaveUp[i];
            }
        }
        if (groups < MAX_GROUPS) {
            gaveUp[groups] = new GaveUp(status, signal, vendor);
            return gaveUp[groups++];
        }
        if (groups == MAX_GROUPS) {
            gaveUp[groups++] = new GaveUp(LogLine.NONE, null, vendor, true);
        }
        return gaveUp[MAX_GROUPS];
    }
}
