package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link and {@code #anchor} in README.md and docs/*.md leads somewhere, and so does
 * every link to those pages in the Javadoc of the modules' main sources. It lives in
 * core's tests because core is in every build of the reactor and the docs are the repository's,
 * not one adapter's; surefire runs it in {@code core/}, so the repository root is {@code ..}.
 */
class DocsLinksTest {
    static final Path ROOT = Path.of("..");

    static List<Path> docs() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void everyInternalLinkOfTheDocsResolves() throws IOException {
        List<Path> files = docs();
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(DocLinks.brokenLinks(files)).as("broken links").isEmpty();
    }

    /** The main sources of every module of the repository. */
    static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.sorted().collect(Collectors.toList())) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(p -> p.toString().endsWith(".java")).sorted()
                                .forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }

    @Test
    void everyDocsLinkInTheJavadocResolves() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).as("main sources of the modules").hasSizeGreaterThan(50)
                .anyMatch(p -> p.endsWith("StatusCodeRetryInterceptor.java"));
        assertThat(DocLinks.brokenJavadocLinks(ROOT, sources)).as("broken links in Javadoc")
                .isEmpty();
    }

    @Test
    void javadocLinksToTheRepositorysPagesAreFoundAndCheckedInJavadocOnly(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.md"), "# A\n## Two words\n");
        Files.writeString(dir.resolve("README.md"), "# Top\n");
        Path source = dir.resolve("X.java");
        Files.writeString(source, String.join("\n",
                "/**",
                " * Fine: docs/a.md, docs/a.md#two-words, README.md#top and",
                " * <a href=\"https://github.com/statuscodes/statuscodes/blob/main/docs/a.md#a\">a</a>;",
                " * other sites are not ours: https://nginx.org/en/docs/http/x.md#y.",
                " * Broken: docs/a.md#what-is-retried, docs/missing.md,",
                " * <a href=\"https://github.com/statuscodes/statuscodes/blob/main/docs/b.md\">b</a>. */",
                "class X {",
                "    String notJavadoc = \"docs/missing.md\";",
                "    /** Also Javadoc: README.md#nope */",
                "}"));
        List<String> broken = DocLinks.brokenJavadocLinks(dir, List.of(source));
        assertThat(broken).hasSize(4);
        assertThat(broken.get(0)).contains("X.java:5: docs/a.md#what-is-retried: no anchor");
        assertThat(broken.get(1)).contains("X.java:5: docs/missing.md: no such file");
        assertThat(broken.get(2)).contains("X.java:6: docs/b.md: no such file");
        assertThat(broken.get(3)).contains("X.java:9: README.md#nope: no anchor #nope");
    }

    @Property(tries = 2000)
    void anyJavadocLineGivesTargetsWithoutThrowing(@ForAll String line) {
        assertThat(DocLinks.javadocTargets(line)).doesNotContainNull();
    }

    @Test
    void theDocsIndexAndReadmeLinkEveryPage() throws IOException {
        String index = Files.readString(ROOT.resolve("docs/README.md"), StandardCharsets.UTF_8);
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (Path page : docs()) {
            String name = page.getFileName().toString();
            if (page.getParent().getFileName().toString().equals("docs")
                    && !name.equals("README.md")) {
                assertThat(linkTargets(index)).as("docs/README.md links %s", name)
                        .anyMatch(t -> t.equals(name) || t.startsWith(name + "#"));
                assertThat(linkTargets(readme)).as("README.md links docs/%s", name)
                        .anyMatch(t -> t.equals("docs/" + name)
                                || t.startsWith("docs/" + name + "#"));
            }
        }
    }

    private static List<String> linkTargets(String markdown) {
        return markdown.lines().flatMap(l -> DocLinks.targets(l).stream())
                .collect(Collectors.toList());
    }

    @Test
    void slugsFollowGitHubsRules() {
        // Anchors as GitHub renders them for these headings.
        assertThat(DocLinks.slug("Apache HttpClient 5 adapter"))
                .isEqualTo("apache-httpclient-5-adapter");
        assertThat(DocLinks.slug("Threads, cancellation and timeouts"))
                .isEqualTo("threads-cancellation-and-timeouts");
        assertThat(DocLinks.slug("How it combines with OkHttp's own retries"))
                .isEqualTo("how-it-combines-with-okhttps-own-retries");
        assertThat(DocLinks.slug("IANA: former phrases and reservations (`iana`)"))
                .isEqualTo("iana-former-phrases-and-reservations-iana");
        assertThat(DocLinks.slug("AWS Elastic Load Balancing (`aws-elb`)"))
                .isEqualTo("aws-elastic-load-balancing-aws-elb");
        assertThat(DocLinks.slug("Defaults, compared with HttpClient's own strategy"))
                .isEqualTo("defaults-compared-with-httpclients-own-strategy");
        assertThat(DocLinks.slug("The `[link](x.md)` and *emphasis*"))
                .isEqualTo("the-link-and-emphasis");
        assertThat(DocLinks.slug("snake_case  two spaces")).isEqualTo("snake_case--two-spaces");
        assertThat(DocLinks.slug("Größe über 599")).isEqualTo("größe-über-599");
    }

    @Test
    void aRepeatedHeadingGetsANumberedAnchor() {
        assertThat(DocLinks.anchorsOf(List.of("# Page", "## Defaults", "text", "## Defaults",
                "```", "## Not a heading", "```", "### Defaults", "<a id=\"custom\"></a>")))
                .containsExactly("page", "defaults", "defaults-1", "defaults-2", "custom");
    }

    @Test
    void brokenFilesAndAnchorsAreReportedAndCodeAndExternalLinksAreNot(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.md"), String.join("\n",
                "# A", "## Two words",
                "[ok](#two-words) [ok](b.md#b) [ok](../top.md) [ok](https://example.com/#x)",
                "[bad anchor](#what-is-retried) [bad file](missing.md)",
                "[bad anchor elsewhere](b.md#nope) `[in code](nothing.md)`",
                "```", "[in a block](nothing.md)", "```",
                "[ref]: c.md"));
        Files.writeString(dir.resolve("docs/b.md"), "# B\n");
        Files.writeString(dir.resolve("top.md"), "# Top\n");
        List<String> broken = DocLinks.brokenLinks(List.of(dir.resolve("docs/a.md")));
        assertThat(broken).hasSize(4);
        assertThat(broken.get(0)).contains("a.md:4: #what-is-retried: no anchor");
        assertThat(broken.get(1)).contains("a.md:4: missing.md: no such file");
        assertThat(broken.get(2)).contains("a.md:5: b.md#nope: no anchor #nope in b.md");
        assertThat(broken.get(3)).contains("a.md:9: c.md: no such file");
    }

    @Property(tries = 2000)
    void aSlugHoldsOnlyLettersDigitsMarksConnectorsAndHyphens(@ForAll String heading) {
        String slug = DocLinks.slug(heading);
        assertThat(slug.codePoints()).allMatch(c -> c == '-' || Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK
                || Character.getType(c) == Character.CONNECTOR_PUNCTUATION);
        assertThat(slug).doesNotContain(" ");
    }

    @Property(tries = 2000)
    void anyLineGivesTargetsWithoutThrowing(@ForAll String line) {
        assertThat(DocLinks.targets(line)).doesNotContainNull();
    }
}
