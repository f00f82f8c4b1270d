package io.github.statuscodes.cli;

import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code logs --athena}: the analysis of {@code logs} as SQL for Amazon Athena, over the ALB
 * access-log table that AWS's documentation defines ({@code alb_access_logs}, columns
 * {@code time}, {@code request_creation_time}, {@code elb_status_code int},
 * {@code target_status_code string}, {@code request_verb}, {@code request_url}, ...). The
 * retry rules come from the registry. Stateless.
 */
final class AthenaSql {
    /** Collapses ids in a URL's path to {id}, as {@link Endpoints} does (approximately). */
    private static final String ENDPOINT = "request_verb || ' ' || regexp_replace("
            + "coalesce(url_extract_path(request_url), '/'), "
            + "'/(?:[0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|[0-9a-fA-F]{16,}|[A-Za-z0-9_=-]*[0-9][A-Za-z0-9_=-]{19,})(?=/|$)',"
            + " '/{id}')";

    private AthenaSql() {
    }

    /** The statements, each ending in a semicolon, with a comment line before each. */
    static List<String> statements(String table) {
        List<String> sql = new ArrayList<>();
        sql.add("-- 1. Status codes: count and share of all requests\n"
                + "SELECT elb_status_code AS code, count(*) AS requests,\n"
                + "       round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS percent\n"
                + "FROM " + table + "\n"
                + "GROUP BY elb_status_code\n"
                + "ORDER BY requests DESC;");
        sql.add("-- 2. Per endpoint: where the 460s pile up (0.1 s bands, i.e. ± 0.05 s) against the"
                + " endpoint's successful durations\n"
                + "WITH requests AS (\n"
                + "  SELECT " + ENDPOINT + " AS endpoint,\n"
                + "         elb_status_code AS code,\n"
                + "         date_diff('millisecond', from_iso8601_timestamp(request_creation_time),"
                + " from_iso8601_timestamp(\"time\")) / 1000.0 AS seconds\n"
                + "  FROM " + table + "\n"
                + "  WHERE request_creation_time LIKE '____-__-__T%'\n"
                + "), bands AS (\n"
                + "  SELECT endpoint, round(seconds, 1) AS band, count(*) AS n\n"
                + "  FROM requests WHERE code = 460\n"
                + "  GROUP BY endpoint, round(seconds, 1)\n"
                + "), ranked AS (\n"
                + "  SELECT endpoint, band, n, sum(n) OVER (PARTITION BY endpoint) AS total,\n"
                + "         row_number() OVER (PARTITION BY endpoint ORDER BY n DESC) AS pos\n"
                + "  FROM bands\n"
                + "), success AS (\n"
                + "  SELECT endpoint, count(*) AS ok, approx_percentile(seconds, 0.5) AS p50,\n"
                + "         approx_percentile(seconds, 0.95) AS p95\n"
                + "  FROM requests WHERE code BETWEEN 200 AND 399\n"
                + "  GROUP BY endpoint\n"
                + ")\n"
                + "SELECT r.endpoint, r.total AS closed_460, r.band AS cluster_seconds,\n"
                + "       r.n AS in_cluster, round(100.0 * r.n / r.total, 1) AS cluster_percent,\n"
                + "       s.ok AS successful, s.p50 AS successful_p50, s.p95 AS successful_p95\n"
                + "FROM ranked r LEFT JOIN success s ON s.endpoint = r.endpoint\n"
                + "WHERE r.pos = 1\n"
                + "ORDER BY r.total DESC\n"
                + "LIMIT 50;");
        sql.add("-- 3. 460s whose target had answered: work done and thrown away\n"
                + "SELECT " + ENDPOINT + " AS endpoint,\n"
                + "       target_status_code, count(*) AS thrown_away\n"
                + "FROM " + table + "\n"
                + "WHERE elb_status_code = 460 AND target_status_code <> '-'\n"
                + "GROUP BY 1, 2\n"
                + "ORDER BY thrown_away DESC\n"
                + "LIMIT 50;");
        sql.add("-- 4. 5xx: from the load balancer or from the target, and whether a client"
                + " following the registry would retry them\n"
                + "SELECT elb_status_code AS code,\n"
                + "       CASE WHEN target_status_code = CAST(elb_status_code AS varchar)"
                + " THEN 'target' ELSE 'load balancer' END AS origin,\n"
                + "       count(*) AS requests,\n"
                + "       count_if(" + retryable() + ") AS retryable\n"
                + "FROM " + table + "\n"
                + "WHERE elb_status_code BETWEEN 500 AND 599\n"
                + "GROUP BY 1, 2\n"
                + "ORDER BY requests DESC;");
        return sql;
    }

    /** The registry's retry rule for 5xx as a SQL condition. */
    static String retryable() {
        List<String> any = new ArrayList<>();
        List<String> idempotent = new ArrayList<>();
        for (int code = 500; code < 600; code++) {
            StatusCode c = StatusCodes.of(code, Vendor.AWS_ELB);
            if (c.isRetryable("POST")) {
                any.add(Integer.toString(code));
            } else if (c.isRetryable("GET")) {
                idempotent.add(Integer.toString(code));
            }
        }
        List<String> methods = new ArrayList<>();
        for (String m : LogAnalysis.METHODS) {
            if (Iana.BAD_GATEWAY.isRetryable(m) && !m.equals("OTHER")) {
                methods.add("'" + m + "'");
            }
        }
        return in(any) + " OR " + in(idempotent) + " AND request_verb IN ("
                + String.join(", ", methods) + ")";
    }

    private static String in(List<String> codes) {
        return codes.isEmpty() ? "false" : "elb_status_code IN (" + String.join(", ", codes) + ")";
    }
}
