package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example output in docs/proxy-logs.md is what {@code logs} prints today on the fixture it
 * names: a block marked {@code <!-- logs-example: formats/haproxy.log -->} is followed by a
 * {@code ```text} block whose first line is the command ({@code $ java -jar ... logs ARGS FILE})
 * and whose other lines are the report. The test writes the fixture's log lines (without its
 * {@code ## } notes, as a proxy would have written the file) under the name FILE into a temporary
 * directory, runs the command on it, and compares. With
 * {@code -Dstatuscodes.docs.rewrite=true} it writes the current output into the page instead.
 */
class ProxyLogsDocExamplesTest {
    static final Path PAGE = Path.of("../docs/proxy-logs.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "(?m)^<!-- logs-example: (\\S+) -->\\n```text\\n"
                    + "(\\$ java -jar cli/target/statuscodes-cli-\\S+\\.jar (logs [^\\n]*))\\n"
                    + "(.*?)^```$",
            Pattern.DOTALL);
    private static final Pattern COMMAND = Pattern.compile(
            "(?m)^\\$ java -jar cli/target/statuscodes-cli-");

    @Test
    void everyExampleIsTheOutputOfItsCommandOnItsFixture(@TempDir Path dir) throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher m = EXAMPLE.matcher(page);
        StringBuilder rewritten = new StringBuilder();
        int examples = 0;
        List<String> stale = new ArrayList<>();
        while (m.find()) {
            examples++;
            String fixture = m.group(1);
            List<String> args = new ArrayList<>(Arrays.asList(m.group(3).split(" ")));
            String file = args.get(args.size() - 1);
            assertThat(file).as("the example's log file is a plain name").doesNotContain("/", "'");
            assertThat(fixture).startsWith("formats/");
            Path copy = dir.resolve(file);
            Files.write(copy, Fixtures.lines(fixture.substring("formats/".length())));
            args.set(args.size() - 1, copy.toString());
            Run run = Run.of(args.toArray(new String[0]));
            assertThat(run.status).as("%s on %s", m.group(3), fixture).isZero();
            String out = run.out.replace(copy.toString(), file);
            if (!out.equals(m.group(4))) {
                stale.add(fixture + " (" + m.group(3) + ")");
            }
            m.appendReplacement(rewritten, Matcher.quoteReplacement(
                    "<!-- logs-example: " + fixture + " -->\n```text\n" + m.group(2) + "\n" + out
                            + "```"));
            Files.delete(copy);
        }
        m.appendTail(rewritten);
        Matcher commands = COMMAND.matcher(page);
        int all = 0;
        while (commands.find()) {
            all++;
        }
        assertThat(examples).as("every command in the page is a marked example").isEqualTo(all)
                .isGreaterThanOrEqualTo(9);
        if (Boolean.getBoolean("statuscodes.docs.rewrite")) {
            Files.writeString(PAGE, rewritten.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(stale).as("examples whose output changed; rerun with "
                + "-Dstatuscodes.docs.rewrite=true and read the diff").isEmpty();
    }
}
