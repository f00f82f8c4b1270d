package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every help text fits a terminal's default 80 columns, whatever asks for it. */
class HelpWidthTest {
    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "logs --help", "logs -h", "iis --help",
            "--vendor nginx --help"})
    void everyHelpLineFitsIn80Columns(String args) {
        Run run = Run.of(args.split(" "));
        assertThat(run.status).isZero();
        List<String> lines = run.out.lines().toList();
        assertThat(lines).as("help of %s", args).hasSizeGreaterThan(10);
        for (String line : lines) {
            assertThat(line.codePointCount(0, line.length())).as("%s: %s", args, line)
                    .isLessThanOrEqualTo(80);
        }
    }
}
