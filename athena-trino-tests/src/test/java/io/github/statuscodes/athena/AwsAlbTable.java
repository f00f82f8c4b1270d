package io.github.statuscodes.athena;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ALB table of AWS's Athena guide, read from its {@code CREATE TABLE} statement (a test
 * resource, copied unchanged), and the same table as Trino's Hive connector creates it.
 */
final class AwsAlbTable {
    /** The columns added to ALB logs after 2018, last in the table and in the log line. */
    static final int NEWER_COLUMNS = 5;

    final List<String[]> columns;
    /** The {@code input.regex} as the Hive metastore stores it: the DDL literal unescaped. */
    final String regex;

    private AwsAlbTable(List<String[]> columns, String regex) {
        this.columns = columns;
        this.regex = regex;
    }

    static AwsAlbTable published() throws IOException {
        String ddl = PublishedDdl.read("/aws-athena-alb-access-logs.sql");
        List<String[]> columns = PublishedDdl.columns(
                ddl.substring(ddl.indexOf('(') + 1, ddl.indexOf("ROW FORMAT")),
                Pattern.compile("(\\w+) (string|int|bigint|double)"));
        Matcher literal = Pattern.compile("'input.regex'\\s*=\\s*('(?:[^'\\\\]|\\\\.)*')")
                .matcher(ddl);
        if (!literal.find()) {
            throw new IllegalStateException("no input.regex in the DDL");
        }
        return new AwsAlbTable(columns, unescapeHiveLiteral(literal.group(1)));
    }

    /**
     * The table for ALB logs written before the newer fields existed, made the way AWS's guide
     * says to: those columns removed, and their groups removed from the regular expression.
     */
    AwsAlbTable withoutNewerColumns() {
        String newer = " \"([^s]+?)\" \"([^s]+)\" \"([^ ]*)\" \"([^ ]*)\" ?([^ ]*)?";
        if (!regex.contains(newer)) {
            throw new IllegalStateException("the published regex changed: " + regex);
        }
        return new AwsAlbTable(columns.subList(0, columns.size() - NEWER_COLUMNS),
                regex.replace(newer, ""));
    }

    /**
     * A Hive DDL string literal's value, by the rules of Hive's
     * {@code BaseSemanticAnalyzer.unescapeSQLString}: a backslash escapes the next character, and
     * a backslash before a character with no escape of its own ({@code \s}) is dropped.
     */
    static String unescapeHiveLiteral(String quoted) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 2 < quoted.length()) {
                char n = quoted.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case '0' -> sb.append('\0');
                    case 'Z' -> sb.append('\u001A');
                    case '%' -> sb.append("\\%");
                    case '_' -> sb.append("\\_");
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Trino's {@code CREATE TABLE} for this table over the files in {@code location}. */
    String createInTrino(String name, String location) {
        return PublishedDdl.createTable(name, columns)
                .append(" WITH (format = 'REGEX', regex = '")
                .append(regex.replace("'", "''"))
                .append("', external_location = '").append(location).append("')").toString();
    }
}
