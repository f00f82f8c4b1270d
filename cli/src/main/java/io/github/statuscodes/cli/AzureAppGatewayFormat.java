package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Azure Application Gateway access logs (category {@code ApplicationGatewayAccessLog}) as Azure
 * Monitor writes them to a storage account, one JSON record per line, in both shapes Microsoft
 * documents. v2 SKU: top-level {@code timeStamp}; {@code properties.timeTaken} in seconds;
 * {@code properties.serverStatus} and {@code serverResponseLatency}. v1 SKU: top-level
 * {@code time}; {@code timeTaken} in milliseconds; the backend's status only inside
 * {@code requestQuery} ({@code SERVER-STATUS=404}). Immutable and thread-safe.
 *
 * <p>The client gave up when {@code httpStatus} is 499 (v2: the client closed the connection
 * before the gateway finished responding) or 0 (v1: no status). The backend answered with
 * {@code serverStatus} (v2) or {@code SERVER-STATUS} (v1); a v2 line without a
 * {@code serverStatus}, or with {@code "-"}, says no backend answer (0); one that is no status code
 * says nothing about the backend.
 */
final class AzureAppGatewayFormat extends LogFormat {
    AzureAppGatewayFormat() {
        super("azure-appgw", Vendor.AZURE_APP_GATEWAY, true, true);
    }

    /** {@code error_info} of a v2 line whose client closed the connection. */
    static final String ERRORINFO_CLIENT_CLOSED_REQUEST = "ERRORINFO_CLIENT_CLOSED_REQUEST";
    /** A v1 {@code httpStatus} of 0: no status, the client left. */
    static final String HTTP_STATUS_0 = "0";

    private static final int OPERATION = 0;
    private static final int CATEGORY = 1;
    private static final int STATUS = 2;
    private static final int TIME_TAKEN = 3;
    private static final int SERVER_STATUS = 4;
    private static final int TIME_STAMP = 5;
    private static final int TIME = 6;
    private static final int METHOD = 7;
    private static final int ORIGINAL_URI = 8;
    private static final int URI = 9;
    private static final int QUERY = 10;
    private static final int ERROR_INFO = 11;
    private static final int TRANSACTION_ID = 12;
    private static final JsonKeys KEYS = JsonKeys.of("operationName", "category",
            "properties.httpStatus", "properties.timeTaken", "properties.serverStatus",
            "timeStamp", "time", "properties.httpMethod", "properties.originalRequestUriWithArgs",
            "properties.requestUri", "properties.requestQuery", "properties.error_info",
            "properties.transactionId");
    private static final byte[] SERVER_STATUS_ARG = "SERVER-STATUS="
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        JsonLine j = line.json;
        if (!j.scan(b, from, to, KEYS) || !j.has(STATUS)
                || !j.is(OPERATION, "ApplicationGatewayAccess")
                        && !j.is(CATEGORY, "ApplicationGatewayAccessLog")) {
            return false;
        }
        boolean v2 = j.has(TIME_STAMP) || j.has(SERVER_STATUS) || j.has(TRANSACTION_ID);
        int sf = j.from(STATUS);
        int st = j.to(STATUS);
        if (st - sf == 1 && b[sf] == '0') {
            line.signal = HTTP_STATUS_0;
        } else {
            line.status = j.status(STATUS);
            if (line.status == LogLine.NONE) {
                return false;
            }
            if (line.status == 499 && j.is(ERROR_INFO, ERRORINFO_CLIENT_CLOSED_REQUEST)) {
                line.signal = ERRORINFO_CLIENT_CLOSED_REQUEST;
            }
        }
        line.clientGaveUp = line.signal != null || line.status == 499;
        line.durationMillis = j.decimal(TIME_TAKEN, v2 ? 3 : 0);
        if (line.wantsTime) {
            line.timeMillis = j.isoMillis(v2 && j.has(TIME_STAMP) ? TIME_STAMP : TIME);
        }
        if (j.isString(METHOD)) {
            line.methodFrom = j.from(METHOD);
            line.methodTo = j.to(METHOD);
        }
        int u = j.isString(ORIGINAL_URI) && j.to(ORIGINAL_URI) > j.from(ORIGINAL_URI)
                ? ORIGINAL_URI : URI;
        if (j.isString(u)) {
            j.target(u, line);
        }
        if (v2) {
            // no serverStatus or "-": no backend answer; anything else that is no status code
            // leaves the origin not logged, as with Traefik's unparsable OriginStatus
            line.backendStatus = !j.has(SERVER_STATUS) || j.is(SERVER_STATUS, "-") ? 0
                    : j.status(SERVER_STATUS);
        } else if (j.isString(QUERY)) {
            line.backendStatus = serverStatusArg(b, j.from(QUERY), j.to(QUERY));
        }
        return true;
    }

    /** {@code SERVER-STATUS=404} in a v1 {@code requestQuery}: the code, or NONE. */
    private static int serverStatusArg(byte[] b, int from, int to) {
        int last = to - SERVER_STATUS_ARG.length;
        for (int i = from; i <= last; i++) {
            if ((i == from || b[i - 1] == '&') && b[i] == 'S') {
                boolean match = true;
                for (int k = 0; k < SERVER_STATUS_ARG.length && match; k++) {
                    match = b[i + k] == SERVER_STATUS_ARG[k];
                }
                if (match) {
                    int s = i + SERVER_STATUS_ARG.length;
                    int e = s;
                    while (e < to && b[e] != '&') {
                        e++;
                    }
                    return Bytes.status(b, s, e);
                }
            }
        }
        return LogLine.NONE;
    }
}
