package io.github.statuscodes.cli;

import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code logs --athena}: the analysis of {@code logs} as SQL for Amazon Athena (engine v3, i.e.
 * Trino), over the ALB access-log table that AWS's documentation defines ({@code alb_access_logs},
 * columns {@code time}, {@code request_creation_time}, {@code elb_status_code int},
 * {@code target_status_code string}, {@code request_verb}, {@code request_url}, ...). Endpoints,
 * durations, the cluster rule and the retry rules are those of the command line (the retry rules
 * come from the registry). Stateless.
 */
final class AthenaSql {
    /**
     * A path segment that {@link Endpoints#isId} collapses to {id}: all digits; 8+ hex digits
     * and dashes with a digit; 20+ characters with a digit.
     */
    private static final String ID_SEGMENT = "(?:^|(?<=/))(?:[0-9]+"
            + "|(?=[0-9a-fA-F-]{8,}(?:/|$))[0-9a-fA-F-]*[0-9][0-9a-fA-F-]*"
            + "|(?=[^/]{20,}(?:/|$))[^/]*[0-9][^/]*)(?=/|$)";
    /** Method and collapsed path, as {@link Endpoints} names an endpoint, for the ALB table. */
    private static final String ENDPOINT = endpoint("request_verb", "request_url");
    /** An ALB timestamp, e.g. 2018-07-02T22:22:48.364000Z. */
    private static final String ISO = "^[0-9]{4}-[01][0-9]-[0-3][0-9]"
            + "T[0-2][0-9]:[0-5][0-9]:[0-6][0-9](\\.[0-9]{1,9})?Z$";
    /**
     * The duration in whole milliseconds from request_creation_time (millisecond precision) to
     * time (microseconds), truncated as {@link AlbFormat} does; NULL when either is missing or
     * time is the earlier.
     */
    private static final String MILLIS = "CASE WHEN regexp_like(request_creation_time, '" + ISO
            + "')\n"
            + "            AND regexp_like(\"time\", '" + ISO + "')\n"
            + "            AND from_iso8601_timestamp_nanos(request_creation_time)"
            + " <= from_iso8601_timestamp_nanos(\"time\")\n"
            + "           THEN date_diff('millisecond',"
            + " from_iso8601_timestamp_nanos(request_creation_time),"
            + " from_iso8601_timestamp_nanos(\"time\")) END";
    private static final String TARGET_ANSWERED = "regexp_like(target_status_code,"
            + " '^[1-9][0-9][0-9]$')";

    private AthenaSql() {
    }

    /** The statements, each ending in a semicolon, with a comment line before each. */
    static List<String> statements(String table) {
        List<String> sql = new ArrayList<>();
        sql.add("-- 1. Status codes: count and share of all requests (a NULL code counts lines"
                + " the table's regular expression did not match)\n"
                + "SELECT elb_status_code AS code, count(*) AS requests,\n"
                + "       round(100 * CAST(count(*) AS double) / sum(CASE WHEN elb_status_code"
                + " IS NOT NULL THEN count(*) END) OVER (), 2) AS percent\n"
                + "FROM " + table + "\n"
                + "GROUP BY elb_status_code\n"
                + "ORDER BY requests DESC, code;");
        sql.add("-- 2. Per endpoint: where the 460s pile up (the fullest band of"
                + " ± max(50 ms, 0.5 %), a cluster when it holds " + Cluster.MIN_COUNT
                + "+ and half of them, or a quarter and " + (long) Cluster.MIN_DENSITY
                + " times an even spread) against the endpoint's successful durations\n"
                + "WITH requests AS (\n"
                + "  SELECT " + ENDPOINT + " AS endpoint,\n"
                + "         elb_status_code AS code,\n"
                + "         " + MILLIS + " AS ms\n"
                + "  FROM " + table + "\n"
                + "), gone AS (\n"
                + "  SELECT endpoint, ms, count(*) AS n\n"
                + "  FROM requests WHERE code = 460 AND ms IS NOT NULL\n"
                + "  GROUP BY endpoint, ms\n"
                + "), bands AS (\n"
                + "  SELECT a.endpoint, a.ms AS center, sum(b.n) AS in_band,"
                + " sum(b.n * b.ms) AS weighted\n"
                + "  FROM gone a JOIN gone b ON b.endpoint = a.endpoint\n"
                + "   AND b.ms BETWEEN a.ms - " + halfWidth("a.ms")
                + " AND a.ms + " + halfWidth("a.ms") + "\n"
                + "  GROUP BY a.endpoint, a.ms\n"
                + "), fullest AS (\n"
                + "  SELECT endpoint, center, in_band, CAST(weighted AS double) / in_band AS mean,\n"
                + "         row_number() OVER (PARTITION BY endpoint ORDER BY in_band DESC,"
                + " center) AS pos\n"
                + "  FROM bands\n"
                + "), spread AS (\n"
                + "  SELECT endpoint, count(*) AS total, count(ms) AS timed, min(ms) AS lo,"
                + " max(ms) AS hi\n"
                + "  FROM requests WHERE code = 460\n"
                + "  GROUP BY endpoint\n"
                + "), clusters AS (\n"
                + "  SELECT endpoint, mean, in_band, share,\n"
                + "         in_band >= " + Cluster.MIN_COUNT + " AND (share >= " + Cluster.MAJORITY
                + " OR share >= " + Cluster.MIN_SHARE + " AND share >= " + Cluster.MIN_DENSITY
                + " * even_share) AS clustered\n"
                + "  FROM (\n"
                + "    SELECT f.endpoint, f.mean, f.in_band, CAST(f.in_band AS double) / s.timed"
                + " AS share,\n"
                + "           least(1, 2 * " + halfWidth("f.center") + " / (s.hi - s.lo + 2 * "
                + halfWidth("f.center") + ")) AS even_share\n"
                + "    FROM fullest f JOIN spread s ON s.endpoint = f.endpoint\n"
                + "    WHERE f.pos = 1)\n"
                + "), success AS (\n"
                + "  SELECT endpoint, count(*) AS ok, approx_percentile(ms, 0.5) AS p50,"
                + " approx_percentile(ms, 0.95) AS p95\n"
                + "  FROM requests WHERE code BETWEEN 200 AND 399 AND ms IS NOT NULL\n"
                + "  GROUP BY endpoint\n"
                + ")\n"
                + "SELECT s.endpoint, s.total AS closed_460,\n"
                + "       CASE WHEN c.clustered THEN round(c.mean / 1e3, 3) END"
                + " AS cluster_seconds,\n"
                + "       CASE WHEN c.clustered THEN round(" + halfWidth("c.mean")
                + " / 1e3, 3) END AS plus_minus_seconds,\n"
                + "       CASE WHEN c.clustered THEN c.in_band END AS in_cluster,\n"
                + "       CASE WHEN c.clustered THEN round(100 * c.share, 1) END"
                + " AS cluster_percent,\n"
                + "       ok.ok AS successful, round(ok.p50 / 1e3, 3) AS successful_p50,\n"
                + "       round(ok.p95 / 1e3, 3) AS successful_p95\n"
                + "FROM spread s LEFT JOIN clusters c ON c.endpoint = s.endpoint\n"
                + "LEFT JOIN success ok ON ok.endpoint = s.endpoint\n"
                + "ORDER BY closed_460 DESC, s.endpoint\n"
                + "LIMIT 50;");
        sql.add("-- 3. 460s whose target had answered: work done and thrown away\n"
                + "SELECT " + ENDPOINT + " AS endpoint,\n"
                + "       target_status_code, count(*) AS thrown_away\n"
                + "FROM " + table + "\n"
                + "WHERE elb_status_code = 460 AND " + TARGET_ANSWERED + "\n"
                + "GROUP BY 1, 2\n"
                + "ORDER BY thrown_away DESC, 1, 2\n"
                + "LIMIT 50;");
        sql.add("-- 4. 5xx: from the load balancer or from the target, and whether a client"
                + " following the registry would retry them\n"
                + "SELECT elb_status_code AS code,\n"
                + "       CASE WHEN target_status_code = CAST(elb_status_code AS varchar)"
                + " THEN 'target'\n"
                + "            WHEN target_status_code = '-' OR " + TARGET_ANSWERED
                + " THEN 'load balancer'\n"
                + "            ELSE 'unknown' END AS origin,\n"
                + "       count(*) AS requests,\n"
                + "       count_if(" + retryable(Vendor.AWS_ELB, "elb_status_code", "request_verb")
                + ") AS retryable\n"
                + "FROM " + table + "\n"
                + "WHERE elb_status_code BETWEEN 500 AND 599\n"
                + "GROUP BY 1, 2\n"
                + "ORDER BY requests DESC, 1, 2;");
        return sql;
    }

    /**
     * Method and collapsed path, as {@link Endpoints} names an endpoint: the path of
     * {@code url} (scheme and authority, query and fragment dropped) with its id segments
     * {@code {id}}; {@code (no request line)} without an upper-case method.
     */
    static String endpoint(String method, String url) {
        String path = "coalesce(nullif(regexp_replace(regexp_replace(" + url
                + ", '^[^/].*?://[^/]*', ''), '[?#].*$', ''), ''), '/')";
        return "CASE WHEN regexp_like(" + method + ", '^[A-Z]{1,16}$') AND " + url + " <> ''\n"
                + "           THEN " + method + " || ' ' || regexp_replace(" + path + ",\n"
                + "                '" + ID_SEGMENT + "', '{id}')\n"
                + "           ELSE '(no request line)' END";
    }

    /** The half-width of a cluster band around {@code ms}, as {@link Cluster#halfWidth}. */
    static String halfWidth(String ms) {
        return "greatest(" + (long) Cluster.halfWidth(0) + ", " + ms + " * 5e-3)";
    }

    /**
     * The registry's retry rule for the 5xx of {@code vendor} as a SQL condition on the columns
     * {@code code} and {@code method}.
     */
    static String retryable(Vendor vendor, String code, String method) {
        List<String> any = new ArrayList<>();
        List<String> idempotent = new ArrayList<>();
        for (int status = 500; status < 600; status++) {
            StatusCode c = StatusCodes.of(status, vendor);
            if (c.isRetryable("POST")) {
                any.add(Integer.toString(status));
            } else if (c.isRetryable("GET")) {
                idempotent.add(Integer.toString(status));
            }
        }
        List<String> methods = new ArrayList<>();
        for (String m : LogAnalysis.METHODS) {
            if (Iana.BAD_GATEWAY.isRetryable(m) && !m.equals("OTHER")) {
                methods.add("'" + m + "'");
            }
        }
        return in(code, any) + " OR " + in(code, idempotent) + " AND " + method + " IN ("
                + String.join(", ", methods) + ")";
    }

    private static String in(String column, List<String> codes) {
        return codes.isEmpty() ? "false" : column + " IN (" + String.join(", ", codes) + ")";
    }
}
