package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The detection matrix over every pair of {@link LogFormat#candidates()}: each format's own
 * lines (the fixture {@code formats/NAME.log}, lines starting with {@code "## "} are its notes)
 * parse in that format and in no other (a directive several formats share, such as W3C's
 * {@code #Version:}, is read by them all and claimed by none), and detection picks it. A format
 * added to the candidates joins the matrix and fails it until its fixture exists.
 */
class FormatDetectionProperties {
    /** The log lines of format {@code name}'s fixture, notes dropped (headers such as #Fields kept). */
    static List<String> fixture(String name) {
        try (InputStream in = FormatDetectionProperties.class.getResourceAsStream(
                "/formats/" + name + ".log")) {
            assertThat(in).as("fixture formats/%s.log for the format %s", name, name).isNotNull();
            List<String> lines = new ArrayList<>();
            for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!s.startsWith("## ") && !s.equals("##")) {
                    lines.add(s);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (LogFormat f : LogFormat.candidates()) {
            names.add(f.name());
        }
        return names;
    }

    @Example
    void everyFormatReadsItsOwnLinesAndNoOtherFormatDoes() {
        LogFormat[] all = LogFormat.candidates();
        for (LogFormat own : all) {
            List<String> lines = fixture(own.name());
            assertThat(lines).as(own.name()).isNotEmpty();
            for (LogFormat other : all) {
                LogFormat reader = other;
                long read = 0;
                long shared = 0;
                LogLine line = new LogLine();
                for (String s : lines) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    LogFormat header = reader.header(b, 0, b.length);
                    if (header == reader) {
                        shared++; // a directive several formats share (W3C #Version)
                    } else if (header != null) {
                        reader = header;
                        read++;
                    } else if (reader.parse(b, 0, b.length, line)) {
                        read++;
                    }
                }
                if (other.name().equals(own.name())) {
                    assertThat(read + shared).as("%s reads all of its fixture", own.name())
                            .isEqualTo(lines.size());
                    assertThat(read).as("%s claims lines of its fixture", own.name()).isPositive();
                } else {
                    assertThat(read).as("%s reads none of %s's lines", other.name(), own.name())
                            .isZero();
                }
            }
            assertThat(detect(lines)).as("detected format of %s's lines", own.name())
                    .containsExactly(own.name());
        }
    }

    /** Any line of a fixture with its digits changed is read by no other format. */
    @Property(tries = 1000)
    void aFormatsLinesWithOtherNumbersAreNeverAnotherFormats(@ForAll("variedLines") Object[] c) {
        String own = (String) c[0];
        String s = (String) c[1];
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        for (LogFormat other : LogFormat.candidates()) {
            if (!other.name().equals(own)) {
                LogFormat header = other.header(b, 0, b.length);
                assertThat((header == null || header == other) && !other.parse(b, 0, b.length,
                        line)).as("%s reads a line of %s: %s", other.name(), own, s).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Object[]> variedLines() {
        return Arbitraries.of(names()).flatMap(name -> {
            List<String> lines = fixture(name);
            return Combinators.combine(Arbitraries.of(lines), Arbitraries.longs())
                    .as((s, seed) -> new Object[] {name, digits(s, seed)});
        });
    }

    /** {@code s} with each digit replaced by a random one (the shape stays the format's). */
    static String digits(String s, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            if (Character.isDigit(sb.charAt(i)) && r.nextInt(3) == 0) {
                sb.setCharAt(i, (char) ('0' + r.nextInt(10)));
            }
        }
        return sb.toString();
    }

    static List<String> detect(List<String> lines) {
        byte[] b = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            List<String> names = new ArrayList<>();
            for (LogFormat f : FormatDetection.detect(new BufferedInputStream(
                    new ByteArrayInputStream(b)))) {
                names.add(f.name());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
