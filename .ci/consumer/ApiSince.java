import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;

/**
 * Compares the public API of this build's jars with the latest release's and fails when what is
 * new does not say so: a new public or protected type, method, constructor or field must carry
 * {@code @since NEXT} in its Javadoc (a new type's members need not). Types come from {@code javap
 * -protected}; the {@code internal} packages, exported only to the adapters, are left out.
 *
 * <p>Usage: {@code java ApiSince.java NEXT OLD_JAR... -- NEW_JAR SOURCE_ROOT ...}: the release's
 * jars (a type that moved to another module is not new), then each jar of this build with its
 * sources. Prints what it checked.
 */
public class ApiSince {
    static final Pattern TYPE_HEADER = Pattern.compile(
            "^(?:public|protected) .*?\\b(?:class|interface|enum|@interface) ([\\w.$]+)");

    public static void main(String[] args) throws IOException {
        String next = args[0];
        Map<String, List<String>> before = new TreeMap<>();
        int i = 1;
        for (; i < args.length && !args[i].equals("--"); i++) {
            before.putAll(api(Path.of(args[i])));
        }
        List<String> problems = new ArrayList<>();
        for (i++; i + 1 < args.length; i += 2) {
            Path newJar = Path.of(args[i]);
            Path sources = Path.of(args[i + 1]);
            Map<String, List<String>> now = api(newJar);
            int newTypes = 0;
            int newMembers = 0;
            for (Map.Entry<String, List<String>> type : now.entrySet()) {
                String name = type.getKey();
                List<String> old = before.get(name);
                if (old == null) {
                    // A nested type of a new type is covered by its enclosing type's @since.
                    String outer = name.contains("$") ? name.substring(0, name.lastIndexOf('$')) : null;
                    if (outer != null && now.containsKey(outer) && !before.containsKey(outer)) {
                        continue;
                    }
                    newTypes++;
                    check(problems, sources, name, null, next);
                    continue;
                }
                for (String member : type.getValue()) {
                    if (!old.contains(member)) {
                        newMembers++;
                        check(problems, sources, name, member, next);
                    }
                }
            }
            System.out.println("api: " + newJar.getFileName() + ": " + now.size()
                    + " public types, " + newTypes + " of them new, and " + newMembers
                    + " new members of the others; each says @since " + next);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("api: " + p));
            System.exit(1);
        }
    }

    /** Type binary name -> its public and protected members, as name(erased param types). */
    static Map<String, List<String>> api(Path jar) throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
                    .filter(n -> !n.contains("/internal/") && !n.matches(".*\\$\\d.*"))
                    .forEach(n -> classes.add(n.substring(0, n.length() - 6).replace('/', '.')));
        }
        Collections.sort(classes);
        List<String> javapArgs = new ArrayList<>(List.of("-protected", "-cp", jar.toString()));
        javapArgs.addAll(classes);
        StringWriter out = new StringWriter();
        ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(out),
                new PrintWriter(System.err), javapArgs.toArray(new String[0]));
        Map<String, List<String>> api = new TreeMap<>();
        List<String> members = null;
        for (String line : out.toString().split("\n")) {
            Matcher header = TYPE_HEADER.matcher(line);
            if (header.find()) {
                String name = header.group(1).replaceAll("<.*", "");
                members = new ArrayList<>();
                api.put(name, members);
            } else if (line.startsWith("}")) {
                members = null;
            } else if (members != null && line.matches("^  (public|protected) .*")) {
                members.add(key(line.trim()));
            }
        }
        return api;
    }

    /** A member's key: its name and, for a method or constructor, its parameters' erased types. */
    static String key(String javapLine) {
        String line = javapLine.replaceAll(" throws .*", "").replaceAll(";$", "");
        int paren = line.indexOf('(');
        if (paren < 0) {
            return line.substring(line.lastIndexOf(' ') + 1);
        }
        String before = line.substring(0, paren);
        String name = before.substring(before.lastIndexOf(' ') + 1);
        name = name.substring(name.lastIndexOf('.') + 1);
        name = name.substring(name.lastIndexOf('$') + 1);
        List<String> params = new ArrayList<>();
        for (String p : split(line.substring(paren + 1, line.lastIndexOf(')')))) {
            String erased = p.trim();
            while (erased.contains("<")) {
                erased = erased.replaceAll("<[^<>]*>", "");
            }
            params.add(erased);
        }
        return name + "(" + String.join(",", params) + ")";
    }

    /** Splits a parameter list at its top-level commas. */
    static List<String> split(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(params.substring(start, i));
                start = i + 1;
            }
        }
        if (!params.isBlank()) {
            out.add(params.substring(start));
        }
        return out;
    }

    /** The simple type of a parameter, written in javap's or the source's way. */
    static String simple(String param) {
        String p = param.replaceAll("@[\\w.]+(\\([^)]*\\))?", " ").trim();
        while (p.contains("<")) {
            p = p.replaceAll("<[^<>]*>", "");
        }
        p = p.replaceAll("\\bfinal\\s+", "").trim();
        String[] words = p.split("\\s+");
        String type = words[0].endsWith("...") || words.length == 1 ? words[0]
                : String.join("", java.util.Arrays.copyOf(words, words.length - 1));
        Matcher d = Pattern.compile("((?:\\[\\])*(?:\\.\\.\\.)?)$").matcher(type);
        String dims = d.find() ? d.group(1) : "";
        String base = type.substring(0, type.length() - dims.length());
        base = base.substring(base.lastIndexOf('.') + 1);
        base = base.substring(base.lastIndexOf('$') + 1);
        return base + dims;
    }

    static void check(List<String> problems, Path sources, String type, String member, String next)
            throws IOException {
        String topLevel = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
        Path file = sources.resolve(topLevel.replace('.', '/') + ".java");
        if (!Files.exists(file)) {
            problems.add(type + ": no source " + file);
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String what = member == null ? type : type + "." + member;
        List<Integer> declarations = new ArrayList<>();
        if (member == null) {
            String simpleName = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
            Pattern p = Pattern.compile("\\b(?:class|interface|enum|@interface)\\s+" + simpleName + "\\b");
            for (int i = 0; i < lines.size(); i++) {
                if (p.matcher(lines.get(i)).find() && !lines.get(i).trim().startsWith("*")) {
                    declarations.add(i);
                }
            }
        } else if (!member.contains("(")) {
            Pattern p = Pattern.compile("^\\s*(?:[\\w@.<>?, ]+\\s+)?" + member + "\\b\\s*(?:[=;,(]|$)");
            for (int i = 0; i < lines.size(); i++) {
                if (p.matcher(lines.get(i)).find()) {
                    declarations.add(i);
                }
            }
        } else {
            String name = member.substring(0, member.indexOf('('));
            List<String> simpleParams = new ArrayList<>();
            for (String param : split(member.substring(member.indexOf('(') + 1, member.length() - 1))) {
                simpleParams.add(simple(param));
            }
            String params = String.join(",", simpleParams);
            Pattern p = Pattern.compile("^\\s*(?:public|protected|static|final|default|abstract|"
                    + "synchronized|<.*>|[\\w.@<>?\\[\\], ]+)\\s+" + name + "\\s*\\(");
            String text = String.join("\n", lines);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = p.matcher(lines.get(i));
                if (!m.find() || lines.get(i).trim().startsWith("*")
                        || lines.get(i).trim().startsWith("return ")
                        || lines.get(i).trim().startsWith("new ")) {
                    continue;
                }
                int open = offset(lines, i) + m.end();
                int depth = 1;
                int close = open;
                while (close < text.length() && depth > 0) {
                    char c = text.charAt(close++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                List<String> written = new ArrayList<>();
                for (String param : split(text.substring(open, close - 1).replace('\n', ' '))) {
                    written.add(simple(param));
                }
                if (String.join(",", written).equals(params)) {
                    declarations.add(i);
                }
            }
        }
        if (declarations.isEmpty()) {
            problems.add(what + ": declaration not found in " + file);
            return;
        }
        for (int line : declarations) {
            if (javadocOf(lines, line).contains("@since " + next)) {
                return;
            }
        }
        problems.add(what + " is new since the latest release but its Javadoc ("
                + file + ":" + (declarations.get(0) + 1) + ") has no @since " + next);
    }

    static int offset(List<String> lines, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset += lines.get(i).length() + 1;
        }
        return offset;
    }

    /** The Javadoc right above a declaration (annotations between them skipped), or "". */
    static String javadocOf(List<String> lines, int declaration) {
        int i = declaration - 1;
        int depth = 0;   // parentheses open in the annotation lines walked back over
        for (; i >= 0; i--) {
            String t = lines.get(i).trim();
            if (depth == 0 && t.endsWith("*/")) {
                break;
            }
            depth += t.length() - t.replace(")", "").length() - (t.length() - t.replace("(", "").length());
            if (depth == 0 && !t.startsWith("@") && !t.isEmpty()) {
                return "";
            }
        }
        if (i < 0) {
            return "";
        }
        StringBuilder doc = new StringBuilder();
        for (int j = i; j >= 0; j--) {
            doc.insert(0, lines.get(j) + "\n");
            if (lines.get(j).contains("/**")) {
                return doc.toString();
            }
        }
        return "";
    }
}
