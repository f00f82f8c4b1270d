package io.github.statuscodes.athena;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the AWS tables share: reading a published {@code CREATE TABLE} statement (a test
 * resource, copied unchanged), its columns, and the column list of Trino's {@code CREATE TABLE}.
 */
final class PublishedDdl {
    private PublishedDdl() {
    }

    /** The statement in the test resource {@code name}. */
    static String read(String name) throws IOException {
        try (InputStream in = PublishedDdl.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each match of {@code column} in {@code body}: its name (group 1) and Hive type (group 2). */
    static List<String[]> columns(String body, Pattern column) {
        List<String[]> columns = new ArrayList<>();
        Matcher m = column.matcher(body);
        while (m.find()) {
            columns.add(new String[] {m.group(1), m.group(2)});
        }
        return List.copyOf(columns);
    }

    /** {@code CREATE TABLE name (...)} with Trino's name for each Hive type, up to the WITH. */
    static StringBuilder createTable(String name, List<String[]> columns) {
        StringBuilder sql = new StringBuilder("CREATE TABLE " + name + " (\n");
        for (int i = 0; i < columns.size(); i++) {
            String type = columns.get(i)[1].toLowerCase(Locale.ROOT);
            sql.append(i == 0 ? "  " : ",\n  ").append('"').append(columns.get(i)[0]).append("\" ")
                    .append(switch (type) {
                        case "string" -> "varchar";
                        case "int" -> "integer";
                        case "float" -> "real";
                        default -> type;
                    });
        }
        return sql.append("\n)");
    }
}
