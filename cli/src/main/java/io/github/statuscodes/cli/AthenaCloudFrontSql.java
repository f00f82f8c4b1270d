package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code logs --athena --format cloudfront}: the analysis of {@code logs} as SQL for Amazon Athena
 * (engine v3, i.e. Trino) over the table AWS's documentation defines for CloudFront standard logs
 * ({@code cloudfront_standard_logs}: {@code sc_status int}, {@code time_taken float},
 * {@code cs_method}, {@code cs_uri_stem}, {@code x_edge_result_type},
 * {@code x_edge_response_result_type}, {@code x_edge_detailed_result_type}, ...). Give-ups,
 * their signals and the origin of a 5xx follow {@link CloudFrontFormat}; endpoints, the cluster
 * rule and the retry rules are those of {@link AthenaSql}. Stateless.
 */
final class AthenaCloudFrontSql {
    /** The default table name, as AWS's guide creates it. */
    static final String TABLE = "cloudfront_standard_logs";

    private static final String CLIENT_TYPE = "CASE WHEN x_edge_detailed_result_type IN ('"
            + CloudFrontFormat.CLIENT_COMM_ERROR + "', '" + CloudFrontFormat.CLIENT_HUNG_UP_REQUEST
            + "') THEN x_edge_detailed_result_type END";
    /** The format's give-up signal of a line, NULL for none. */
    private static final String SIGNAL = "CASE WHEN sc_status = 0 THEN coalesce(" + CLIENT_TYPE
            + ", '" + CloudFrontFormat.STATUS_000 + "')\n"
            + "              WHEN " + CLIENT_TYPE + " IS NOT NULL THEN " + CLIENT_TYPE + "\n"
            + "              WHEN x_edge_result_type = '" + CloudFrontFormat.ERROR + "'"
            + " AND regexp_like(x_edge_response_result_type, '^[A-Za-z-]+$')\n"
            + "                   AND x_edge_response_result_type <> '" + CloudFrontFormat.ERROR
            + "' THEN '" + CloudFrontFormat.ERROR + "' END";
    /**
     * What the line says of the origin's status: 0 for none (an origin error, a response
     * CloudFront made), the status when a miss passed the origin's answer on, NULL for nothing.
     */
    private static final String BACKEND = "CASE WHEN regexp_like(x_edge_detailed_result_type,"
            + " '^(Origin|InvalidRequest)')\n"
            + "                OR x_edge_detailed_result_type IN ('AbortedOrigin',"
            + " 'ClientGeoBlocked') THEN 0\n"
            + "              WHEN x_edge_result_type IN ('Miss', 'RefreshHit') THEN code\n"
            + "              WHEN x_edge_result_type IN ('LimitExceeded', 'CapacityExceeded',"
            + " 'Redirect') THEN 0 END";

    private AthenaCloudFrontSql() {
    }

    /** The lines as the command line reads them: code, signal, endpoint, ms, backend. */
    private static String lines(String table) {
        return "WITH coded AS (\n"
                + "  SELECT *, CASE WHEN sc_status BETWEEN 100 AND 999 THEN sc_status END AS code\n"
                + "  FROM " + table + "\n"
                + "), lines AS (\n"
                + "  SELECT code, cs_method,\n"
                + "         " + SIGNAL + " AS signal,\n"
                + "         " + AthenaSql.endpoint("cs_method", "cs_uri_stem") + " AS endpoint,\n"
                + "         CAST(round(CAST(time_taken AS double) * 1e3) AS bigint) AS ms,\n"
                + "         " + BACKEND + " AS backend\n"
                + "  FROM coded\n"
                + ")";
    }

    /** The statements, each ending in a semicolon, with a comment line before each. */
    static List<String> statements(String table) {
        List<String> sql = new ArrayList<>();
        sql.add("-- 1. Status codes: count and share of all requests; lines without a status"
                + " (sc_status 000) by their give-up signal\n"
                + lines(table) + "\n"
                + "SELECT code, CASE WHEN code IS NULL THEN signal END AS signal,"
                + " count(*) AS requests,\n"
                + "       round(100 * CAST(count(*) AS double) / sum(count(*)) OVER (), 2)"
                + " AS percent\n"
                + "FROM lines\n"
                + "GROUP BY 1, 2\n"
                + "ORDER BY requests DESC, code, signal;");
        sql.add("-- 2. Per endpoint and kind of give-up (status and signal): where the give-ups"
                + " pile up (the fullest band of ± max(50 ms, 0.5 %), a cluster when it holds "
                + Cluster.MIN_COUNT + "+ and half of them, or a quarter and "
                + (long) Cluster.MIN_DENSITY + " times an even spread) against the endpoint's"
                + " successful durations\n"
                + lines(table) + ", gaveup AS (\n"
                + "  SELECT endpoint, code, signal, ms,\n"
                + "         coalesce(CAST(code AS varchar), '-') || ' ' || coalesce(signal, '-')"
                + " AS kind\n"
                + "  FROM lines WHERE signal IS NOT NULL OR code = 408\n"
                + "), gone AS (\n"
                + "  SELECT endpoint, kind, ms, count(*) AS n\n"
                + "  FROM gaveup WHERE ms IS NOT NULL\n"
                + "  GROUP BY endpoint, kind, ms\n"
                + "), bands AS (\n"
                + "  SELECT a.endpoint, a.kind, a.ms AS center, sum(b.n) AS in_band,"
                + " sum(b.n * b.ms) AS weighted\n"
                + "  FROM gone a JOIN gone b ON b.endpoint = a.endpoint AND b.kind = a.kind\n"
                + "   AND b.ms BETWEEN a.ms - " + AthenaSql.halfWidth("a.ms")
                + " AND a.ms + " + AthenaSql.halfWidth("a.ms") + "\n"
                + "  GROUP BY a.endpoint, a.kind, a.ms\n"
                + "), fullest AS (\n"
                + "  SELECT endpoint, kind, center, in_band,"
                + " CAST(weighted AS double) / in_band AS mean,\n"
                + "         row_number() OVER (PARTITION BY endpoint, kind ORDER BY in_band DESC,"
                + " center) AS pos\n"
                + "  FROM bands\n"
                + "), spread AS (\n"
                + "  SELECT endpoint, kind, code, signal, count(*) AS total, count(ms) AS timed,"
                + " min(ms) AS lo, max(ms) AS hi\n"
                + "  FROM gaveup\n"
                + "  GROUP BY endpoint, kind, code, signal\n"
                + "), clusters AS (\n"
                + "  SELECT endpoint, kind, mean, in_band, share,\n"
                + "         in_band >= " + Cluster.MIN_COUNT + " AND (share >= " + Cluster.MAJORITY
                + " OR share >= " + Cluster.MIN_SHARE + " AND share >= " + Cluster.MIN_DENSITY
                + " * even_share) AS clustered\n"
                + "  FROM (\n"
                + "    SELECT f.endpoint, f.kind, f.mean, f.in_band,"
                + " CAST(f.in_band AS double) / s.timed AS share,\n"
                + "           least(1, 2 * " + AthenaSql.halfWidth("f.center") + " / (s.hi - s.lo"
                + " + 2 * " + AthenaSql.halfWidth("f.center") + ")) AS even_share\n"
                + "    FROM fullest f JOIN spread s ON s.endpoint = f.endpoint AND s.kind = f.kind\n"
                + "    WHERE f.pos = 1)\n"
                + "), success AS (\n"
                + "  SELECT endpoint, count(*) AS ok, approx_percentile(ms, 0.5) AS p50,"
                + " approx_percentile(ms, 0.95) AS p95\n"
                + "  FROM lines WHERE code BETWEEN 200 AND 399 AND signal IS NULL"
                + " AND ms IS NOT NULL\n"
                + "  GROUP BY endpoint\n"
                + ")\n"
                + "SELECT s.endpoint, s.code, s.signal, s.total AS gave_up,\n"
                + "       CASE WHEN c.clustered THEN round(c.mean / 1e3, 3) END"
                + " AS cluster_seconds,\n"
                + "       CASE WHEN c.clustered THEN round(" + AthenaSql.halfWidth("c.mean")
                + " / 1e3, 3) END AS plus_minus_seconds,\n"
                + "       CASE WHEN c.clustered THEN c.in_band END AS in_cluster,\n"
                + "       CASE WHEN c.clustered THEN round(100 * c.share, 1) END"
                + " AS cluster_percent,\n"
                + "       ok.ok AS successful, round(ok.p50 / 1e3, 3) AS successful_p50,\n"
                + "       round(ok.p95 / 1e3, 3) AS successful_p95\n"
                + "FROM spread s LEFT JOIN clusters c ON c.endpoint = s.endpoint"
                + " AND c.kind = s.kind\n"
                + "LEFT JOIN success ok ON ok.endpoint = s.endpoint\n"
                + "ORDER BY gave_up DESC, s.endpoint, s.kind\n"
                + "LIMIT 50;");
        sql.add("-- 3. Give-ups after the origin's answer had been passed on (a Miss or"
                + " RefreshHit with a status): work done and thrown away\n"
                + lines(table) + "\n"
                + "SELECT endpoint, code, signal, count(*) AS thrown_away\n"
                + "FROM lines\n"
                + "WHERE signal IS NOT NULL AND backend >= 100\n"
                + "GROUP BY 1, 2, 3\n"
                + "ORDER BY thrown_away DESC, 1, 2, 3\n"
                + "LIMIT 50;");
        sql.add("-- 4. 5xx: from the origin (a Miss or RefreshHit), from CloudFront (an origin"
                + " error or its own response) or unknown (a cached error), and whether a client"
                + " following the registry would retry them\n"
                + lines(table) + "\n"
                + "SELECT code,\n"
                + "       CASE WHEN backend = code THEN 'origin'\n"
                + "            WHEN backend IS NOT NULL THEN 'CloudFront'\n"
                + "            ELSE 'unknown' END AS origin,\n"
                + "       count(*) AS requests,\n"
                + "       count_if(" + AthenaSql.retryable(Vendor.AWS_CLOUDFRONT, "code",
                        "cs_method") + ") AS retryable\n"
                + "FROM lines\n"
                + "WHERE code BETWEEN 500 AND 599\n"
                + "GROUP BY 1, 2\n"
                + "ORDER BY requests DESC, 1, 2;");
        return sql;
    }
}
