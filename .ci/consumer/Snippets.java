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
 * <p>Usage: {@code java Snippets.java [--in NAME] OUTPUT_DIR README.md docs/*.md}. Each file's blocks get a
 * package of their own ({@code consumer.readme}, {@code consumer.docs.okhttp}, ...), so blocks of
 * different pages may declare the same type.
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

    /** The project whose blocks are written: "" for the consumer project, else --in's NAME. */
    static String project = "";

    public static void main(String[] args) throws IOException {
        int first = 0;
        if (args[0].equals("--in")) {
            project = args[1];
            first = 2;
        }
        int total = 0;
        for (int i = first + 1; i < args.length; i++) {
            total += write(Path.of(args[i]), Path.of(args[first]));
        }
        System.out.println(total + " blocks of " + (args.length - first - 1)
                + " Markdown files written to " + args[first]);
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
        List<String[]> blocks = blocks(text);
        int n = 0;
        int written = 0;
        for (String[] parsed : blocks) {
            n++;
            String directive = parsed[0];
            String block = parsed[1];
            String in = "";
            if (directive.startsWith("in ")) {
                String[] parts = directive.substring(3).split(";", 2);
                in = parts[0].trim();
                directive = parts.length > 1 ? parts[1].trim() : "";
            }
            boolean kotlin = parsed[2].equals("kotlin");
            if (kotlin && in.isEmpty() && !directive.startsWith("skip")) {
                throw new IllegalStateException(markdown + ": kotlin block " + n
                        + " needs <!-- compile: in NAME --> (a Kotlin project) or skip");
            }
            if (directive.startsWith("skip") || !in.equals(project)) {
                continue;
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
        }
        System.out.println(markdown + ": " + written + " of " + blocks.size()
                + " java and kotlin blocks written to " + out);
        return written;
    }

    /**
     * Returns each java and kotlin block as {directive, code, language}; the directive is empty
     * when absent.
     */
    static List<String[]> blocks(String markdown) {
        List<String[]> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)(?:^<!--\\s*compile:\\s*(.*?)\\s*-->\\s*\\n)?"
                + "^```(java|kotlin)[^\\n]*\\n(.*?)^```").matcher(markdown);
        while (m.find()) {
            blocks.add(new String[] {m.group(1) == null ? "" : m.group(1), m.group(3), m.group(2)});
        }
        return blocks;
    }
}
