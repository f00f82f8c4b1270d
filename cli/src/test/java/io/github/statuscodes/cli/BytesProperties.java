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

class BytesProperties {
    @Property(tries = 1000)
    void indexOfFindsWhatALoopFinds(@ForAll @Size(max = 80) byte[] b, @ForAll byte value,
            @ForAll @IntRange(min = 0, max = 80) int from) {
        int start = Math.min(from, b.length);
        int expected = -1;
        for (int i = start; i < b.length; i++) {
            if (b[i] == value) {
                expected = i;
                break;
            }
        }
        assertThat(Bytes.indexOf(b, start, b.length, value)).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void isoTimestampsReadAsJavaTimeReadsThem(
            @ForAll @LongRange(min = 0, max = 4_102_444_800_000_000L) long micros) {
        Instant t = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        String s = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(t);
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(Bytes.isoMicros(b, 0, b.length)).as(s).isEqualTo(micros);
    }

    @Property(tries = 1000)
    void secondsReadToTheMillisecond(@ForAll @IntRange(min = 0, max = 100_000_000) int millis) {
        String s = millis / 1000 + "." + String.format("%03d", millis % 1000);
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(Bytes.secondsToMillis(b, 0, b.length)).isEqualTo(millis);
    }
}
