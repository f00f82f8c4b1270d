package io.github.statuscodes;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the broken internal links of Markdown files: a relative link to a file that does not
 * exist, or an {@code #anchor} that no heading of the target page produces under GitHub's rules.
 * Links inside code (fenced blocks, inline code spans) and links with a scheme
 * ({@code https:}, {@code mailto:}) are not checked.
 */
final class DocLinks {
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_DEFINITION =
            Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern HTML_ID =
            Pattern.compile("<a\\s+(?:[^>]*\\s)?(?:name|id)=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    /** The repository's own pages as Javadoc links them: on GitHub, or as a bare path. */
    private static final Pattern JAVADOC_DOC_LINK = Pattern.compile(
            "https://github\\.com/statuscodes/statuscodes/blob/main/([A-Za-z0-9_./-]+\\.md)(#[\\w-]+)?"
            + "|(?<![\\w./-])((?:docs/[a-z0-9_-]+|README|BENCHMARKS|CHANGELOG)\\.md)(#[\\w-]+)?");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    private DocLinks() {
    }

    /** Returns one line per broken link in {@code files}, naming the file, line and link. */
    static List<String> brokenLinks(List<Path> files) throws IOException {
        DocLinks links = new DocLinks();
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean fence = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (isFence(line)) {
                    fence = !fence;
                    continue;
                }
                if (fence) {
                    continue;
                }
                for (String target : targets(line)) {
                    String problem = links.check(file, target);
                    if (problem != null) {
                        broken.add(file + ":" + (i + 1) + ": " + target + ": " + problem);
                    }
                }
            }
        }
        return broken;
    }

    /**
     * Returns one line per broken link to the repository's pages in the Javadoc comments of
     * {@code sources}, naming the file, line and link; {@code root} is the repository's root,
     * against which every such link is resolved.
     */
    static List<String> brokenJavadocLinks(Path root, List<Path> sources) throws IOException {
        DocLinks links = new DocLinks();
        Path from = root.resolve("README.md");
        List<String> broken = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            boolean javadoc = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!javadoc && line.contains("/**")) {
                    javadoc = true;
                    line = line.substring(line.indexOf("/**"));
                }
                if (!javadoc) {
                    continue;
                }
                int end = line.indexOf("*/");
                for (String target : javadocTargets(end < 0 ? line : line.substring(0, end))) {
                    String problem = links.check(from, target);
                    if (problem != null) {
                        broken.add(source + ":" + (i + 1) + ": " + target + ": " + problem);
                    }
                }
                if (end >= 0) {
                    javadoc = false;
                }
            }
        }
        return broken;
    }

    /** The repository pages one line of Javadoc links, as paths from the repository's root. */
    static List<String> javadocTargets(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = JAVADOC_DOC_LINK.matcher(line);
        while (m.find()) {
            String path = m.group(1) != null ? m.group(1) : m.group(3);
            String anchor = m.group(1) != null ? m.group(2) : m.group(4);
            out.add(anchor == null ? path : path + anchor);
        }
        return out;
    }

    /** The link targets on one line outside a code block, inline code spans left out. */
    static List<String> targets(String line) {
        List<String> out = new ArrayList<>();
        Matcher definition = REFERENCE_DEFINITION.matcher(line);
        if (definition.matches()) {
            out.add(definition.group(1));
            return out;
        }
        Matcher m = INLINE_LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    private String check(Path from, String target) throws IOException {
        if (target.isEmpty()) {
            return "empty link";
        }
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path to = path.isEmpty() ? from
                : from.toAbsolutePath().getParent()
                        .resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!Files.exists(to)) {
            return "no such file " + to;
        }
        if (anchor == null) {
            return null;
        }
        if (!to.getFileName().toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        Set<String> known = anchors.computeIfAbsent(to.toAbsolutePath().normalize(), p -> {
            try {
                return anchorsOf(Files.readAllLines(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return known.contains(anchor) ? null : "no anchor #" + anchor + " in " + to.getFileName();
    }

    /** The anchors GitHub gives a page: one per heading, and each HTML {@code <a id>}. */
    static Set<String> anchorsOf(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fence = false;
        for (String line : lines) {
            if (isFence(line)) {
                fence = !fence;
                continue;
            }
            if (fence) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String slug = slug(h.group(2));
                Integer n = seen.get(slug);
                seen.put(slug, n == null ? 1 : n + 1);
                out.add(n == null ? slug : slug + "-" + n);
            }
            Matcher id = HTML_ID.matcher(line);
            while (id.find()) {
                out.add(id.group(1));
            }
        }
        return out;
    }

    /**
     * GitHub's anchor for a heading: the heading's text as rendered (link targets, HTML tags and
     * emphasis and code markers dropped), lower-cased, every character that is not a letter, a
     * digit, a combining mark, a connector such as {@code _}, a hyphen or a space removed, and
     * each space turned into a hyphen.
     */
    static String slug(String heading) {
        String text = heading
                .replaceAll("!?\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .replace("`", "")
                .replace("*", "");
        StringBuilder sb = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                sb.append('-');
            } else if (c == '-' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.CONNECTOR_PUNCTUATION) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static boolean isFence(String line) {
        String t = line.stripLeading();
        return t.startsWith("```") || t.startsWith("~~~");
    }
}
