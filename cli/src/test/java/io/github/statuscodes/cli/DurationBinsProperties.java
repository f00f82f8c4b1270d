package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The text report's duration bins: no label printed twice, every value counted once, inside the
 * label of the bin that counts it, and no two labels overlapping.
 */
class DurationBinsProperties {
    private static List<String> labels(String bins) {
        List<String> labels = new ArrayList<>();
        for (String bin : bins.split(" \\| ")) {
            labels.add(bin.substring(0, bin.lastIndexOf(": ")));
        }
        return labels;
    }

    private static long sum(String bins) {
        long sum = 0;
        for (String bin : bins.split(" \\| ")) {
            sum += count(bin);
        }
        return sum;
    }

    private static long count(String bin) {
        return Long.parseLong(bin.substring(bin.lastIndexOf(": ") + 2));
    }

    /** "1.002 s" as 1002 milliseconds. */
    private static long millis(String seconds) {
        assertThat(seconds).matches("\\d+\\.\\d{3} s");
        return Long.parseLong(seconds.substring(0, seconds.length() - 2).replace(".", ""));
    }

    /** A label's bounds in milliseconds, both included: "1.000 s–1.001 s" or "0.372 s". */
    private static long[] bounds(String label) {
        int dash = label.indexOf('–');
        return dash < 0 ? new long[] {millis(label), millis(label)}
                : new long[] {millis(label.substring(0, dash)), millis(label.substring(dash + 1))};
    }

    private static Histogram histogram(List<Long> values) {
        Histogram h = new Histogram();
        values.forEach(h::add);
        return h;
    }

    @Property(tries = 1000)
    void noLabelRepeatsAndTheCountsSumToTheValues(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 4_000_000) Long> ms,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long base) {
        Histogram h = new Histogram();
        for (long v : ms) {
            h.add(Math.min(Histogram.MAX, base + v));
        }
        String bins = DurationBins.text(h);
        List<String> labels = labels(bins);
        assertThat(new HashSet<>(labels)).hasSameSizeAs(labels);
        assertThat(sum(bins)).isEqualTo(ms.size());
    }

    @Property(tries = 1000)
    void everyDurationLiesInTheLabelOfTheBinThatCountsItAndLabelsNeverOverlap(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 100_000) Long> offsets,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long base,
            @ForAll @LongRange(min = 1, max = 4096) long stretch) {
        List<Long> values = new ArrayList<>();
        for (long o : offsets) {
            values.add(Math.min(Histogram.MAX, base + o * stretch / 64));
        }
        String text = DurationBins.text(histogram(values));
        String[] bins = text.split(" \\| ");
        long previousTo = -1;
        for (String bin : bins) {
            long[] b = bounds(bin.substring(0, bin.lastIndexOf(": ")));
            assertThat(b[0]).as("%s: its bounds in order", bin).isLessThanOrEqualTo(b[1]);
            assertThat(b[0]).as("%s starts after the bin before ends", bin)
                    .isGreaterThan(previousTo);
            previousTo = b[1];
            long inside = values.stream().filter(v -> v >= b[0] && v <= b[1]).count();
            assertThat(count(bin)).as("%s counts the durations inside its label", bin)
                    .isEqualTo(inside);
        }
        // Labels disjoint and each counting what lies inside it: the counts adding up to all
        // the values puts every value inside the label of the bin that counts it.
        assertThat(sum(text)).isEqualTo(values.size());
    }

    @Property(tries = 300)
    void aBinIsNeverNarrowerThanTheBucketsItCounts(
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long value) {
        Histogram h = new Histogram();
        h.add(value);
        long[] b = bounds(labels(DurationBins.text(h)).get(0));
        // A bucket's width doubles with each power of two from 512 ms on: 1 ms below, then
        // 2^(bits - 9) ms, bits being the value's length in binary.
        int bits = 64 - Long.numberOfLeadingZeros(value);
        long width = value < 512 ? 1 : 1L << (bits - 9);
        assertThat(b[1] - b[0] + 1).isEqualTo(width);
        assertThat(b[0] % width).isZero();
        assertThat(value).isBetween(b[0], b[1]);
    }

    @Example
    void durationsOfOneToOnePointZeroZeroNineSecondsGetTheirBucketsAsLabels() {
        List<Long> values = new ArrayList<>();
        for (long ms = 1000; ms <= 1009; ms++) {
            for (int i = 0; i < 50; i++) {
                values.add(ms);
            }
        }
        // 2 ms buckets at 1 s: 1000-1001, 1002-1003, ..., 1008-1009, 100 durations each
        assertThat(DurationBins.text(histogram(values))).isEqualTo(
                "1.000 s–1.001 s: 100 | 1.002 s–1.003 s: 100 | 1.004 s–1.005 s: 100"
                + " | 1.006 s–1.007 s: 100 | 1.008 s–1.009 s: 100");
    }

    @Example
    void theReportLabelsTheLoggedDurationsOfNginxGiveUps() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 499; i++) {
            log.append("1.2.3.4 - - [01/Dec/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 499 0 \"-\""
                    + " \"ua\" rt=1.00").append(i % 10).append(" urt=\"-\" us=\"-\"\n");
        }
        Run run = Run.withStdin(log.toString().getBytes(StandardCharsets.UTF_8), "logs",
                "--format", "timed", "-");
        assertThat(run.status).isZero();
        assertThat(run.out).contains("    durations: 1.000 s–1.001 s: 100 | 1.002 s–1.003 s: 100"
                + " | 1.004 s–1.005 s: 100 | 1.006 s–1.007 s: 100 | 1.008 s–1.009 s: 99\n");
    }

    @Example
    void oneDurationNearThirtySecondsGetsItsWholeSixtyFourMillisecondBucket() {
        // 30,000 ms = 468.75 × 64: the bucket from 468 × 64 = 29,952 to 29,952 + 63 ms
        assertThat(DurationBins.text(histogram(List.of(30_000L))))
                .isEqualTo("29.952 s–30.015 s: 1");
    }

    @Example
    void aTightClusterNearThirtySecondsGetsLabelsThatDiffer() {
        Histogram h = new Histogram();
        for (int i = 0; i < 296; i++) {
            h.add(29_985);
        }
        for (int i = 0; i < 15; i++) {
            h.add(30_045);
        }
        String bins = DurationBins.text(h);
        // one decimal prints both ends of both bins as "30.0 s"
        assertThat(labels(bins)).hasSize(2).doesNotHaveDuplicates()
                .noneMatch(l -> l.equals("30.0 s–30.0 s"));
        assertThat(bins).endsWith(": 15").contains(": 296 | ");
    }
}
