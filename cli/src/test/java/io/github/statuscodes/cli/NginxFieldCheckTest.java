package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The check behind "never parsed": what it names, and when it stops looking at lines. */
class NginxFieldCheckTest {
    private static void observe(NginxFieldCheck check, String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        check.observe(b, 0, b.length);
    }

    @Example
    void aLogThatParsesIsCheckedOnItsFirstLineOnly() {
        NginxFieldCheck check = NginxFieldCheck.of(LogFormat.TIMED);
        assertThat(check.done()).isFalse();
        observe(check, LogsCommandTest.timed("GET /a", 200, 0.1, "200"));
        assertThat(check.done()).isTrue();
        assertThat(check.neverParsed()).isEmpty();
    }

    @Example
    void upstreamFieldsThatAreAlwaysADashSettleAfterAThousandLines() {
        NginxFieldCheck check = NginxFieldCheck.of(LogFormat.TIMED);
        for (int i = 0; i < NginxFieldCheck.SETTLE - 1; i++) {
            observe(check, LogsCommandTest.timed("GET /a", 200, 0.1, "-"));
        }
        assertThat(check.done()).as("still looking after %s lines", NginxFieldCheck.SETTLE - 1)
                .isFalse();
        observe(check, LogsCommandTest.timed("GET /a", 200, 0.1, "-"));
        assertThat(check.done()).isTrue();
        assertThat(check.neverParsed()).as("a dash is no value, not a bad one").isEmpty();
    }

    @Example
    void namesEachBadVariableOnceWithItsFirstValue() {
        NginxFieldCheck check = NginxFieldCheck.of("$msec $status \"$upstream_status\"");
        observe(check, "soon 2x0 \"up, down\"");
        observe(check, "later 200 \"none\"");
        assertThat(check.neverParsed()).containsExactly(
                "$msec never held seconds since 1970 such as 1796119200.123 (2 lines,"
                        + " e.g. \"soon\")",
                "$upstream_status never held a status code (2 lines, e.g. \"up, down\")");
        assertThat(check.done()).as("$status held 200 but the others never held a value")
                .isFalse();
    }

    @Example
    void aLongSampleIsCut() {
        NginxFieldCheck check = NginxFieldCheck.of("$status");
        observe(check, "x".repeat(100));
        assertThat(check.neverParsed()).containsExactly("$status never held a status code"
                + " (1 line, e.g. \"" + "x".repeat(40) + "...\")");
    }

    @Property(tries = 1000)
    void arbitraryLinesNeverThrowAndOnlyTheFormatsVariablesAreNamed(
            @ForAll @StringLength(max = 200) String line) {
        NginxFieldCheck check = NginxFieldCheck.of(LogFormat.UPSTREAMINFO);
        observe(check, line);
        observe(check, line + " " + line);
        for (String problem : check.neverParsed()) {
            assertThat(problem).matches("\\$(status|request_time|upstream_response_time"
                    + "|upstream_status|time_local) never held .*");
            assertThat(problem).doesNotContainPattern("[\\x00-\\x1f\\x7f]");
        }
    }
}
