package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The text report's duration bins: no label printed twice, every value counted once. */
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
            sum += Long.parseLong(bin.substring(bin.lastIndexOf(": ") + 2));
        }
        return sum;
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
