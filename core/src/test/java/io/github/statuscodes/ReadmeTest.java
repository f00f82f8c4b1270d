package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps README's table of non-standard codes equal to the registry. Run with
 * {@code -Dstatuscodes.readme.update=true} to rewrite the table instead of checking it.
 */
class ReadmeTest {
    static final String BEGIN = "<!-- codes:begin -->";
    static final String END = "<!-- codes:end -->";
    static final Path README = Path.of("..", "README.md");

    @Test
    void readmeTableMatchesTheRegistry() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has a %s marker", BEGIN).isNotNegative();
        assertThat(end).as("README.md has a %s marker after the begin marker", END)
                .isGreaterThan(begin);
        String expected = "\n" + table() + "\n";
        String actual = readme.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("statuscodes.readme.update")) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected
                    + readme.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("README.md's code table is out of date; regenerate it with"
                        + " ./mvnw -B -pl core test -Dtest=ReadmeTest"
                        + " -Dstatuscodes.readme.update=true")
                .isEqualTo(expected);
    }

    @Test
    void theTableListsEveryNonStandardCodeOnce() {
        String table = table();
        for (StatusCode c : StatusCodes.all()) {
            String row = "| " + c.code() + " | " + c.reasonPhrase() + " |";
            if (c.isStandard()) {
                assertThat(table).doesNotContain("(" + c.documentation() + ")");
            } else {
                assertThat(table).contains(row);
            }
        }
    }

    /** Renders the non-standard codes, one table per vendor, in registry order. */
    static String table() {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (Vendor v : StatusRegistry.defaults().vendors()) {
            if (v.equals(Vendor.IANA)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("### ").append(v.displayName()).append(" (`").append(v.id()).append("`)\n\n")
                    .append("| Code | Reason phrase | Retryability | Notes | Source |\n")
                    .append("|---|---|---|---|---|\n");
            for (StatusCode c : StatusCodes.byVendor(v)) {
                count++;
                String notes = (StatusCodes.of(c.code()) == c
                        ? StatusCodes.meanings(c.code()).size() > 1 ? "primary" : ""
                        : "primary is " + StatusCodes.of(c.code()).vendor().displayName());
                if (c.isLogOnly()) {
                    notes = notes.isEmpty() ? "log-only" : notes + ", log-only";
                }
                sb.append("| ").append(c.code()).append(" | ").append(c.reasonPhrase())
                        .append(" | `").append(c.retryability()).append("` | ").append(notes)
                        .append(" | [").append(c.documentation().getHost()).append("](")
                        .append(c.documentation()).append(") |\n");
            }
        }
        long standard = StatusCodes.all().stream().filter(StatusCode::isStandard).count();
        sb.append("\n").append(count).append(" non-standard codes from ")
                .append(StatusRegistry.defaults().vendors().size() - 1).append(" vendors, next to ")
                .append(standard).append(" IANA-registered codes.");
        return sb.toString();
    }
}
