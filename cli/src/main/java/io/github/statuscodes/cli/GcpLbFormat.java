package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Google Cloud external Application Load Balancer request logs as exported from Cloud Logging,
 * one {@code LogEntry} per line: {@code httpRequest.status}, {@code httpRequest.latency}
 * ({@code "0.123s"}), {@code httpRequest.requestMethod}, {@code httpRequest.requestUrl},
 * {@code timestamp} and {@code jsonPayload.statusDetails}. A line is of this format when it has
 * {@code jsonPayload.statusDetails} and an {@code httpRequest}. Immutable and thread-safe.
 *
 * <p>The client gave up when {@code statusDetails} is
 * {@code client_disconnected_before_any_response} (the entry then has no status) or
 * {@code client_disconnected_after_partial_response}. The backend answered, with the logged
 * status, when {@code statusDetails} is {@code response_sent_by_backend}; other details name a
 * response the load balancer made itself ({@code failed_to_pick_backend}, {@code backend_timeout},
 * ...: no backend answer, 0), except cache and client details, which say nothing about the
 * backend.
 */
final class GcpLbFormat extends LogFormat {
    GcpLbFormat() {
        super("gcp-lb", Vendor.GOOGLE_CLOUD_LB, true, true);
    }

    static final String CLIENT_DISCONNECTED_BEFORE_ANY_RESPONSE =
            "client_disconnected_before_any_response";
    static final String CLIENT_DISCONNECTED_AFTER_PARTIAL_RESPONSE =
            "client_disconnected_after_partial_response";
    private static final String RESPONSE_SENT_BY_BACKEND = "response_sent_by_backend";

    private static final int DETAILS = 0;
    private static final int STATUS = 1;
    private static final int LATENCY = 2;
    private static final int METHOD = 3;
    private static final int URL = 4;
    private static final int TIMESTAMP = 5;
    private static final JsonKeys KEYS = JsonKeys.of("jsonPayload.statusDetails",
            "httpRequest.status", "httpRequest.latency", "httpRequest.requestMethod",
            "httpRequest.requestUrl", "timestamp");

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        JsonLine j = line.json;
        if (!j.scan(b, from, to, KEYS) || !j.isString(DETAILS)
                || !j.has(METHOD) && !j.has(URL) && !j.has(STATUS)) {
            return false;
        }
        if (j.has(STATUS)) {
            line.status = j.status(STATUS);
            if (line.status == LogLine.NONE && !isZero(b, j.from(STATUS), j.to(STATUS))) {
                return false;
            }
        }
        line.durationMillis = j.secondsToMillis(LATENCY);
        if (line.wantsTime) {
            line.timeMillis = j.isoMillis(TIMESTAMP);
        }
        if (j.isString(METHOD)) {
            line.methodFrom = j.from(METHOD);
            line.methodTo = j.to(METHOD);
        }
        if (j.isString(URL)) {
            j.target(URL, line);
        }
        if (j.is(DETAILS, CLIENT_DISCONNECTED_BEFORE_ANY_RESPONSE)) {
            line.signal = CLIENT_DISCONNECTED_BEFORE_ANY_RESPONSE;
            line.status = LogLine.NONE;
        } else if (j.is(DETAILS, CLIENT_DISCONNECTED_AFTER_PARTIAL_RESPONSE)) {
            line.signal = CLIENT_DISCONNECTED_AFTER_PARTIAL_RESPONSE;
        }
        line.clientGaveUp = line.signal != null;
        if (j.is(DETAILS, RESPONSE_SENT_BY_BACKEND)
                || line.signal == CLIENT_DISCONNECTED_AFTER_PARTIAL_RESPONSE) {
            line.backendStatus = line.status; // a partial response is the backend's, started
        } else if (line.signal == CLIENT_DISCONNECTED_BEFORE_ANY_RESPONSE) {
            line.backendStatus = 0; // nothing was sent: no backend response had come through
        } else if (!line.clientGaveUp && !startsWith(b, j.from(DETAILS), j.to(DETAILS), "cache")
                && !startsWith(b, j.from(DETAILS), j.to(DETAILS), "response_from_cache")) {
            line.backendStatus = 0;
        }
        return true;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        return to - from == 1 && b[from] == '0';
    }

    private static boolean startsWith(byte[] b, int from, int to, String prefix) {
        return to - from >= prefix.length()
                && Bytes.equalsAscii(b, from, from + prefix.length(), prefix);
    }
}
