package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

    @Property(tries = 2000)
    void lineBreaksFoundAsALoopFindsThem(@ForAll("controlHeavy") byte[] b,
            @ForAll @IntRange(min = 0, max = 100) int from) {
        int start = Math.min(from, b.length);
        int expected = -1;
        for (int i = start; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                expected = i;
                break;
            }
        }
        assertThat(Bytes.indexOfLineBreak(b, start, b.length)).isEqualTo(expected);
    }

    @Example
    void everyByteValueAtEveryPlaceOfAStretch() {
        for (int value = 0; value < 256; value++) {
            for (int at = 0; at < 40; at++) {
                byte[] b = new byte[40];
                Arrays.fill(b, (byte) 'a');
                b[at] = (byte) value;
                int expected = value == '\n' || value == '\r' ? at : -1;
                assertThat(Bytes.indexOfLineBreak(b, 0, b.length)).as("byte %d at %d", value, at)
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * Bytes where LF, CR, their neighbours (tab, vertical tab, form feed, 14), the other control
     * bytes and the same bytes with the high bit set are common.
     */
    @Provide
    Arbitrary<byte[]> controlHeavy() {
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> special = Arbitraries.of((byte) '\n', (byte) '\r', (byte) '\t', (byte) 0,
                (byte) 11, (byte) 12, (byte) 14, (byte) 0x89, (byte) 0x8a, (byte) 0x8b,
                (byte) 0x8c, (byte) 0x8d, (byte) 0x8e, (byte) 0x7f);
        Arbitrary<Byte> plain = Arbitraries.bytes().between((byte) 14, (byte) 0x7e);
        return Arbitraries.frequencyOf(Tuple.of(20, plain), Tuple.of(3, special), Tuple.of(1, any))
                .array(byte[].class).ofMaxSize(100);
    }

    @Property(tries = 1000)
    void secondsReadToTheMillisecond(@ForAll @IntRange(min = 0, max = 100_000_000) int millis) {
        String s = millis / 1000 + "." + String.format("%03d", millis % 1000);
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(Bytes.secondsToMillis(b, 0, b.length)).isEqualTo(millis);
    }

    @Property(tries = 1000)
    void decimalsReadAsBigDecimalReadsThem(@ForAll @LongRange(min = 0, max = 1L << 40) long units,
            @ForAll @IntRange(min = 0, max = 9) int scale, @ForAll @IntRange(min = -9, max = 6)
            int shift, @ForAll boolean exponent) {
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(units, scale);
        String s = exponent ? v.toString().replace("E+", "e") : v.toPlainString();
        if (exponent && !s.contains("E") && !s.contains("e")) {
            s = s + "e0";
        }
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        long expected = v.movePointRight(shift).setScale(0, java.math.RoundingMode.DOWN)
                .longValueExact();
        assertThat(Bytes.decimal(b, 0, b.length, shift)).as(s).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void junkNeverThrows(@ForAll @Size(max = 40) byte[] b, @ForAll @IntRange(min = -9,
            max = 9) int shift) {
        long d = Bytes.decimal(b, 0, b.length, shift);
        assertThat(d == LogLine.NONE || d >= 0).isTrue();
    }
}
