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
 * a method whose parameters supply the few variables that snippets use without declaring them
 * (an OkHttp {@code response}, a servlet {@code request} and {@code response}, ...).
 *
 * <p>Usage: {@code java Snippets.java README.md OUTPUT_DIR}
 */
public class Snippets {
    static final String PACKAGE = "consumer.readme";
    static final List<String> IMPORTS = List.of(
            "io.github.statuscodes.*", "io.github.statuscodes.okhttp.*",
            "io.github.statuscodes.servlet.*", "java.io.*", "java.net.URI", "java.time.*",
            "java.util.List", "java.util.Map", "java.util.Optional", "java.util.function.*",
            "okhttp3.OkHttpClient", "okhttp3.Request", "okhttp3.Call", "okhttp3.Interceptor",
            "jakarta.servlet.*", "jakarta.servlet.http.*");
    /** Variables a snippet may use without declaring them: name, then type. */
    static final String[][] FREE = {
        {"response", "okhttp3.Response"},
        {"okHttpResponse", "okhttp3.Response"},
        {"httpResponse", "java.net.http.HttpResponse<?>"},
        {"request", "HttpServletRequest"},
        {"servletRequest", "HttpServletRequest"},
        {"servletResponse", "HttpServletResponse"},
        {"servletContext", "ServletContext"},
        {"asyncContext", "AsyncContext"},
        {"client", "OkHttpClient"},
        {"okHttpRequest", "okhttp3.Request"},
    };
    static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(public\\s+|final\\s+|abstract\\s+)*(class|interface|enum|record)\\s+(\\w+)",
            Pattern.MULTILINE);

    public static void main(String[] args) throws IOException {
        String readme = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        List<String> blocks = blocks(readme);
        int n = 0;
        for (String block : blocks) {
            n++;
            Set<String> imports = new LinkedHashSet<>(IMPORTS);
            StringBuilder body = new StringBuilder();
            for (String line : block.split("\n", -1)) {
                if (line.startsWith("import ")) {
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
                        .append("    static void run(").append(parameters(body.toString()))
                        .append(") throws Exception {\n");
                for (String line : body.toString().split("\n")) {
                    src.append("        ").append(line).append('\n');
                }
                src.append("    }\n}\n");
            }
            Files.writeString(out.resolve(name + ".java"), src.toString(),
                    StandardCharsets.UTF_8);
        }
        System.out.println("README.md: " + blocks.size() + " java blocks written to " + out);
    }

    static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```java[^\\n]*\\n(.*?)^```").matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Declares each free variable the snippet uses but does not declare itself. */
    static String parameters(String body) {
        List<String> params = new ArrayList<>();
        for (String[] free : FREE) {
            String name = free[0];
            boolean used = Pattern.compile("\\b" + name + "\\b").matcher(body).find();
            boolean declared = Pattern.compile("[\\w>\\]]\\s+" + name + "\\s*[=;:)]")
                    .matcher(body).find();
            if (used && !declared) {
                params.add(free[1] + " " + name);
            }
        }
        return String.join(", ", params);
    }
}
