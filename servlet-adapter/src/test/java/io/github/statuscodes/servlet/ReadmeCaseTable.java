package io.github.statuscodes.servlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of what {@link ClientDisconnectFilter} sees, read from docs/servlet.md: the table after
 * the marker {@value #MARKER}. Each cell is {@code recorded}, {@code not seen} or
 * {@code not tested}, and
 * {@link ContainerScenarios.Cases} checks every cell of a container's column against what it
 * observes on that container, so the table cannot drift from the tests.
 */
final class ReadmeCaseTable {
    static final String MARKER = "<!-- disconnect-cases: checked by ContainerScenarios.Cases -->";
    static final String RECORDED = "recorded";
    static final String NOT_SEEN = "not seen";
    static final String NOT_TESTED = "not tested";

    private static volatile ReadmeCaseTable instance;

    final List<String> columns = new ArrayList<>();
    final Map<String, List<String>> rows = new LinkedHashMap<>();

    private ReadmeCaseTable(List<String> lines) {
        int i = lines.indexOf(MARKER);
        if (i < 0) {
            throw new IllegalStateException("docs/servlet.md has no line " + MARKER);
        }
        i++;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        List<String> header = cells(lines.get(i));
        columns.addAll(header.subList(1, header.size()));
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            if (row.size() != header.size()) {
                throw new IllegalStateException("docs/servlet.md case table row has " + row.size()
                        + " cells, the header " + header.size() + ": " + lines.get(i));
            }
            rows.put(row.get(0), row.subList(1, row.size()));
        }
    }

    private static List<String> cells(String line) {
        String t = line.strip();
        List<String> out = new ArrayList<>();
        for (String c : t.substring(1, t.length() - 1).split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    static ReadmeCaseTable get() {
        if (instance == null) {
            try {
                // surefire runs in the module's directory; docs/ is in its parent
                instance = new ReadmeCaseTable(Files.readAllLines(Path.of("..", "docs", "servlet.md"),
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** The cell for a case (the row's first cell, verbatim) and a container column. */
    String cell(String caseLabel, String column) {
        List<String> row = rows.get(caseLabel);
        if (row == null) {
            throw new AssertionError("docs/servlet.md's case table has no row \"" + caseLabel
                    + "\"; its rows: " + rows.keySet());
        }
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new AssertionError("docs/servlet.md's case table has no column \"" + column
                    + "\"; its columns: " + columns);
        }
        return row.get(c);
    }
}
