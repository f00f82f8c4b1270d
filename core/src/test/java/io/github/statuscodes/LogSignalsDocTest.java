package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/log-signals.md's tables equal to {@link LogSignals}. Run with
 * {@code -Dstatuscodes.docs.update=true} to rewrite them instead of checking.
 */
class LogSignalsDocTest {
    static final String BEGIN = "<!-- signals:begin -->";
    static final String END = "<!-- signals:end -->";
    static final Path PAGE = Path.of("..", "docs", "log-signals.md");

    @Test
    void theTablesMatchTheData() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        assertThat(begin).as("%s has a %s marker", PAGE, BEGIN).isNotNegative();
        assertThat(end).as("an end marker after the begin marker").isGreaterThan(begin);
        String expected = "\n" + tables() + "\n";
        if (Boolean.getBoolean("statuscodes.docs.update")) {
            Files.writeString(PAGE, page.substring(0, begin + BEGIN.length()) + expected
                    + page.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(page.substring(begin + BEGIN.length(), end))
                .as("docs/log-signals.md is out of date; regenerate it with ./mvnw -B -pl core"
                        + " test -Dtest=LogSignalsDocTest -Dstatuscodes.docs.update=true")
                .isEqualTo(expected);
    }

    @Test
    void everySignalHasARow() {
        String tables = tables();
        for (LogSignal s : LogSignals.all()) {
            assertThat(tables).contains("| `" + s.token().replace("|", "\\|") + "` | " + s.name());
        }
    }

    static String tables() {
        StringBuilder sb = new StringBuilder();
        for (Vendor v : LogSignals.vendors()) {
            sb.append(sb.length() == 0 ? "" : "\n").append("### ").append(v.displayName())
                    .append(" (`").append(v.id()).append("`)\n\n")
                    .append("| Value | Name | Field | Ended by | Same as | Source |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (LogSignal s : LogSignals.byVendor(v)) {
                String same = s.equivalents().stream()
                        .map(c -> c.code() + (c.isStandard() ? "" : " (" + c.vendor().id() + ")"))
                        .collect(Collectors.joining(", "));
                sb.append("| `").append(s.token().replace("|", "\\|")).append("` | ")
                        .append(s.name()).append(" | ").append(s.field().replace("|", "\\|"))
                        .append(" | ").append(s.endedBy()).append(" | ")
                        .append(same.isEmpty() ? "—" : same).append(" | [doc](")
                        .append(s.documentation()).append(") |\n");
            }
        }
        return sb.toString();
    }
}
