package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests, give-ups and coarse success durations over time, for the whole log and per endpoint,
 * in at most {@value #SLOTS} time buckets aligned to UTC. The bucket starts at one minute and
 * widens (5, 15, 60 minutes, 3, 6, 12 hours, then days doubling) when a line falls outside the
 * range, so memory is fixed per row whatever the log's span. Durations are kept in classes a
 * quarter of an octave wide (at most 19 %), enough for a p95 per bucket. Adding a line is a
 * division and a few array increments. Not thread-safe.
 */
final class Timeline {
    static final int SLOTS = 96;
    /**
     * Duration classes: a quarter octave each from 1 ms up to 2^32 ms (about 49 days), the
     * range of the duration histogram; the last also holds everything longer, as there.
     */
    static final int CLASSES = 4 * 32;
    private static final long MINUTE = 60_000;
    private static final long[] WIDTHS = {MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE,
        180 * MINUTE, 360 * MINUTE, 720 * MINUTE, 1440 * MINUTE};
    /** The heap one row takes. */
    static final long ROW_BYTES = 16 + 4L * SLOTS * (CLASSES + 2) + 64;

    /** One endpoint's (or the whole log's) counts per bucket. */
    static final class Row {
        int[] requests = new int[SLOTS];
        int[] giveUps = new int[SLOTS];
        /** Successful responses by bucket and duration class: {@code slot * CLASSES + class}. */
        int[] success = new int[SLOTS * CLASSES];

        /** The p95 of the successes in bucket {@code slot}, in ms, or -1 when it has none. */
        double p95(int slot) {
            long total = 0;
            for (int c = 0; c < CLASSES; c++) {
                total += success[slot * CLASSES + c];
            }
            if (total == 0) {
                return -1;
            }
            long rank = Math.max(1, (long) Math.ceil(0.95 * total));
            long seen = 0;
            for (int c = 0; c < CLASSES; c++) {
                seen += success[slot * CLASSES + c];
                if (seen >= rank) {
                    return classMiddle(c);
                }
            }
            return classMiddle(CLASSES - 1);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    final Row all = row();
    private long width = WIDTHS[0];
    private long origin = Long.MIN_VALUE;
    /** Lines whose time lies beyond what the widest bucket covers. */
    long outOfRange;
    /** The earliest and latest time counted, epoch millis (MAX_VALUE, MIN_VALUE before any). */
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;

    Row row() {
        Row r = new Row();
        rows.add(r);
        return r;
    }

    /** The bucket width in milliseconds. */
    long width() {
        return width;
    }

    /** The start of bucket 0, epoch millis, or Long.MIN_VALUE before the first line. */
    long origin() {
        return origin;
    }

    /** The buckets from the first to the last with a request, or an empty range. */
    int[] used() {
        int first = -1;
        int last = -1;
        for (int s = 0; s < SLOTS; s++) {
            if (all.requests[s] > 0) {
                if (first < 0) {
                    first = s;
                }
                last = s;
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {first, last + 1};
    }

    /** Counts one line at {@code time} (epoch millis) in {@code row} and in the total. */
    void add(Row row, long time, boolean gaveUp, long successMillis) {
        int slot = slot(time);
        if (slot < 0) {
            outOfRange++;
            return;
        }
        if (time < first) {
            first = time;
        }
        if (time > last) {
            last = time;
        }
        count(all, slot, gaveUp, successMillis);
        if (row != null) {
            count(row, slot, gaveUp, successMillis);
        }
    }

    private static void count(Row r, int slot, boolean gaveUp, long successMillis) {
        r.requests[slot]++;
        if (gaveUp) {
            r.giveUps[slot]++;
        }
        if (successMillis >= 0) {
            r.success[slot * CLASSES + durationClass(successMillis)]++;
        }
    }

    private int slot(long time) {
        if (origin == Long.MIN_VALUE) {
            origin = Math.floorDiv(time, width) * width;
        }
        long d = time - origin;
        if (d >= 0 && d < width * SLOTS) {
            return (int) (d / width);
        }
        return widen(time) ? (int) ((time - origin) / width) : -1;
    }

    /** Widens or moves the range to take {@code time}; false when no width covers it. */
    private boolean widen(long time) {
        long from = Math.min(first, time);
        long to = Math.max(last, time);
        long w = width;
        int i = 0;
        while (i < WIDTHS.length && WIDTHS[i] < w) {
            i++;
        }
        while (Math.floorDiv(to, w) - Math.floorDiv(from, w) >= SLOTS) {
            i++;
            if (i < WIDTHS.length) {
                w = WIDTHS[i];
            } else if (w < Long.MAX_VALUE / 4 / SLOTS) {
                w *= 2;
            } else {
                return false;
            }
        }
        long newOrigin = Math.floorDiv(from, w) * w;
        for (Row r : rows) {
            remap(r, newOrigin, w);
        }
        origin = newOrigin;
        width = w;
        return true;
    }

    /** Moves every bucket to the new axis: each old bucket lies wholly in one new bucket. */
    private void remap(Row r, long newOrigin, long w) {
        int[] requests = new int[SLOTS];
        int[] giveUps = new int[SLOTS];
        int[] success = new int[SLOTS * CLASSES];
        for (int s = 0; s < SLOTS; s++) {
            if (r.requests[s] == 0) {
                continue;
            }
            int t = (int) ((origin + s * width - newOrigin) / w);
            requests[t] += r.requests[s];
            giveUps[t] += r.giveUps[s];
            for (int c = 0; c < CLASSES; c++) {
                success[t * CLASSES + c] += r.success[s * CLASSES + c];
            }
        }
        r.requests = requests;
        r.giveUps = giveUps;
        r.success = success;
    }

    /** The class of a duration: a quarter octave each, 0 for under 2 ms. */
    static int durationClass(long millis) {
        if (millis < 2) {
            return 0;
        }
        int octave = 63 - Long.numberOfLeadingZeros(millis);
        int quarter = octave >= 2 ? (int) (millis >> (octave - 2)) & 3 : (int) (millis << (2 - octave)) & 3;
        return Math.min(CLASSES - 1, octave * 4 + quarter);
    }

    /** The smallest duration of class {@code c}, in ms. */
    static double classLower(int c) {
        return c == 0 ? 0 : Math.pow(2, c / 4) * (1 + (c % 4) / 4.0);
    }

    /** The value that stands for class {@code c}: the middle of its range, in ms. */
    static double classMiddle(int c) {
        double lo = classLower(c);
        double hi = classLower(c + 1);
        return (lo + hi) / 2;
    }
}
