package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Give-ups of more kinds on one endpoint than it keeps apart. */
class GiveUpKindsTest {
    static String haproxy(String timers, int status, String state) {
        return "1.2.3.4:1 [06/Feb/2009:12:14:14.655] fe be/srv " + timers + " " + status
                + " 0 - - " + state + " 1/1/1/1/0 0/0 \"GET /api/x HTTP/1.1\"";
    }

    @Test
    void aFourthKindIsCountedAsOtherNeverUnderTheThirdsLabel() throws Exception {
        String log = String.join("\n", haproxy("0/0/0/-1/1000", -1, "CC--"),
                haproxy("0/0/0/-1/2000", -1, "CQ--"), haproxy("0/0/0/-1/3000", 400, "CH--"),
                haproxy("0/0/0/5/4000", 200, "CD--")) + "\n";
        Run run = Run.withStdin(log.getBytes(StandardCharsets.UTF_8), "logs", "-");
        assertThat(run.status).isZero();
        assertThat(run.out).contains("GET /api/x: 1 × 400 (HAProxy CH)",
                "GET /api/x: 1 × " + Finding.OTHER).doesNotContain("2 × 400");
        JsonNode json = new ObjectMapper().readTree(Run.withStdin(
                log.getBytes(StandardCharsets.UTF_8), "logs", "--json", "-").out);
        long sum = 0;
        for (JsonNode f : json.get("clientGone")) {
            sum += f.get("count").asLong();
        }
        assertThat(sum).isEqualTo(4);
    }

    /** Whatever the kinds, each group's count is its own kind's, and the counts add up. */
    @Property(tries = 200)
    void everyKindIsCountedUnderItsOwnLabelOrOther(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 6) Integer> kinds) {
        String[] states = {"CR--", "CQ--", "CC--", "CH--", "CD--", "CL--", "CT--"};
        int[] count = new int[states.length];
        Endpoint e = new Endpoint("GET /api/x");
        LogFormat f = new HaproxyFormat();
        for (int k : kinds) {
            count[k]++;
            e.add(Fixtures.parse(f, haproxy("0/0/0/-1/1000", -1, states[k])),
                    io.github.statuscodes.Vendor.HAPROXY);
        }
        long total = 0;
        for (int g = 0; g < e.groups; g++) {
            Endpoint.GaveUp gone = e.gaveUp[g];
            total += gone.count;
            if (!gone.other) {
                int k = List.of(states).indexOf(gone.signal + "--");
                assertThat(gone.count).as(gone.signal).isEqualTo(count[k]);
                assertThat(g).isLessThan(Endpoint.MAX_GROUPS);
            } else {
                assertThat(gone.durations).isNull();
            }
        }
        long distinct = java.util.Arrays.stream(count).filter(c -> c > 0).count();
        assertThat(e.groups).isEqualTo((int) Math.min(distinct, Endpoint.MAX_GROUPS + 1));
        assertThat(total).isEqualTo(kinds.size());
    }
}
