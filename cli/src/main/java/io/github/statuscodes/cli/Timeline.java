package io.github.statuscodes.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Requests, give-ups and coarse success durations over time, for the whole log and per endpoint,
 * in at most {@value #SLOTS} time buckets aligned to UTC. The bucket starts at one minute and
 * widens (5, 15, 60 minutes, 3, 6, 12 hours, then days doubling) when a line falls outside the
 * range, so memory is bounded per row whatever the log's span. Durations are kept in classes a
 * quarter of an octave wide (at most 19 %), enough for a p95 per bucket; a bucket gets its
 * classes with its first successful response, so a row with few requests stays small. At most
 * {@code maxRows} rows are given besides the whole log's. Adding a line is a division and a few
 * array increments. Not thread-safe.
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
    /** The heap one row takes at most (every bucket with successful responses). */
    static final long ROW_BYTES = 3 * (16 + 8L * SLOTS) + SLOTS * (16 + 4L * CLASSES) + 64;

    /** One endpoint's (or the whole log's) counts per bucket. */
    static final class Row {
        int[] requests = new int[SLOTS];
        int[] giveUps = new int[SLOTS];
        /** Successful responses by bucket, then duration class; null for a bucket with none. */
        int[][] success = new int[SLOTS][];

        /** The p95 of the successes in bucket {@code slot}, in ms, or -1 when it has none. */
        double p95(int slot) {
            int[] classes = success[slot];
            if (classes == null) {
                return -1;
            }
            long total = 0;
            for (int c = 0; c < CLASSES; c++) {
                total += classes[c];
            }
            long rank = Math.max(1, (long) Math.ceil(0.95 * total));
            long seen = 0;
            for (int c = 0; c < CLASSES; c++) {
                seen += classes[c];
                if (seen >= rank) {
                    return classMiddle(c);
                }
            }
            return classMiddle(CLASSES - 1);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    /** The most rows {@link #row()} gives besides {@link #all}. */
    private final int maxRows;
    final Row all;
    private long width = WIDTHS[0];
    private long origin = Long.MIN_VALUE;
    /** Lines that wait to be counted ({@link #add}). */
    private static final int HOLD = 64;
    /** How much wider one line must make the buckets to be a stray. */
    private static final long STRAY_FACTOR = 16;
    /** At most one line in this many is left out as a stray. */
    private static final long STRAY_SHARE = 30;
    private final long[] heldTime = new long[HOLD];
    private final Row[] heldRow = new Row[HOLD];
    private final boolean[] heldGaveUp = new boolean[HOLD];
    private final long[] heldSuccess = new long[HOLD];
    private int held;
    private long seen;
    private long strays;
    /** Lines left out: strays, and times beyond what the widest bucket covers. */
    long outOfRange;
    /** The earliest and latest time counted, epoch millis (MAX_VALUE, MIN_VALUE before any). */
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;

    /** A timeline without a limit on its rows. */
    Timeline() {
        this(Integer.MAX_VALUE);
    }

    /** A timeline that gives at most {@code maxRows} rows besides the whole log's. */
    Timeline(int maxRows) {
        this.maxRows = maxRows;
        Row r = new Row();
        rows.add(r);
        all = r;
    }

    /** The most rows of {@link #ROW_BYTES} that {@code budget} bytes of heap hold (at least 1). */
    static int rowsFor(long budget) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / ROW_BYTES));
    }

    /** A new row counted here, or null when {@code maxRows} are taken. */
    Row row() {
        if (rows.size() > maxRows) {
            return null;
        }
        Row r = new Row();
        rows.add(r);
        return r;
    }

    /** The most rows given besides the whole log's. */
    int maxRows() {
        return maxRows;
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

    /**
     * Counts one line at {@code time} (epoch millis) in {@code row} and in the total. A line
     * outside the buckets' range waits with up to {@value #HOLD} others; when they are that many,
     * or at {@link #finish()}, the range widens to take them, but for strays: a line at either
     * end whose time alone makes the buckets {@value #STRAY_FACTOR} times wider or more, while
     * strays stay under one line in {@value #STRAY_SHARE} (a clock set wrong, a forged line).
     * Strays are counted in {@link #outOfRange}, not in the buckets.
     */
    void add(Row row, long time, boolean gaveUp, long successMillis) {
        seen++;
        int slot = inRange(time);
        if (slot >= 0) {
            place(row, time, slot, gaveUp, successMillis);
            return;
        }
        heldTime[held] = time;
        heldRow[held] = row;
        heldGaveUp[held] = gaveUp;
        heldSuccess[held] = successMillis;
        held++;
        if (held == HOLD) {
            resolve();
        }
    }

    /** Counts the lines still waiting; call before reading the buckets. */
    void finish() {
        if (held > 0) {
            resolve();
        }
    }

    private int inRange(long time) {
        if (origin == Long.MIN_VALUE) {
            return -1;
        }
        long d = time - origin;
        return d >= 0 && d < width * SLOTS ? (int) (d / width) : -1;
    }

    private void place(Row row, long time, int slot, boolean gaveUp, long successMillis) {
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

    private void resolve() {
        Integer[] order = new Integer[held];
        for (int i = 0; i < held; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(heldTime[a], heldTime[b]));
        int lo = 0;
        int hi = held;
        boolean counted = first <= last;
        while (hi - lo + (counted ? 1 : 0) > 1 && (strays + 1) * STRAY_SHARE <= seen) {
            long all = widthFor(heldTime[order[lo]], heldTime[order[hi - 1]]);
            long noLo = hi - lo > 1 ? widthFor(heldTime[order[lo + 1]], heldTime[order[hi - 1]])
                    : widthFor(Long.MAX_VALUE, Long.MIN_VALUE);
            long noHi = hi - lo > 1 ? widthFor(heldTime[order[lo]], heldTime[order[hi - 2]])
                    : noLo;
            if (noLo <= noHi && all / STRAY_FACTOR >= noLo) {
                lo++;
            } else if (all / STRAY_FACTOR >= noHi) {
                hi--;
            } else {
                break;
            }
            strays++;
            outOfRange++;
        }
        if (hi > lo) {
            long from = Math.min(first, heldTime[order[lo]]);
            long to = Math.max(last, heldTime[order[hi - 1]]);
            if (origin == Long.MIN_VALUE) {
                origin = Math.floorDiv(from, width) * width;
            }
            if (inRange(from) < 0 || inRange(to) < 0) {
                widen(from, to);
            }
        }
        for (int k = lo; k < hi; k++) {
            int i = order[k];
            int slot = inRange(heldTime[i]);
            if (slot < 0 && widen(Math.min(first, heldTime[i]), Math.max(last, heldTime[i]))) {
                slot = inRange(heldTime[i]);
            }
            if (slot < 0) {
                outOfRange++;
            } else {
                place(heldRow[i], heldTime[i], slot, heldGaveUp[i], heldSuccess[i]);
            }
        }
        Arrays.fill(heldRow, null);
        held = 0;
    }

    /**
     * The bucket width that takes the counted lines and {@code from} to {@code to}: the
     * current width or wider; Long.MAX_VALUE when none does.
     */
    private long widthFor(long from, long to) {
        long lo = Math.min(first, from);
        long hi = Math.max(last, to);
        if (lo > hi) {
            return width;
        }
        long w = width;
        int i = 0;
        while (i < WIDTHS.length && WIDTHS[i] < w) {
            i++;
        }
        while (Math.floorDiv(hi, w) - Math.floorDiv(lo, w) >= SLOTS) {
            i++;
            if (i < WIDTHS.length) {
                w = WIDTHS[i];
            } else if (w < Long.MAX_VALUE / 4 / SLOTS) {
                w *= 2;
            } else {
                return Long.MAX_VALUE;
            }
        }
        return w;
    }

    private static void count(Row r, int slot, boolean gaveUp, long successMillis) {
        r.requests[slot]++;
        if (gaveUp) {
            r.giveUps[slot]++;
        }
        if (successMillis >= 0) {
            int[] classes = r.success[slot];
            if (classes == null) {
                classes = new int[CLASSES];
                r.success[slot] = classes;
            }
            classes[durationClass(successMillis)]++;
        }
    }

    /** Widens or moves the range to take {@code from} to {@code to}; false when no width can. */
    private boolean widen(long from, long to) {
        long w = widthFor(from, to);
        if (w == Long.MAX_VALUE) {
            return false;
        }
        long newOrigin = Math.floorDiv(Math.min(first, from), w) * w;
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
        int[][] success = new int[SLOTS][];
        for (int s = 0; s < SLOTS; s++) {
            if (r.requests[s] == 0) {
                continue;
            }
            int t = (int) ((origin + s * width - newOrigin) / w);
            requests[t] += r.requests[s];
            giveUps[t] += r.giveUps[s];
            int[] from = r.success[s];
            if (from == null) {
                continue;
            }
            if (success[t] == null) {
                success[t] = from; // the first old bucket in this new one: its array moves
            } else {
                for (int c = 0; c < CLASSES; c++) {
                    success[t][c] += from[c];
                }
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
