package io.github.statuscodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CommandLineProperties {

    @Property(tries = 1000)
    void arbitraryArgumentsEndInSuccessOrOneLineOnStderrWithExit2(
            @ForAll("arguments") List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CommandLine.run(args.toArray(new String[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String error = err.toString(StandardCharsets.UTF_8);
        if (status == 0) {
            assertThat(error).isEmpty();
            assertThat(out.size()).isPositive();
        } else {
            assertThat(status).isEqualTo(2);
            assertThat(error).startsWith("statuscodes: ").endsWith(System.lineSeparator());
            assertThat(error.lines()).hasSize(1);
        }
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        Arbitrary<String> arg = Arbitraries.oneOf(
                Arbitraries.of("--json", "--list", "--vendor", "--vendor=nginx", "nginx", "esri",
                        "460", "499", "777", "99", "1000", "-x", "--"),
                Arbitraries.integers().between(-50, 1100).map(String::valueOf),
                Arbitraries.strings().ofMaxLength(8).map(s -> s.replace('\n', ' ')
                        .replace('\r', ' ').replace('\u0085', ' ').replace('\u2028', ' ')
                        .replace('\u2029', ' ')));
        return arg.list().ofMaxSize(4);
    }
}
