package io.github.statuscodes.athena;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudFront standard-log table of AWS's Athena guide, read from its {@code CREATE TABLE}
 * statement (a test resource, copied unchanged), and the same table as Trino's Hive connector
 * creates it: {@code TEXTFILE} (Hive's {@code LazySimpleSerDe}, which {@code ROW FORMAT DELIMITED}
 * means), the field separator and the header lines to skip taken from the statement.
 */
final class AwsCloudFrontTable {
    final List<String[]> columns;
    final String separator;
    final int headerLines;

    private AwsCloudFrontTable(List<String[]> columns, String separator, int headerLines) {
        this.columns = columns;
        this.separator = separator;
        this.headerLines = headerLines;
    }

    static AwsCloudFrontTable published() throws IOException {
        String ddl = PublishedDdl.read("/aws-athena-cloudfront-standard-logs.sql");
        List<String[]> columns = PublishedDdl.columns(
                ddl.substring(ddl.indexOf("cloudfront_standard_logs (") + 26,
                        ddl.indexOf("ROW FORMAT")),
                Pattern.compile("`?(\\w+)`? (DATE|STRING|BIGINT|INT|FLOAT)\\b"));
        Matcher separator = Pattern.compile("FIELDS TERMINATED BY ('(?:[^'\\\\]|\\\\.)*')")
                .matcher(ddl);
        Matcher skip = Pattern.compile("'skip\\.header\\.line\\.count'\\s*=\\s*'(\\d+)'")
                .matcher(ddl);
        if (!ddl.contains("ROW FORMAT DELIMITED") || !separator.find() || !skip.find()) {
            throw new IllegalStateException("not the published statement: " + ddl);
        }
        return new AwsCloudFrontTable(columns,
                AwsAlbTable.unescapeHiveLiteral(separator.group(1)),
                Integer.parseInt(skip.group(1)));
    }

    /** Trino's {@code CREATE TABLE} for this table over the files in {@code location}. */
    String createInTrino(String name, String location) {
        return PublishedDdl.createTable(name, columns)
                .append(" WITH (format = 'TEXTFILE', textfile_field_separator = '")
                .append(separator.replace("'", "''"))
                .append("', skip_header_line_count = ").append(headerLines)
                .append(", external_location = '").append(location).append("')").toString();
    }
}
