package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.StatusCodes;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explaining a code ({@code java -jar statuscodes-cli-….jar 460}) loads only the classes it shows
 * something from. In a fresh JVM each class of the jar costs about half a millisecond and the
 * texts class a few, which decides the command line's start-up against a Hello World
 * (BENCHMARKS.md, "0.3.0 start-up"). Checked in a fresh JVM by its class-loading log, not by
 * timing.
 */
class StartupPathTest {
    @Test
    void explainingACodeLoadsOnlyWhatItShows() throws IOException, InterruptedException,
            URISyntaxException {
        String log = run("460");
        assertThat(log).contains("460 Client Closed Connection", "causes:");
        assertThat(statuscodesClasses(log)).containsExactlyInAnyOrder(
                "cli.CommandLine", "cli.Explanation",
                "StatusCodes", "StatusCode", "StatusRegistry", "DefaultCodes",
                "Vendor", "StatusClass", "Retryability", "Lifecycle",
                // the texts of numbers ending in 0 only
                "BuiltInTexts", "BuiltInTextsData", "BuiltInTextsData$Digit0");
        // neither the help text (a regex split of the vendor IDs), an access-log signal nor
        // the argument checks
        assertThat(log).doesNotContain("java.util.regex.Pattern ", "statuscodes.LogSignal",
                "statuscodes.internal.Checks");
    }

    /** The help still lists the vendor IDs, built when asked for. */
    @Test
    void theHelpIsBuiltWhenAskedFor() throws IOException, InterruptedException,
            URISyntaxException {
        String log = run("--help");
        assertThat(log).contains("IDs: iana, ", "Exit status: 0 on success");
        assertThat(statuscodesClasses(log)).contains("Vendor").doesNotContain("StatusCodes");
    }

    /** The JVM's class-loading log and the output of {@code CommandLine} with these arguments. */
    private static String run(String... args)
            throws IOException, InterruptedException, URISyntaxException {
        Path cli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path core = Path.of(StatusCodes.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info", "-cp", cli + File.pathSeparator + core,
                CommandLine.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        return log;
    }

    /** The classes of io.github.statuscodes and its subpackages that the log shows loaded. */
    private static List<String> statuscodesClasses(String log) {
        List<String> loaded = new ArrayList<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf(" io.github.statuscodes.");
            if (at >= 0 && line.contains(" source: ")) {
                loaded.add(line.substring(at + " io.github.statuscodes.".length(),
                        line.indexOf(' ', at + 1)));
            }
        }
        return loaded;
    }
}
