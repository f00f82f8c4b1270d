package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table of non-standard codes in docs/codes.md equal to the registry. Run with
 * {@code -Dstatuscodes.readme.update=true} to rewrite the table instead of checking it.
 */
class ReadmeTest {
    static final String BEGIN = "<!-- codes:begin -->";
    static final String END = "<!-- codes:end -->";
    static final Path README = Path.of("..", "docs", "codes.md");
    static final Path CHANGELOG = Path.of("..", "CHANGELOG.md");
    static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "statuscodes");
    private static final Pattern RELEASE = Pattern.compile(
            "(?m)^## \\[(\\d+(?:\\.\\d+)*)\\] - \\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern CONSTANT = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final StatusCode (\\w+)\\b", Pattern.DOTALL);
    private static final Pattern SINCE = Pattern.compile("@since\\s+(\\d+(?:\\.\\d+)*)");

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

    @Test
    void theMeaningsNewSinceTheLatestReleaseSaySo() {
        // Shopify's 420 and 530 and the WebDAV draft's 425 came in 0.3.0 (0.2.0's table has
        // none of them): labelled until 0.3.0 is released, no longer once it is.
        String table = table();
        if (after("0.3.0", latestRelease())) {
            assertThat(table).contains(
                    "| 420 | Shop Locked | `NEVER` | primary is Twitter, deprecated, since 0.3.0 |",
                    "| 425 | Unordered Collection | `NEVER` | primary is IANA, historical, since 0.3.0 |",
                    "| 530 | Origin DNS Error | `NEVER` | primary is Cloudflare, since 0.3.0 |");
            assertThat(table.split("since 0\\.3\\.0", -1)).hasSize(4);
        } else {
            assertThat(table).doesNotContain("since 0.3.0");
        }
    }

    /** The latest release: the newest dated {@code ## [X.Y.Z] - date} section of CHANGELOG.md. */
    static String latestRelease() {
        try {
            Matcher m = RELEASE.matcher(Files.readString(CHANGELOG, StandardCharsets.UTF_8));
            assertThat(m.find()).as("CHANGELOG.md has a dated release section").isTrue();
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each built-in constant's {@code @since} version, from its Javadoc in core's sources. */
    static Map<StatusCode, String> sinceTags() {
        Map<StatusCode, String> since = new IdentityHashMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".java")) {
                    continue;
                }
                Matcher m = CONSTANT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    Matcher tag = SINCE.matcher(m.group(1));
                    if (!tag.find()) {
                        continue;
                    }
                    Field f = Class.forName("io.github.statuscodes."
                            + name.substring(0, name.length() - 5)).getField(m.group(2));
                    if (Modifier.isStatic(f.getModifiers())) {
                        since.put((StatusCode) f.get(null), tag.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return since;
    }

    private static boolean after(String version, String release) {
        String[] a = version.split("\\.");
        String[] b = release.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i]) : 0;
            int y = i < b.length ? Integer.parseInt(b[i]) : 0;
            if (x != y) {
                return x > y;
            }
        }
        return false;
    }

    /**
     * Renders the non-standard codes, one table per vendor in registry order, after a table of
     * IANA's former phrases and reservations. A meaning whose constant's {@code @since} is after
     * the latest release says "since" that version.
     */
    static String table() {
        String release = latestRelease();
        Map<StatusCode, String> since = sinceTags();
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
                String added = since.get(c);
                if (added != null && after(added, release)) {
                    notes.add("since " + added);
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
