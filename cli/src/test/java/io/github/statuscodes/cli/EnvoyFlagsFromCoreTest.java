package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.EndedBy;
import io.github.statuscodes.LogSignal;
import io.github.statuscodes.LogSignals;
import io.github.statuscodes.Vendor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Envoy's response flags are read by what core's signal data says of each. */
class EnvoyFlagsFromCoreTest {
    private static List<LogSignal> flags() {
        return LogSignals.byVendor(Vendor.ENVOY).stream()
                .filter(s -> s.field().equals("%RESPONSE_FLAGS%")).collect(Collectors.toList());
    }

    private static LogLine parse(LogFormat f, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        assertThat(f.parse(b, 0, b.length, line)).as(s).isTrue();
        return line;
    }

    @Test
    void everyFlagOfCoreIsReadByWhoItSaysEndedTheRequest() {
        assertThat(flags()).hasSizeGreaterThan(20);
        for (LogSignal flag : flags()) {
            EndedBy e = flag.endedBy();
            boolean notTheBackendsAnswer = e == EndedBy.BACKEND || e == EndedBy.PROXY
                    || e == EndedBy.LIMIT;
            // a 503 with an upstream service time: the backend's answer unless the flag says not
            LogLine text = parse(EnvoyFormat.envoy(), "[2026-12-01T10:00:00.000Z] \"GET /x"
                    + " HTTP/1.1\" 503 " + flag.token() + " 0 10 25 20 \"-\" \"curl/8.5.0\""
                    + " \"id\" \"api\" \"10.0.0.1:8080\"");
            LogLine json = parse(new EnvoyJsonFormat(), "{\"start_time\":\"2026-12-01T10:00:00.000Z\","
                    + "\"method\":\"GET\",\"path\":\"/x\",\"response_code\":503,\"response_flags\":\""
                    + flag.token() + "\",\"duration\":25,\"upstream_service_time\":\"20\"}");
            for (LogLine line : List.of(text, json)) {
                assertThat(line.backendStatus).as(flag.toString())
                        .isEqualTo(notTheBackendsAnswer ? 0 : 503);
                assertThat(line.clientGaveUp).as(flag.toString()).isEqualTo(e == EndedBy.CLIENT);
                if (e == EndedBy.CLIENT) {
                    assertThat(line.signal).isEqualTo(flag.token());
                }
            }
        }
    }

    @Test
    void aFlagAmongOthersCountsAndAnUnknownFlagIsNoFailure() {
        LogLine both = parse(EnvoyFormat.envoy(), "[2026-12-01T10:00:00.000Z] \"GET /x HTTP/1.1\""
                + " 200 XX,DC 0 10 25 20 \"-\" \"curl/8.5.0\" \"id\" \"api\" \"10.0.0.1:8080\"");
        assertThat(both.clientGaveUp).isTrue();
        assertThat(both.signal).isEqualTo("DC");
        assertThat(both.backendStatus).isEqualTo(200);
        LogLine unknown = parse(EnvoyFormat.envoy(), "[2026-12-01T10:00:00.000Z] \"GET /x"
                + " HTTP/1.1\" 200 XX 0 10 25 20 \"-\" \"curl/8.5.0\" \"id\" \"api\" \"10.0.0.1:8080\"");
        assertThat(unknown.clientGaveUp).isFalse();
        assertThat(unknown.backendStatus).isEqualTo(200);
    }
}
