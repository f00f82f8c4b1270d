package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table of non-standard codes in docs/codes.md equal to the registry. Run with
 * {@code -Dstatuscodes.readme.update=true} to rewrite the table instead of checking it.
 */
class ReadmeTest {
    static final String BEGIN = "<!-- codes:begin -->";
    static final String END = "<!-- codes:end -->";
    static final Path README = Path.of("..", "docs", "codes.md");

    @Test
    void readmeTableMatchesTheRegistry() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("docs/codes.md has a %s marker", BEGIN).isNotNegative();
        assertThat(end).as("docs/codes.md has a %s marker after the begin marker", END)
                .isGreaterThan(begin);
        String expected = "\n" + table() + "\n";
        String actual = readme.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("statuscodes.readme.update")) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected
                    + readme.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("docs/codes.md's code table is out of date; regenerate it with"
                        + " ./mvnw -B -pl core test -Dtest=ReadmeTest"
                        + " -Dstatuscodes.readme.update=true")
                .isEqualTo(expected);
    }

    @Test
    void theTableListsEveryNonStandardCodeAndEveryFormerIanaMeaningOnce() {
        String table = table();
        for (StatusCode c : StatusCodes.all()) {
            String row = "| " + c.code() + " | " + c.reasonPhrase() + " |";
            if (c.isStandard() && c.lifecycle().isCurrent()) {
                assertThat(table).doesNotContain(row);
            } else {
                // Once per meaning: two vendors may give a number the same phrase (530 Origin
                // DNS Error of Cloudflare and Shopify), each in its own vendor's table.
                long meaningsWithThisRow = StatusCodes.meanings(c.code()).stream()
                        .filter(m -> m.reasonPhrase().equals(c.reasonPhrase()))
                        .count();
                assertThat(table.split(java.util.regex.Pattern.quote(row), -1).length - 1)
                        .as("rows %s", row).isEqualTo((int) meaningsWithThisRow);
            }
        }
    }

    /**
     * Renders the non-standard codes, one table per vendor in registry order, after a table of
     * IANA's former phrases and reservations.
     */
    static String table() {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (Vendor v : StatusRegistry.defaults().vendors()) {
            List<StatusCode> rows = new ArrayList<>();
            for (StatusCode c : StatusCodes.byVendor(v)) {
                if (!c.isStandard() || !c.lifecycle().isCurrent()) {
                    rows.add(c);
                }
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("### ").append(v.equals(Vendor.IANA) ? "IANA: former phrases and"
                    + " reservations" : v.displayName()).append(" (`").append(v.id())
                    .append("`)\n\n")
                    .append("| Code | Reason phrase | Retryability | Notes | Source |\n")
                    .append("|---|---|---|---|---|\n");
            for (StatusCode c : rows) {
                if (!c.isStandard()) {
                    count++;
                }
                List<String> notes = new ArrayList<>();
                StatusCode primary = StatusCodes.of(c.code());
                if (primary == c) {
                    if (StatusCodes.meanings(c.code()).size() > 1) {
                        notes.add("primary");
                    }
                } else {
                    notes.add("primary is " + (primary.vendor().equals(c.vendor())
                            ? "*" + primary.reasonPhrase() + "*" : primary.vendor().displayName()));
                }
                if (!c.lifecycle().isCurrent()) {
                    notes.add(c.lifecycle().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (c.isLogOnly()) {
                    notes.add("log-only");
                }
                sb.append("| ").append(c.code()).append(" | ").append(c.reasonPhrase())
                        .append(" | `").append(c.retryability()).append("` | ")
                        .append(String.join(", ", notes))
                        .append(" | [").append(c.documentation().getHost()).append("](")
                        .append(c.documentation()).append(") |\n");
            }
        }
        long standard = StatusCodes.all().stream().filter(StatusCode::isStandard).count();
        sb.append("\n").append(count).append(" non-standard meanings from ")
                .append(StatusRegistry.defaults().vendors().size() - 1).append(" vendors, next to ")
                .append(standard).append(" IANA meanings of ")
                .append(StatusCodes.byVendor(Vendor.IANA).stream().mapToInt(StatusCode::code)
                        .distinct().count())
                .append(" registered numbers.");
        return sb.toString();
    }
}
