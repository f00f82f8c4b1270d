package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * Amazon CloudFront standard logs: W3C extended format, tab-separated, columns named by the
 * {@code #Fields:} directive, or in the order AWS documents when a file has none (a prefix of the
 * 33 fields is enough). A {@code #Fields:} header yields a new instance laid out by it.
 * Immutable and thread-safe.
 *
 * <p>The client gave up when {@code sc-status} is {@code 000} (the viewer closed the connection
 * before the response started: no status), when {@code x-edge-detailed-result-type} is
 * {@code ClientCommError} or {@code ClientHungUpRequest}, or when {@code x-edge-result-type} is
 * {@code Error} while {@code x-edge-response-result-type} is not (AWS: the client disconnected
 * before finishing the download). Duration: {@code time-taken} (seconds).
 *
 * <p>CloudFront does not log the origin's status. What the line says instead is read as: a
 * {@code Miss} or {@code RefreshHit} passed on the origin's answer (backend status = status); a
 * detailed result type naming the origin ({@code Origin...Error}, {@code AbortedOrigin}) or a
 * response CloudFront made itself ({@code LimitExceeded}, {@code CapacityExceeded},
 * {@code Redirect}, {@code InvalidRequest...}, {@code ClientGeoBlocked}) means no origin answer
 * (0); a cache hit or anything else says nothing about the origin ({@link LogLine#NONE}).
 */
final class CloudFrontFormat extends W3cFormat {
    static final String CLIENT_COMM_ERROR = "ClientCommError";
    static final String CLIENT_HUNG_UP_REQUEST = "ClientHungUpRequest";
    /** {@code sc-status 000} with no client result type beside it. */
    static final String STATUS_000 = "000";
    /** {@code x-edge-result-type Error} after a response that was not an error. */
    static final String ERROR = "Error";

    private static final int DATE = 0;
    private static final int TIME = 1;
    private static final int METHOD = 2;
    private static final int URI_STEM = 3;
    private static final int STATUS = 4;
    private static final int RESULT_TYPE = 5;
    private static final int TIME_TAKEN = 6;
    private static final int RESPONSE_RESULT_TYPE = 7;
    private static final int DETAILED_RESULT_TYPE = 8;
    private static final String[] WANTED = {"date", "time", "cs-method", "cs-uri-stem",
            "sc-status", "x-edge-result-type", "time-taken", "x-edge-response-result-type",
            "x-edge-detailed-result-type"};
    /** The fields of a CloudFront standard log, in AWS's documented order. */
    static final String DEFAULT_FIELDS = "date time x-edge-location sc-bytes c-ip cs-method"
            + " cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie)"
            + " x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken"
            + " x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type"
            + " cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte"
            + " x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start"
            + " sc-range-end";
    private static final W3cFields DEFAULT = W3cFields.of(DEFAULT_FIELDS, WANTED);
    /** Without a header, a line must reach {@code time-taken}. */
    private static final int MIN_DEFAULT_COLUMNS = 19;

    private final boolean fromHeader;

    CloudFrontFormat() {
        this(DEFAULT, false);
    }

    private CloudFrontFormat(W3cFields fields, boolean fromHeader) {
        super("cloudfront", Vendor.AWS_CLOUDFRONT, true, WANTED, fields);
        this.fromHeader = fromHeader;
    }

    /**
     * Columns naming {@code sc-status} and {@code x-edge-result-type}; a {@code #Fields:} line of
     * another format is no header of this one.
     */
    @Override
    LogFormat laidOut(W3cFields f) {
        return f.has(STATUS) && f.has(RESULT_TYPE) ? new CloudFrontFormat(f, true) : null;
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        W3cFields f = fields;
        if (to - from < 20) {
            return false;
        }
        int dateFrom = -1;
        int dateTo = -1;
        int timeFrom = -1;
        int timeTo = -1;
        int resultFrom = -1;
        int resultTo = -1;
        int responseFrom = -1;
        int responseTo = -1;
        int detailedFrom = -1;
        int detailedTo = -1;
        boolean status000 = false;
        int column = 0;
        int p = from;
        while (p <= to) {
            int e = Bytes.indexOf(b, p, to, (byte) '\t');
            if (e < 0) {
                e = to;
            }
            switch (f.role(column)) {
                case DATE:
                    dateFrom = p;
                    dateTo = e;
                    break;
                case TIME:
                    timeFrom = p;
                    timeTo = e;
                    break;
                case METHOD:
                    line.methodFrom = p;
                    line.methodTo = e;
                    break;
                case URI_STEM:
                    line.targetFrom = p;
                    line.targetTo = e;
                    break;
                case STATUS:
                    if (e - p == 3 && b[p] == '0' && b[p + 1] == '0' && b[p + 2] == '0') {
                        status000 = true;
                    } else {
                        line.status = Bytes.status(b, p, e);
                        if (line.status == LogLine.NONE) {
                            return false;
                        }
                    }
                    break;
                case RESULT_TYPE:
                    resultFrom = p;
                    resultTo = e;
                    break;
                case TIME_TAKEN:
                    line.durationMillis = Bytes.secondsToMillis(b, p, e);
                    break;
                case RESPONSE_RESULT_TYPE:
                    responseFrom = p;
                    responseTo = e;
                    break;
                case DETAILED_RESULT_TYPE:
                    detailedFrom = p;
                    detailedTo = e;
                    break;
                default:
                    break;
            }
            column++;
            p = e + 1;
        }
        // A trailing tab (AWS's own example has one) adds an empty last column.
        int columns = column > f.columns() && b[to - 1] == '\t' ? column - 1 : column;
        if (fromHeader ? columns != f.columns() : columns < MIN_DEFAULT_COLUMNS
                || columns > f.columns()) {
            return false;
        }
        if (!status000 && line.status == LogLine.NONE || resultFrom < 0
                || !isWord(b, resultFrom, resultTo)) {
            return false;
        }
        line.timeMillis = W3cFields.millis(b, dateFrom, dateTo, timeFrom, timeTo);
        if (dateFrom >= 0 && line.timeMillis == LogLine.NO_TIME) {
            return false;
        }
        String clientType = Bytes.equalsAscii(b, detailedFrom, detailedTo, CLIENT_COMM_ERROR)
                ? CLIENT_COMM_ERROR
                : Bytes.equalsAscii(b, detailedFrom, detailedTo, CLIENT_HUNG_UP_REQUEST)
                        ? CLIENT_HUNG_UP_REQUEST : null;
        boolean downloadCut = Bytes.equalsAscii(b, resultFrom, resultTo, ERROR)
                && responseFrom >= 0 && isWord(b, responseFrom, responseTo)
                && !Bytes.equalsAscii(b, responseFrom, responseTo, ERROR);
        if (status000) {
            line.signal = clientType != null ? clientType : STATUS_000;
        } else if (clientType != null) {
            line.signal = clientType;
        } else if (downloadCut) {
            line.signal = ERROR;
        }
        line.clientGaveUp = line.signal != null;
        line.backendStatus = backendStatus(b, resultFrom, resultTo, detailedFrom, detailedTo,
                line.status);
        return true;
    }

    private static int backendStatus(byte[] b, int resultFrom, int resultTo, int detailedFrom,
            int detailedTo, int status) {
        if (detailedFrom >= 0 && (startsWith(b, detailedFrom, detailedTo, "Origin")
                || startsWith(b, detailedFrom, detailedTo, "InvalidRequest")
                || Bytes.equalsAscii(b, detailedFrom, detailedTo, "AbortedOrigin")
                || Bytes.equalsAscii(b, detailedFrom, detailedTo, "ClientGeoBlocked"))) {
            return 0;
        }
        if (Bytes.equalsAscii(b, resultFrom, resultTo, "Miss")
                || Bytes.equalsAscii(b, resultFrom, resultTo, "RefreshHit")) {
            return status == LogLine.NONE ? LogLine.NONE : status;
        }
        if (Bytes.equalsAscii(b, resultFrom, resultTo, "LimitExceeded")
                || Bytes.equalsAscii(b, resultFrom, resultTo, "CapacityExceeded")
                || Bytes.equalsAscii(b, resultFrom, resultTo, "Redirect")) {
            return 0;
        }
        return LogLine.NONE;
    }

    private static boolean startsWith(byte[] b, int from, int to, String prefix) {
        return to - from >= prefix.length()
                && Bytes.equalsAscii(b, from, from + prefix.length(), prefix);
    }

    private static boolean isWord(byte[] b, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
