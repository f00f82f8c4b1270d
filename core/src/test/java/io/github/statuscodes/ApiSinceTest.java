package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type of a published library module says in its Javadoc since which version it
 * exists. The modules are those the BOM manages, less the command line (a program, not an API);
 * the {@code internal} packages are exported only to the adapters. The consumer check
 * ({@code .ci/consumer/run}) compares the API with the latest release's and checks that what is
 * new says the coming version.
 */
class ApiSinceTest {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*"
            + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern BOM_ARTIFACT =
            Pattern.compile("<artifactId>(statuscodes-[a-z0-9-]+)</artifactId>");
    private static final Pattern POM_ARTIFACT = Pattern.compile(
            "(?s)</parent>.*?<artifactId>([^<]+)</artifactId>");

    /** The main source folders of the published library modules. */
    static List<Path> publishedSourceRoots(Path root) throws IOException {
        Set<String> managed = BOM_ARTIFACT.matcher(Files.readString(root.resolve("bom/pom.xml"),
                StandardCharsets.UTF_8)).results().map(m -> m.group(1)).collect(Collectors.toSet());
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().collect(Collectors.toList())) {
                Path pom = module.resolve("pom.xml");
                Path main = module.resolve("src/main/java");
                if (!Files.isRegularFile(pom) || !Files.isDirectory(main)) {
                    continue;
                }
                Matcher artifact = POM_ARTIFACT.matcher(Files.readString(pom,
                        StandardCharsets.UTF_8));
                if (artifact.find() && managed.contains(artifact.group(1))
                        && !artifact.group(1).equals("statuscodes-cli")) {
                    roots.add(main);
                }
            }
        }
        return roots;
    }

    /** Returns one line per public top-level type of {@code sourceRoots} without {@code @since}. */
    static List<String> typesWithoutSince(List<Path> sourceRoots) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path sourceRoot : sourceRoots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sourceRoot)) {
                files = walk.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !sourceRoot.relativize(p).toString().replace('\\', '/')
                                .contains("/internal/"))
                        .sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher type = PUBLIC_TYPE.matcher(source);
                if (!type.find()) {
                    continue;
                }
                String before = source.substring(0, type.start());
                int javadoc = before.lastIndexOf("/**");
                String comment = javadoc < 0 ? "" : before.substring(javadoc);
                if (!comment.contains("*/") || !comment.contains("@since ")) {
                    missing.add(file + ": public type " + type.group(1) + " has no @since");
                }
            }
        }
        return missing;
    }

    @Test
    void everyPublicTypeOfAPublishedModuleHasSince() throws IOException {
        List<Path> roots = publishedSourceRoots(DocsLinksTest.ROOT);
        assertThat(roots.stream().map(r -> r.getParent().getParent().getParent().getFileName()
                .toString()))
                .contains("core", "okhttp-adapter", "spring-adapter", "feign-adapter")
                .doesNotContain("cli", "benchmarks");
        assertThat(typesWithoutSince(roots)).isEmpty();
    }

    @Test
    void aPublicTypeWithoutSinceIsReportedAndOthersAreNot(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("src/main/java/p");
        Files.createDirectories(src.resolve("internal"));
        Files.writeString(src.resolve("Documented.java"),
                "package p;\n/**\n * A type.\n * @since 0.3.0\n */\npublic final class Documented {}\n");
        Files.writeString(src.resolve("Undocumented.java"),
                "package p;\n/** A type; see {@code @since} elsewhere? No. */\n@Deprecated\n"
                + "public interface Undocumented {}\n");
        Files.writeString(src.resolve("NoJavadoc.java"), "package p;\npublic enum NoJavadoc {}\n");
        Files.writeString(src.resolve("Hidden.java"), "package p;\nfinal class Hidden {}\n");
        Files.writeString(src.resolve("internal/Inner.java"),
                "package p.internal;\npublic final class Inner {}\n");
        List<String> missing = typesWithoutSince(List.of(dir.resolve("src/main/java")));
        assertThat(missing).hasSize(2);
        assertThat(missing.get(0)).endsWith("NoJavadoc.java: public type NoJavadoc has no @since");
        assertThat(missing.get(1))
                .endsWith("Undocumented.java: public type Undocumented has no @since");
    }
}
