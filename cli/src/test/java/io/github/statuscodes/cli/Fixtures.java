package io.github.statuscodes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The log fixtures under src/test/resources/formats, without their {@code ## } note lines. */
final class Fixtures {
    private Fixtures() {
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/formats/" + name)) {
            List<String> lines = new ArrayList<>();
            for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!s.startsWith("## ") && !s.equals("##") && !s.isEmpty()) {
                    lines.add(s);
                }
            }
            return lines;
        }
    }

    /** The fixture's log lines in a file under {@code dir}, as a proxy would have written it. */
    static Path file(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines(name));
        return p;
    }

    static LogLine parse(LogFormat format, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogLine line = new LogLine();
        if (!format.parse(b, 0, b.length, line)) {
            throw new AssertionError(format.name() + " does not parse: " + s);
        }
        return line;
    }

    static String range(String s, int from, int to) {
        return new String(s.getBytes(StandardCharsets.UTF_8), from, to - from,
                StandardCharsets.UTF_8);
    }
}
