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
