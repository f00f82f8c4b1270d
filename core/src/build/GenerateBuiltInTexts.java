import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns core's {@code src/main/data/texts.txt} into the Java class {@code BuiltInTextsData}, so
 * that the texts ship as class constants: reading them then opens no resource (a second
 * {@code JarURLConnection} and about twenty JDK classes for a command-line run) and parses
 * nothing. The blocks go into one nested class per last digit of the number, so that the first
 * texts a program asks for load a tenth of the constants, not all of them. Run by the build
 * (core's pom, phase generate-sources) with the JDK's source launcher:
 * {@code java GenerateBuiltInTexts.java texts.txt OUTPUT_DIR}. A malformed file fails the build
 * with its line number.
 */
public final class GenerateBuiltInTexts {
    private static final String PACKAGE = "io.github.statuscodes";
    private static final String CLASS = "BuiltInTextsData";

    /** One block of the file. */
    private static final class Block {
        String description;
        String source;
        final List<String> causes = new ArrayList<>();
        final List<String> related = new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateBuiltInTexts TEXTS_FILE OUTPUT_DIR");
        }
        Path in = Path.of(args[0]);
        Map<String, Block> blocks = read(in, Files.readAllLines(in, StandardCharsets.UTF_8));
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/')).resolve(CLASS + ".java");
        Files.createDirectories(out.getParent());
        String java = java(in.getFileName().toString(), blocks);
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(java)) {
            Files.writeString(out, java, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Block> read(Path file, List<String> lines) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        Block b = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            int number = i + 1;
            if (line.isEmpty()) {
                if (b != null && (b.description == null || b.source == null)) {
                    throw malformed(file, number, "a block without description or source");
                }
                b = null;
            } else if (line.startsWith("#")) {
                continue;
            } else if (b == null) {
                if (!line.matches("[1-9][0-9]{2} [a-z0-9-]+ .+")) {
                    throw malformed(file, number, "a block must start with NUMBER VENDOR-ID PHRASE");
                }
                b = new Block();
                if (blocks.put(line, b) != null) {
                    throw malformed(file, number, "a second block for " + line);
                }
            } else if (line.startsWith("description ")) {
                b.description = line.substring("description ".length());
            } else if (line.startsWith("source ")) {
                b.source = line.substring("source ".length());
            } else if (line.startsWith("cause ")) {
                b.causes.add(line.substring("cause ".length()));
            } else if (line.startsWith("related ")) {
                for (String n : line.substring("related ".length()).split(" ")) {
                    if (!n.matches("[1-9][0-9]{2}")) {
                        throw malformed(file, number, "related takes three-digit numbers: " + n);
                    }
                    b.related.add(n);
                }
            } else {
                throw malformed(file, number, "an unknown line");
            }
        }
        return blocks;
    }

    private static String java(String source, Map<String, Block> blocks) {
        StringBuilder j = new StringBuilder();
        j.append("package ").append(PACKAGE).append(";\n\n");
        j.append("/**\n * Generated from {@code ").append(source)
                .append("} by {@code core/src/build/GenerateBuiltInTexts.java}: edit the file, not this class.\n")
                .append(" * The texts of the built-in codes as constants, one block per\n")
                .append(" * {@code \"number vendor-id reason phrase\"}, in one nested class per last digit of the\n")
                .append(" * number: a lookup loads and parses a tenth of the texts.\n */\n");
        j.append("final class ").append(CLASS).append(" {\n");
        j.append("    /** The number of blocks. */\n");
        j.append("    static final int COUNT = ").append(blocks.size()).append(";\n\n");
        j.append("    private ").append(CLASS).append("() {\n    }\n\n");
        j.append("    /** {@return the texts of the meaning with this key, or null} */\n");
        j.append("    static BuiltInTexts of(String key) {\n");
        j.append("        switch (key.length() < 3 ? ' ' : key.charAt(2)) {\n");
        for (char d = '0'; d <= '9'; d++) {
            j.append("            case '").append(d).append("':\n");
            j.append("                return Digit").append(d).append(".of(key);\n");
        }
        j.append("            default:\n                return null;\n        }\n    }\n");
        for (char d = '0'; d <= '9'; d++) {
            j.append("\n    /** The blocks whose number ends in ").append(d).append(". */\n");
            j.append("    private static final class Digit").append(d).append(" {\n");
            j.append("        static BuiltInTexts of(String key) {\n");
            j.append("            switch (key) {\n");
            for (Map.Entry<String, Block> e : blocks.entrySet()) {
                if (e.getKey().charAt(2) != d) {
                    continue;
                }
                Block b = e.getValue();
                j.append("                case ").append(literal(e.getKey())).append(":\n");
                j.append("                    return new BuiltInTexts(\n");
                j.append("                            ").append(literal(b.description)).append(",\n");
                j.append("                            ").append(literal(b.source)).append(",\n");
                j.append("                            new String[] {");
                for (int i = 0; i < b.causes.size(); i++) {
                    j.append(i == 0 ? "\n                                " : ",\n                                ")
                            .append(literal(b.causes.get(i)));
                }
                j.append("},\n");
                j.append("                            new int[] {").append(String.join(", ", b.related))
                        .append("});\n");
            }
            j.append("                default:\n                    return null;\n            }\n        }\n    }\n");
        }
        j.append("}\n");
        return j.toString();
    }

    /** A Java string literal, ASCII only, so the output compiles whatever the file encoding. */
    private static String literal(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length > 60_000) {
            throw new IllegalArgumentException("a text longer than a class-file constant: " + s);
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static IllegalStateException malformed(Path file, int line, String what) {
        return new IllegalStateException(file + " line " + line + ": " + what);
    }
}
