package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TimestampsProperties {
    @Property(tries = 1000)
    void isoTimestampsReadAsJavaTimeReadsThem(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000_000L) long micros) {
        Instant t = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        String s = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(t);
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(Timestamps.isoMicros(b, 0, b.length)).as(s).isEqualTo(micros);
    }

    @Property(tries = 1000)
    void timesReadAsJavaTimeReadsThem(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long millis,
            @ForAll @IntRange(min = -12 * 4, max = 14 * 4) int quarterHours) {
        java.time.OffsetDateTime t = Instant.ofEpochMilli(millis).atOffset(
                java.time.ZoneOffset.ofTotalSeconds(quarterHours * 900));
        String iso = t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
        byte[] b = iso.getBytes(StandardCharsets.US_ASCII);
        assertThat(Timestamps.isoMillis(b, 0, b.length)).as(iso).isEqualTo(millis);
        String clf = t.format(DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z",
                java.util.Locale.ROOT));
        b = clf.getBytes(StandardCharsets.US_ASCII);
        assertThat(Timestamps.clfMillis(b, 0, b.length)).as(clf).isEqualTo(millis / 1000 * 1000);
    }

    @Property(tries = 1000)
    void junkNeverThrows(@ForAll @Size(max = 40) byte[] b) {
        Timestamps.isoMillis(b, 0, b.length);
        Timestamps.clfMillis(b, 0, b.length);
        Timestamps.isoMicros(b, 0, b.length);
        Timestamps.clfLocalMillis(b, 0, b.length);
    }
}
