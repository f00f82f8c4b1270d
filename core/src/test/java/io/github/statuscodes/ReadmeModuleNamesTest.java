package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md's Install section says "Each module is a named JPMS module:" and lists them; every
 * library module of the repository (the command line is a program) is in that list.
 */
class ReadmeModuleNamesTest {
    static final Path ROOT = Path.of("..");

    @Test
    void readmeListsTheModuleNameOfEveryLibraryModule() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("Each module is a named JPMS module:");
        assertThat(at).isPositive();
        String list = readme.substring(at, readme.indexOf("\n\n", at));
        List<String> missing = new ArrayList<>();
        Pattern name = Pattern.compile("^(?:open\\s+)?module\\s+([\\w.]+)", Pattern.MULTILINE);
        List<Path> descriptors;
        try (Stream<Path> modules = Files.list(ROOT)) {
            descriptors = modules.map(m -> m.resolve("src/main/java/module-info.java"))
                    .filter(Files::exists).sorted().collect(Collectors.toList());
        }
        assertThat(descriptors).hasSizeGreaterThan(5);
        for (Path d : descriptors) {
            Matcher m = name.matcher(Files.readString(d, StandardCharsets.UTF_8));
            assertThat(m.find()).as(d.toString()).isTrue();
            String module = m.group(1);
            if (!module.endsWith(".cli") && !list.contains("`" + module + "`")) {
                missing.add(module);
            }
        }
        assertThat(missing).as("module names README.md's list leaves out").isEmpty();
    }
}
