package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * The AWS Application Load Balancer access-log format: space-separated fields in a fixed order,
 * some in double quotes; fields added by AWS after the known ones are ignored, as AWS asks. Lines
 * from before {@code request_creation_time} existed (fewer than 22 fields) still parse; their
 * duration is the sum of the three processing times. Immutable and thread-safe.
 *
 * <p>Fields: type time elb client:port target:port request_processing_time
 * target_processing_time response_processing_time elb_status_code target_status_code
 * received_bytes sent_bytes "request" "user_agent" ssl_cipher ssl_protocol target_group_arn
 * "trace_id" "domain_name" "chosen_cert_arn" matched_rule_priority request_creation_time
 * "actions_executed" "redirect_url" "error_reason" "target:port_list" "target_status_code_list"
 * "classification" "classification_reason" conn_trace_id (and newer ones).
 */
final class AlbFormat extends LogFormat {
    AlbFormat() {
        super("alb", Vendor.AWS_ELB, true, true);
    }

    private static final int TYPE = 0;
    private static final int TIME = 1;
    private static final int REQUEST_PROCESSING = 5;
    private static final int RESPONSE_PROCESSING = 7;
    private static final int ELB_STATUS = 8;
    private static final int TARGET_STATUS = 9;
    private static final int REQUEST = 12;
    private static final int REQUEST_CREATION_TIME = 21;
    /** ALB's code for a client that closed the connection before the idle timeout. */
    private static final int CLIENT_CLOSED = 460;

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        long time = Long.MIN_VALUE;
        long created = Long.MIN_VALUE;
        long processing = 0;
        int field = 0;
        int p = from;
        while (p < to && field <= REQUEST_CREATION_TIME) {
            int start;
            int end;
            int next;
            if (b[p] == '"') {
                start = p + 1;
                end = start;
                while (end < to && !(b[end] == '"' && (end + 1 == to || b[end + 1] == ' '))) {
                    end++;
                }
                if (end == to) {
                    return false;
                }
                next = end + 1;
            } else {
                start = p;
                end = p;
                while (end < to && b[end] != ' ') {
                    end++;
                }
                next = end;
            }
            switch (field) {
                case TYPE:
                    if (!knownType(b, start, end)) {
                        return false;
                    }
                    break;
                case TIME:
                    time = Timestamps.isoMicros(b, start, end);
                    if (time == Long.MIN_VALUE) {
                        return false;
                    }
                    break;
                case REQUEST_PROCESSING:
                case REQUEST_PROCESSING + 1:
                case RESPONSE_PROCESSING: {
                    long ms = Bytes.secondsToMillis(b, start, end);
                    processing = ms == LogLine.NONE || processing == LogLine.NONE
                            ? LogLine.NONE : processing + ms;
                    break;
                }
                case ELB_STATUS:
                    line.status = Bytes.status(b, start, end);
                    if (line.status == LogLine.NONE) {
                        return false;
                    }
                    break;
                case TARGET_STATUS:
                    line.backendStatus = end - start == 1 && b[start] == '-' ? 0
                            : Bytes.status(b, start, end);
                    break;
                case REQUEST:
                    if (start == p) { // the request line must be quoted
                        return false;
                    }
                    request(b, start, end, line);
                    break;
                case REQUEST_CREATION_TIME:
                    created = Timestamps.isoMicros(b, start, end);
                    break;
                default:
                    break;
            }
            field++;
            if (next < to) {
                if (b[next] != ' ') {
                    return false;
                }
                next++;
            }
            p = next;
        }
        if (field <= REQUEST) {
            return false;
        }
        line.timeMillis = time / 1000;
        line.clientGaveUp = line.status == CLIENT_CLOSED;
        if (created != Long.MIN_VALUE && time >= created) {
            line.durationMillis = (time - created) / 1000;
        } else if (processing != LogLine.NONE) {
            line.durationMillis = processing;
        }
        return true;
    }

    private static boolean knownType(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 2 || n > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] < 'a' || b[i] > 'z') {
                if (!(b[i] == '2' && i == from + 1 && b[from] == 'h')) {
                    return false;
                }
            }
        }
        return n == 2 && b[from] == 'h' && b[from + 1] == '2' // h2
                || n == 2 && b[from] == 'w' && b[from + 1] == 's' // ws
                || n == 3 && b[from] == 'w' // wss
                || n == 4 && b[from] == 'h' // http
                || n == 5 && (b[from] == 'h' || b[from] == 'g'); // https, grpcs
    }

    /** Splits {@code GET https://host:443/path?q HTTP/1.1} into method and target. */
    private static void request(byte[] b, int from, int to, LogLine line) {
        int sp = from;
        while (sp < to && b[sp] != ' ') {
            sp++;
        }
        if (sp == to) {
            return;
        }
        line.methodFrom = from;
        line.methodTo = sp;
        int t = sp + 1;
        int e = to;
        while (e > t && b[e - 1] != ' ') {
            e--;
        }
        line.targetFrom = t;
        line.targetTo = e > t ? e - 1 : to;
    }
}
