package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Envoy access logs written with a {@code json_format} whose keys name Envoy's command operators,
 * as Envoy's, Istio's and Envoy Gateway's documentation spell them: {@code response_code},
 * {@code response_flags}, {@code response_code_details}, {@code duration},
 * {@code upstream_service_time} or {@code x-envoy-upstream-service-time}, {@code start_time},
 * {@code method} or {@code :method}, {@code path}, {@code x-envoy-origin-path},
 * {@code x-envoy-original-path} or {@code :path}. A line is of this format when it has
 * {@code response_code} and {@code response_flags}. The client-gone and backend rules are the
 * text format's ({@link EnvoyFormat}). Immutable and thread-safe.
 */
final class EnvoyJsonFormat extends LogFormat {
    EnvoyJsonFormat() {
        super("envoy-json", Vendor.ENVOY, true, true);
    }

    private static final int CODE = 0;
    private static final int FLAGS = 1;
    private static final int DETAILS = 2;
    private static final int DURATION = 3;
    private static final int SERVICE_TIME = 4;
    private static final int SERVICE_TIME_HEADER = 5;
    private static final int START_TIME = 6;
    private static final int METHOD = 7;
    private static final int COLON_METHOD = 8;
    private static final int PATH = 9;
    private static final int ORIGIN_PATH = 10;
    private static final int ORIGINAL_PATH = 11;
    private static final int COLON_PATH = 12;
    /** Where the path is looked for, the original (before a rewrite) first. */
    private static final int[] PATH_KEYS = {ORIGIN_PATH, ORIGINAL_PATH, PATH, COLON_PATH};
    private static final JsonKeys KEYS = JsonKeys.of("response_code", "response_flags",
            "response_code_details", "duration", "upstream_service_time",
            "x-envoy-upstream-service-time", "start_time", "method", ":method", "path",
            "x-envoy-origin-path", "x-envoy-original-path", ":path");

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        JsonLine j = line.json;
        if (!j.scan(b, from, to, KEYS) || !j.has(CODE) || !j.has(FLAGS)) {
            return false;
        }
        int code = EnvoyFields.code(b, j.from(CODE), j.to(CODE));
        if (code < 0) {
            return false;
        }
        line.status = code == 0 ? LogLine.NONE : code;
        int flagsFrom = j.from(FLAGS);
        int flagsTo = j.to(FLAGS);
        if (!j.isString(FLAGS)) { // null: no flags
            flagsFrom = flagsTo;
        } else if (!EnvoyFields.isFlags(b, flagsFrom, flagsTo)) {
            return false;
        }
        line.durationMillis = j.decimal(DURATION, 0);
        long serviceTime = j.has(SERVICE_TIME) ? j.decimal(SERVICE_TIME, 0)
                : j.decimal(SERVICE_TIME_HEADER, 0);
        if (line.wantsTime) {
            line.timeMillis = j.isoMillis(START_TIME);
        }
        int m = j.has(METHOD) ? METHOD : COLON_METHOD;
        if (j.isString(m)) {
            line.methodFrom = j.from(m);
            line.methodTo = j.to(m);
        }
        for (int k : PATH_KEYS) {
            if (j.isString(k) && j.to(k) > j.from(k) && !j.is(k, "-")) {
                j.target(k, line);
                break;
            }
        }
        boolean remoteDisconnect = j.is(DETAILS, EnvoyFields.DOWNSTREAM_REMOTE_DISCONNECT);
        EnvoyFields.apply(b, flagsFrom, flagsTo, remoteDisconnect, serviceTime >= 0, line);
        return true;
    }
}
