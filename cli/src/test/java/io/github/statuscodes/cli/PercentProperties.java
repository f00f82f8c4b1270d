package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Shares as the reports print them: a part is never printed as none nor as the whole. */
class PercentProperties {
    @Property(tries = 2000)
    void aNonZeroPartIsNeitherNoneNorTheWhole(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long total,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long n) {
        long part = Math.min(n, total);
        String printed = Finding.percent((double) part / total);
        if (part == 0) {
            assertThat(printed).isEqualTo("0 %");
        } else if (part == total) {
            assertThat(printed).isEqualTo("100 %");
        } else {
            assertThat(printed).isNotIn("0 %", "0.0 %", "100 %", "100.0 %");
            assertThat(printed).matches("<0\\.1 %|[0-9]{1,2}(\\.[0-9])? %");
        }
    }

    @Example
    void oneLineInTenThousandIsLessThanATenthOfAPercent() {
        assertThat(Finding.percent(1 / 10_000.0)).isEqualTo("<0.1 %");
        assertThat(Finding.percent(4 / 10_000.0)).isEqualTo("<0.1 %");
        assertThat(Finding.percent(5 / 10_000.0)).isEqualTo("0.1 %");
        assertThat(Finding.percent(3 / 1000.0)).isEqualTo("0.3 %");
        assertThat(Finding.percent(0.25)).isEqualTo("25 %");
    }

    @Example
    void theCodeTableShowsOneLineInThousandsAsLessThanATenthOfAPercent() {
        LogAnalysis a = new LogAnalysis(LogFormat.named("timed"), 10);
        LogLine line = new LogLine();
        for (int i = 0; i < 3000; i++) {
            int status = i == 0 ? 503 : 200;
            byte[] b = ("10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] \"GET /a HTTP/1.1\" " + status
                    + " 5 \"-\" \"curl\" rt=0.010 urt=\"0.010\" us=\"" + status + "\"")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            a.accept(b, 0, b.length, line, "t.log", i + 1);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new LogReport(a).printText(new java.io.PrintStream(out, true,
                java.nio.charset.StandardCharsets.UTF_8));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).containsPattern("503  Service Unavailable +1 +<0\\.1 %")
                .contains("5xx: 1 (<0.1 %)").doesNotContain("0.0 %");
    }
}
