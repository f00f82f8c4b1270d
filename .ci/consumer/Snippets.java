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
 * Turns every ```java block of README.md into Java sources of the consumer project, so that the
 * consumer build fails when a README snippet stops compiling.
 *
 * <p>A block that declares a type becomes a file of its own; any other block becomes the body of
 * a method. An HTML comment right before a block, invisible on the rendered page, declares the
 * variables the block uses without declaring them, as that method's parameters:
 * {@code <!-- compile: okhttp3.Request request, String traceId -->}; or
 * {@code <!-- compile: skip (why) -->} leaves out a block that is not about this project's API.
 *
 * <p>Usage: {@code java Snippets.java README.md OUTPUT_DIR}
 */
public class Snippets {
    static final String PACKAGE = "consumer.readme";
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

    public static void main(String[] args) throws IOException {
        String readme = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        List<String[]> blocks = blocks(readme);
        int n = 0;
        int written = 0;
        for (String[] parsed : blocks) {
            n++;
            String directive = parsed[0];
            String block = parsed[1];
            if (directive.startsWith("skip")) {
                continue;
            }
            written++;
            Set<String> imports = new LinkedHashSet<>(IMPORTS);
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
            StringBuilder src = new StringBuilder("package " + PACKAGE + ";\n\n");
            for (String i : imports) {
                src.append("import ").append(i).append(";\n");
            }
            src.append("\n// README.md, java block ").append(n).append('\n');
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
        System.out.println("README.md: " + written + " of " + blocks.size()
                + " java blocks written to " + out);
    }

    /** Returns each java block as {directive, code}; the directive is empty when absent. */
    static List<String[]> blocks(String markdown) {
        List<String[]> blocks = new ArrayList<>();
        Matcher m = Pattern.compile(
                "(?ms)(?:^<!--\\s*compile:\\s*(.*?)\\s*-->\\s*\\n)?^```java[^\\n]*\\n(.*?)^```")
                .matcher(markdown);
        while (m.find()) {
            blocks.add(new String[] {m.group(1) == null ? "" : m.group(1), m.group(2)});
        }
        return blocks;
    }
}
