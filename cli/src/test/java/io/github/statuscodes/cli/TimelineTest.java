package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Counts over time in a fixed number of buckets that widen with the log's span. */
class TimelineTest {
    static final long T0 = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli();
    static final long MIN = 60_000;

    @Test
    void anHourStaysInMinutes() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int m = 0; m < 60; m++) {
            t.add(r, T0 + m * MIN + 30_000, m % 2 == 0, -1);
        }
        t.finish();
        assertThat(t.width()).isEqualTo(MIN);
        assertThat(t.origin()).isEqualTo(T0);
        assertThat(t.used()).containsExactly(0, 60);
        assertThat(r.giveUps[0]).isEqualTo(1);
        assertThat(r.giveUps[1]).isZero();
    }

    @Test
    void twoHoursWidenToFiveMinutesKeepingEveryCount() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int m = 0; m < 120; m++) {
            t.add(r, T0 + m * MIN, true, 1000);
        }
        t.finish();
        assertThat(t.width()).isEqualTo(5 * MIN);
        assertThat(t.used()).containsExactly(0, 24);
        for (int s = 0; s < 24; s++) {
            assertThat(r.giveUps[s]).isEqualTo(5);
            assertThat(r.requests[s]).isEqualTo(5);
        }
    }

    @Test
    void anEarlierLineMovesTheOrigin() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        t.add(r, T0, false, -1);
        t.add(r, T0 - 10 * MIN, true, -1);
        t.finish();
        assertThat(t.width()).isEqualTo(MIN);
        assertThat(t.origin()).isEqualTo(T0 - 10 * MIN);
        assertThat(r.giveUps[0]).isEqualTo(1);
        assertThat(r.requests[10]).isEqualTo(1);
        assertThat(t.first).isEqualTo(T0 - 10 * MIN);
        assertThat(t.last).isEqualTo(T0);
    }

    @Test
    void p95PerBucketIsWithinAQuarterOctave() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int i = 1; i <= 100; i++) {
            t.add(r, T0, false, i * 100L); // 100 ms .. 10 s; p95 is 9.5 s
        }
        t.finish();
        assertThat(r.p95(0)).isBetween(9500 / 1.19, 9500 * 1.19);
        assertThat(r.p95(1)).isEqualTo(-1);
    }

    @Property
    void countsSurviveAnyOrderOfTimes(@ForAll @Size(min = 1, max = 200) java.util.List<
            @LongRange(min = -400L * 24 * 3600 * 1000, max = 400L * 24 * 3600 * 1000) Long> offsets) {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (long o : offsets) {
            t.add(r, T0 + o, true, 5);
        }
        t.finish();
        long sum = 0;
        long success = 0;
        for (int s = 0; s < Timeline.SLOTS; s++) {
            sum += r.giveUps[s];
            for (int c = 0; c < Timeline.CLASSES; c++) {
                success += r.success[s] == null ? 0 : r.success[s][c];
            }
        }
        // every line is counted, or left out as a stray: at most one in 30
        assertThat(sum + t.outOfRange).isEqualTo(offsets.size());
        assertThat(success).isEqualTo(sum);
        assertThat(t.outOfRange * 30).isLessThanOrEqualTo(offsets.size());
        if (offsets.size() < 30) {
            assertThat(t.outOfRange).isZero();
        }
        assertThat(t.origin()).isLessThanOrEqualTo(t.first);
        assertThat(t.origin() + Timeline.SLOTS * t.width()).isGreaterThan(t.last);
        assertThat(t.first).isGreaterThanOrEqualTo(T0 + offsets.stream().mapToLong(Long::longValue)
                .min().getAsLong());
        assertThat(t.last).isLessThanOrEqualTo(T0 + offsets.stream().mapToLong(Long::longValue)
                .max().getAsLong());
    }

    @Test
    void aStrayTimeAtEitherEndDoesNotWidenTheBuckets() {
        for (boolean strayFirst : new boolean[] {true, false}) {
            Timeline t = new Timeline();
            Timeline.Row r = t.row();
            long y1970 = 0;
            long y9999 = Instant.parse("9999-12-31T23:59:59Z").toEpochMilli();
            if (strayFirst) {
                t.add(r, y1970, false, 1000);
            }
            for (int i = 0; i < 60; i++) {
                t.add(r, T0 + i * 1000L, i % 3 == 0, i % 3 == 0 ? -1 : 1000);
            }
            if (!strayFirst) {
                t.add(r, y1970, false, 1000);
            }
            t.add(r, y9999, false, 1000);
            t.finish();
            assertThat(t.width()).as("stray first: %s", strayFirst).isEqualTo(MIN);
            assertThat(t.first).isEqualTo(T0);
            assertThat(t.last).isEqualTo(T0 + 59_000);
            assertThat(t.outOfRange).isEqualTo(2);
            assertThat(r.giveUps[t.used()[0]]).isEqualTo(20);
        }
    }

    @Test
    void evenlySpreadTimesAreNotStrays() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int d = 0; d < 3000; d++) { // one line a week for about 57 years
            t.add(r, T0 - d * 7 * 24 * 60 * MIN, true, -1);
        }
        t.finish();
        assertThat(t.outOfRange).isZero();
        long sum = 0;
        for (int s = 0; s < Timeline.SLOTS; s++) {
            sum += r.giveUps[s];
        }
        assertThat(sum).isEqualTo(3000);
    }

    @Test
    void aRowGetsItsDurationClassesWithItsFirstSuccessOnly() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int m = 0; m < 10; m++) {
            t.add(r, T0 + m * MIN, true, -1);
        }
        t.add(r, T0 + 3 * MIN, false, 250);
        t.finish();
        long slots = java.util.Arrays.stream(r.success).filter(java.util.Objects::nonNull).count();
        assertThat(slots).isEqualTo(1);
        assertThat(r.p95(3)).isBetween(250 / 1.19, 250 * 1.19);
        assertThat(r.p95(4)).isEqualTo(-1);
    }

    @Test
    void noMoreRowsThanAskedFor() {
        Timeline t = new Timeline(2);
        assertThat(t.row()).isNotNull();
        assertThat(t.row()).isNotNull();
        assertThat(t.row()).isNull();
        assertThat(Timeline.rowsFor(10 * Timeline.ROW_BYTES)).isEqualTo(10);
        assertThat(Timeline.rowsFor(0)).isEqualTo(1);
    }

    @Test
    void theEndpointsCapIsTheSameWithATimeline() {
        // the heap's cap applies (none asked for): --html must not change which endpoints the
        // findings keep, so the page's model is the --json output
        assertThat(new LogAnalysis(Integer.MAX_VALUE, true).endpoints.cap())
                .isEqualTo(new LogAnalysis(Integer.MAX_VALUE, false).endpoints.cap());
    }

    @Test
    void p95OfRequestsOfTenMinutesToAnHourIsNotCapped() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int i = 0; i < 200; i++) {
            t.add(r, T0, false, 600_000L + i * 15_000L); // 600 s .. 3,585 s; p95 is 3,435 s
        }
        t.finish();
        assertThat(r.p95(0)).isBetween(3_435_000 / 1.19, 3_435_000 * 1.19);
    }

    @Test
    void theLongestClassEndsWhereTheDurationHistogramEnds() {
        double top = Histogram.upper(Histogram.BUCKETS - 1);
        int last = Timeline.durationClass((long) top);
        assertThat(last).isEqualTo(Timeline.CLASSES - 1);
        assertThat(Timeline.classLower(last)).isLessThanOrEqualTo(top);
        assertThat(Timeline.classMiddle(last)).isLessThanOrEqualTo(top + 1);
    }

    @Property
    void aDurationFallsInItsClass(@ForAll @LongRange(min = 2, max = (1L << 32) - 1) long millis) {
        int c = Timeline.durationClass(millis);
        assertThat(Timeline.classLower(c)).isLessThanOrEqualTo(millis);
        if (c + 1 < Timeline.CLASSES) {
            assertThat(Timeline.classLower(c + 1)).isGreaterThan(millis);
        }
    }
}
