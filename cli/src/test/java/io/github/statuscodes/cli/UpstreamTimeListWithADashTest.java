package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * nginx writes {@code -} for an upstream that gave no time inside a list
 * ({@code $upstream_response_time} {@code 0.004, -} after a second upstream failed to answer),
 * and {@link NginxFormat} accepts such a list: the never-parsed check must not name it as a
 * value that is not a number of seconds.
 */
class UpstreamTimeListWithADashTest {
    @Test
    void aListOfUpstreamTimesWithADashIsNotNamedAsNeverParsed() {
        String format = "$status $request_time [$upstream_response_time] [$upstream_status]";
        NginxFieldCheck check = NginxFieldCheck.of(format);
        NginxFormat nginx = NginxFormat.compile("log_format", format, true);
        for (String line : new String[] {"502 0.010 [0.004, -] [502, 502]",
                "502 0.012 [-, 0.004] [-, 502]", "504 0.020 [0.010 : -] [504 : -]"}) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertThat(nginx.parse(b, 0, b.length, new LogLine())).as(line).isTrue();
            check.observe(b, 0, b.length);
        }
        assertThat(check.neverParsed()).isEmpty();
    }
}
