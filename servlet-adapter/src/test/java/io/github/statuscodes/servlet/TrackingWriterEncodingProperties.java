package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The filter's writer sends, for any text written in any pieces and in any charset a response
 * may name, the bytes the JDK's own {@link OutputStreamWriter} makes of the whole text: a
 * byte-order mark once at the start, never again in the middle (UTF-16 writes one per encoder
 * reset).
 */
class TrackingWriterEncodingProperties {

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "UTF-16", "UTF-16BE", "UTF-16LE", "x-UTF-16LE-BOM",
                "UTF-32", "X-UTF-32BE-BOM", "X-UTF-32LE-BOM", "ISO-8859-1", "windows-1252",
                "Shift_JIS", "GB18030");
    }

    @Property(tries = 300)
    void anyTextInAnyPiecesEncodesAsTheWholeText(@ForAll("charsets") String name,
            @ForAll @Size(max = 6) List<String> pieces) throws Exception {
        Charset charset = Charset.forName(name);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        TrackingWriter writer = new TrackingWriter(sent, charset);
        for (String p : pieces) {
            writer.write(p);
        }
        writer.close();

        assertThat(sent.toByteArray()).isEqualTo(jdk(String.join("", pieces), charset));
    }

    @Example
    void utf16TextWrittenInTwoPiecesHasOneByteOrderMark() throws Exception {
        Charset utf16 = Charset.forName("UTF-16");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        TrackingWriter writer = new TrackingWriter(sent, utf16);
        writer.write("caf");
        writer.write("\u00e9");
        writer.flush(); // no close: the container completes the response without it

        assertThat(sent.toByteArray()).containsExactly(0xfe, 0xff, 0, 'c', 0, 'a', 0, 'f',
                0, 0xe9);
    }

    private static byte[] jdk(String text, Charset charset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, charset)) {
            w.write(text);
        }
        return out.toByteArray();
    }
}
