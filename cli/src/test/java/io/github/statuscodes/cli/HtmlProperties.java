package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.internal.Json;
import io.github.statuscodes.testing.Surrogates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The HTML report's escapers on arbitrary strings (and on strings built from the characters that
 * matter): text and attribute values never open a tag, comment or entity of their own and never
 * end a quoted attribute; embedded JSON never ends its script block and reads back, with Jackson,
 * to the same value; a whole report from a log of arbitrary paths keeps its two script blocks.
 */
class HtmlProperties {
    static final ObjectMapper JSON = new ObjectMapper();
    /** An entity the escapers write: named, or decimal. */
    static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39);");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(Arbitraries.strings(),
                Arbitraries.strings().withChars("<>&\"'/=!-\u2028\u2029\u0000\u202e\ud800 ascript")
                        .ofMaxLength(40),
                Arbitraries.of("</script>", "<!--", "<script>", "]]>", "\" onerror=\"x",
                        "' onload='x", "javascript:x", "&lt;", "\u2028", "<svg/onload=x>")
                        .list().ofMaxSize(5).map(l -> String.join("", l)));
    }

    @Property
    void textHasNoMarkupCharacterAndEveryAmpersandStartsOurEntity(@ForAll("hostile") String s) {
        String t = Html.text(s);
        assertThat(t).doesNotContain("<", ">", "\"", "'");
        assertThat(ENTITY.matcher(t).replaceAll("")).doesNotContain("&");
    }

    @Property
    void textShowsWhatPrintableShowsOnceEntitiesAreRead(@ForAll("hostile") String s) {
        assertThat(unescape(Html.text(s))).isEqualTo(Printable.of(s));
    }

    @Property
    void attributeValuesCannotEndTheirQuotes(@ForAll("hostile") String s) {
        String a = Html.attr(s);
        assertThat(a).doesNotContain("\"", "'", "<", ">");
        assertThat(unescape(a)).isEqualTo(Printable.of(s));
    }

    @Property
    void scriptJsonCannotEndOrBreakItsBlockAndReadsBackTheSame(@ForAll("hostile") String s,
            @ForAll("hostile") String key) throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put(key, s);
        value.put("list", List.of(s, 1, true));
        String json = JSON.writeValueAsString(value);
        String embedded = Html.scriptJson(json);
        assertThat(embedded).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(JSON.readTree(embedded)).isEqualTo(JSON.readTree(json));
        // and the project's own JSON writer, as the report uses it (it writes an unpaired
        // surrogate as U+FFFD, so that the text is valid Unicode)
        String quoted = Html.scriptJson(Json.quote(s));
        assertThat(JSON.readTree(quoted).textValue()).isEqualTo(Surrogates.lonesReplaced(s));
    }

    @Property(tries = 60)
    void aReportOfArbitraryPathsKeepsItsTwoScriptsAndItsModel(
            @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.constraints.StringLength(
                    max = 30) String> segments) throws Exception {
        LogAnalysis a = new LogAnalysis(300, true);
        a.startSource("in<script>.log", LogFormat.named("timed"));
        LogLine line = new LogLine();
        long n = 0;
        for (String seg : segments) {
            String path = "/" + seg.replace(' ', '_').replace('"', '_').replace('\n', '_')
                    .replace('\r', '_');
            for (int status : new int[] {200, 499, 499, 499, 499, 499}) {
                byte[] b = HtmlReportLogs.timed(HtmlReportLogs.START, "GET", path, status, 1.5,
                        "a\u2028</script>").getBytes(StandardCharsets.UTF_8);
                a.accept(b, 0, b.length, line, "x", ++n);
            }
        }
        LogReport r = new LogReport(a);
        String html = LogReportHtml.render(r);
        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(count(html, "</script")).isEqualTo(2);
        assertThat(count(html, "<!--")).isZero();
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"model\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogReportJson.print(r, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        JsonNode model = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(m.group(1))).isEqualTo(model);
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
