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
        long sum = 0;
        long success = 0;
        for (int s = 0; s < Timeline.SLOTS; s++) {
            sum += r.giveUps[s];
            for (int c = 0; c < Timeline.CLASSES; c++) {
                success += r.success[s * Timeline.CLASSES + c];
            }
        }
        assertThat(sum).isEqualTo(offsets.size());
        assertThat(success).isEqualTo(offsets.size());
        assertThat(t.outOfRange).isZero();
        long lo = offsets.stream().mapToLong(Long::longValue).min().getAsLong();
        long hi = offsets.stream().mapToLong(Long::longValue).max().getAsLong();
        assertThat(t.origin()).isLessThanOrEqualTo(T0 + lo);
        assertThat(t.origin() + Timeline.SLOTS * t.width()).isGreaterThan(T0 + hi);
    }

    @Test
    void p95OfRequestsOfTenMinutesToAnHourIsNotCapped() {
        Timeline t = new Timeline();
        Timeline.Row r = t.row();
        for (int i = 0; i < 200; i++) {
            t.add(r, T0, false, 600_000L + i * 15_000L); // 600 s .. 3,585 s; p95 is 3,435 s
        }
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
