package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Lines without a status code" table keeps its counts in one column, however long a label. */
class NoStatusTableAlignmentTest {
    @TempDir
    Path dir;

    @Test
    void countsLineUpWhenALabelIsLongerThanTheColumn() throws Exception {
        Run run = Run.of("logs", Fixtures.file("envoy-json.log", dir).toString(),
                Fixtures.file("cloudfront.log", dir).toString());
        assertThat(run.status).isZero();
        List<String> rows = new ArrayList<>();
        boolean in = false;
        for (String line : run.out.split("\\R")) {
            if (line.equals("Lines without a status code")) {
                in = true;
            } else if (in && line.isEmpty()) {
                break;
            } else if (in) {
                rows.add(line);
            }
        }
        assertThat(rows).hasSizeGreaterThan(1);
        List<Integer> widths = new ArrayList<>();
        for (String row : rows) {
            widths.add(row.stripTrailing().length()); // count and share are right-aligned
        }
        assertThat(widths).as(String.join("\n", rows)).containsOnly(widths.get(0));
    }
}
