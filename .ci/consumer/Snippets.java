import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every ```java block of README.md and docs/*.md into Java sources of the consumer project,
 * so that the consumer build fails when a snippet of the docs stops compiling.
 *
 * <p>A block that declares a type becomes a file of its own; any other block becomes the body of
 * a method. An HTML comment right before a block, invisible on the rendered page, declares the
 * variables the block uses without declaring them, as that method's parameters:
 * {@code <!-- compile: okhttp3.Request request, String traceId -->}; or
 * {@code <!-- compile: skip (why) -->} leaves out a block that is not about this project's API;
 * {@code <!-- compile: in NAME; parameters -->} leaves it to the project NAME beside this file
 * (a recipe that needs a framework), where {@code --in NAME} writes it, a ```kotlin block (which
 * must be marked so, or skip) as a Kotlin file of its own.
 *
 * <p>Versions. A block that uses API new since the latest release says so twice: in the text a
 * reader sees ("since 0.3.0" within the {@value #LABEL_LINES} lines above the block) and in its
 * directive, {@code <!-- compile: since 0.3.0 -->} or {@code <!-- compile: since 0.3.0; okhttp3.Request
 * request -->}. A page that is new as a whole (a new module) says "Since 0.3.0" in its first
 * {@value #LABEL_LINES} lines and carries {@code <!-- page: since 0.3.0 -->}. With
 * {@code --released VERSION DIR}, every block not new since VERSION is also written to DIR, which
 * the consumer check compiles against that release's artifacts; so an unmarked block that needs
 * newer API fails the check. A marker without the visible label fails here.
 *
 * <p>Usage: {@code java Snippets.java [--in NAME] OUTPUT_DIR [--released VERSION DIR] README.md
 * docs/*.md}. Each
 * file's blocks get a package of their own ({@code consumer.readme}, {@code consumer.docs.okhttp},
 * ...), so blocks of different pages may declare the same type.
 */
public class Snippets {
    static final List<String> IMPORTS = List.of(
            "io.github.statuscodes.*", "io.github.statuscodes.okhttp.*",
            "io.github.statuscodes.servlet.*", "io.github.statuscodes.httpclient5.*", "java.io.*", "java.net.URI", "java.time.*",
            "java.util.EnumSet", "java.util.List", "java.util.Map", "java.util.Optional", "java.util.function.*",
            "okhttp3.OkHttpClient", "okhttp3.Request", "okhttp3.Response", "okhttp3.Call",
            "okhttp3.Interceptor", "io.micrometer.core.instrument.MeterRegistry",
            "jakarta.servlet.*", "jakarta.servlet.http.*",
            // By name: a wildcard would make RetryListener (okhttp's and spring's) ambiguous.
            "io.github.statuscodes.spring.StatusCodeRetryInterceptor",
            "io.github.statuscodes.spring.StatusCodeRetryFilter",
            "io.github.statuscodes.spring.SpringStatusCodes",
            "org.springframework.web.client.RestClient",
            "org.springframework.web.reactive.function.client.WebClient");
    static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(public\\s+|final\\s+|abstract\\s+)*(class|interface|enum|record)\\s+(\\w+)",
            Pattern.MULTILINE);

    /** How far above a block (or from the top of a page) the visible "since" label may be. */
    static final int LABEL_LINES = 12;
    static final Pattern SINCE = Pattern.compile("^since\\s+(\\d+(?:\\.\\d+)*)\\s*(?:;\\s*)?");
    static final Pattern PAGE_SINCE = Pattern.compile(
            "(?m)^<!--\\s*page:\\s*since\\s+(\\d+(?:\\.\\d+)*)\\s*-->\\s*$");

    /** The latest release, or null without --released. */
    static String released;
    /** Where the blocks not new since {@link #released} also go, or null. */
    static Path releasedRoot;
    static int onlyNext;
    /** The project whose blocks are written: "" for the consumer project, else --in's NAME. */
    static String project = "";

    public static void main(String[] args) throws IOException {
        int at = 0;
        if (args[0].equals("--in")) {
            project = args[1];
            at = 2;
        }
        Path root = Path.of(args[at]);
        int first = at + 1;
        if (args.length > at + 3 && args[at + 1].equals("--released")) {
            released = args[at + 2];
            releasedRoot = Path.of(args[at + 3]);
            first = at + 4;
        }
        int total = 0;
        for (int i = first; i < args.length; i++) {
            total += write(Path.of(args[i]), root);
        }
        System.out.println(total + " blocks of " + (args.length - first)
                + " Markdown files written to " + root);
        if (released != null) {
            System.out.println((total - onlyNext) + " of them also to " + releasedRoot
                    + ", to compile against the release " + released + "; " + onlyNext
                    + " marked new since " + released + " compile against this build only");
        }
    }

    /** Compares dotted versions numerically: 0.10.0 is after 0.9.1. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0,
                    i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether the visible text (HTML comments left out) of these lines says "since VERSION". */
    static boolean saysSince(List<String> lines, String version) {
        String visible = String.join("\n", lines).replaceAll("(?s)<!--.*?-->", "")
                .toLowerCase(java.util.Locale.ROOT);
        return visible.contains("since " + version);
    }

    static void fail(String message) {
        System.err.println("Snippets: " + message);
        System.exit(1);
    }

    /**
     * The package of a file's blocks: consumer.readme for the README.md beside the root pom.xml,
     * else consumer.docs.NAME.
     */
    static String packageOf(Path markdown) {
        String name = markdown.getFileName().toString().replaceFirst("\\.md$", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        boolean atRoot = Files.exists(markdown.toAbsolutePath().getParent().resolve("pom.xml"));
        return atRoot ? "consumer." + name : "consumer.docs." + name;
    }

    static int write(Path markdown, Path root) throws IOException {
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        String pkg = packageOf(markdown);
        Path out = root.resolve(pkg.replace('.', '/'));
        Files.createDirectories(out);
        List<String> lines = List.of(text.split("\n", -1));
        Matcher page = PAGE_SINCE.matcher(text);
        String pageSince = page.find() ? page.group(1) : null;
        if (pageSince != null && !saysSince(lines.subList(0, Math.min(LABEL_LINES, lines.size())),
                pageSince)) {
            fail(markdown + " is marked <!-- page: since " + pageSince + " --> but its first "
                    + LABEL_LINES + " lines do not say \"since " + pageSince + "\" to the reader");
        }
        List<String[]> blocks = blocks(text);
        int n = 0;
        int written = 0;
        for (String[] parsed : blocks) {
            n++;
            String directive = parsed[0];
            String block = parsed[1];
            int at = Integer.parseInt(parsed[2]);
            String in = "";
            if (directive.startsWith("in ")) {
                String[] parts = directive.substring(3).split(";", 2);
                in = parts[0].trim();
                directive = parts.length > 1 ? parts[1].trim() : "";
            }
            boolean kotlin = parsed[3].equals("kotlin");
            if (kotlin && in.isEmpty() && !directive.startsWith("skip")) {
                fail(markdown + ":" + at + ": kotlin block " + n
                        + " needs <!-- compile: in NAME --> (a Kotlin project) or skip");
            }
            if (directive.startsWith("skip")) {
                if (project.isEmpty()) {
                    System.out.println("  " + markdown + ":" + at + " block " + n + ": skipped "
                            + directive.substring(4).trim());
                }
                continue;
            }
            if (!in.equals(project)) {
                continue;
            }
            String since = pageSince;
            Matcher sinceMatcher = SINCE.matcher(directive);
            if (sinceMatcher.find()) {
                since = sinceMatcher.group(1);
                directive = directive.substring(sinceMatcher.end());
                List<String> above = lines.subList(Math.max(0, at - 1 - LABEL_LINES), at - 1);
                if (!saysSince(above, since)) {
                    fail(markdown + ":" + at + ": java block " + n + " is marked \"since " + since
                            + "\" but the " + LABEL_LINES + " lines above it do not say \"since "
                            + since + "\" to the reader");
                }
            }
            written++;
            if (kotlin) {
                Files.writeString(out.resolve("Block" + n + ".kt"), "package " + pkg + "\n\n// "
                        + markdown + ", kotlin block " + n + "\n" + block, StandardCharsets.UTF_8);
                continue;
            }
            // A recipe's block names its own imports, all of them.
            Set<String> imports = new LinkedHashSet<>(project.isEmpty() ? IMPORTS : List.of());
            StringBuilder body = new StringBuilder();
            for (String line : block.split("\n", -1)) {
                if (line.startsWith("package ")) {
                    continue;
                } else if (line.startsWith("import ")) {
                    imports.add(line.substring(7).replace(";", "").trim());
                } else {
                    body.append(line).append('\n');
                }
            }
            StringBuilder src = new StringBuilder("package " + pkg + ";\n\n");
            for (String i : imports) {
                src.append("import ").append(i).append(";\n");
            }
            src.append("\n// ").append(markdown).append(", java block ").append(n).append('\n');
            Matcher type = TYPE_DECLARATION.matcher(body);
            String name;
            if (type.find()) {
                name = type.group(3);
                src.append(body.toString().replaceFirst("(?m)^public\\s+", ""));
            } else {
                name = "Snippet" + n;
                src.append("@SuppressWarnings(\"unused\")\nclass ").append(name).append(" {\n")
                        .append("    static void run(").append(directive)
                        .append(") throws Exception {\n");
                for (String line : body.toString().split("\n")) {
                    src.append("        ").append(line).append('\n');
                }
                src.append("    }\n}\n");
            }
            Files.writeString(out.resolve(name + ".java"), src.toString(),
                    StandardCharsets.UTF_8);
            if (released != null && project.isEmpty()) {
                boolean isNew = since != null && compareVersions(since, released) > 0;
                if (isNew) {
                    onlyNext++;
                } else {
                    Path releasedOut = releasedRoot.resolve(pkg.replace('.', '/'));
                    Files.createDirectories(releasedOut);
                    Files.writeString(releasedOut.resolve(name + ".java"), src.toString(),
                            StandardCharsets.UTF_8);
                }
                System.out.println("  " + markdown + ":" + at + " java block " + n + " (" + name
                        + "): " + (isNew ? "this build only (since " + since + ")"
                        : "release " + released + " and this build"));
            }
        }
        System.out.println(markdown + ": " + written + " of " + blocks.size()
                + " java and kotlin blocks written to " + out);
        return written;
    }

    /**
     * Returns each java and kotlin block as {directive, code, line, language}; the directive is
     * empty when absent, the line (1-based) is that of the directive, or of the opening fence
     * without one.
     */
    static List<String[]> blocks(String markdown) {
        List<String[]> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)(?:^<!--\\s*compile:\\s*(.*?)\\s*-->\\s*\\n)?"
                + "^```(java|kotlin)[^\\n]*\\n(.*?)^```").matcher(markdown);
        while (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (markdown.charAt(i) == '\n') {
                    line++;
                }
            }
            blocks.add(new String[] {m.group(1) == null ? "" : m.group(1), m.group(3),
                    Integer.toString(line), m.group(2)});
        }
        return blocks;
    }
}
