package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * IIS W3C extended logs: space-separated, columns named by the {@code #Fields:} directive IIS
 * writes at the top of each file, or IIS's default field selection when there is none. A
 * {@code #Fields:} header yields a new instance laid out by it. Immutable and thread-safe.
 *
 * <p>The client gave up when {@code sc-win32-status} is 64 (the network name is no longer
 * available): IIS then still logs the status it meant to send, usually 200, and
 * {@code time-taken} (milliseconds) says when the connection went away. 1236 (the connection was
 * aborted by the local system) is IIS's own host ending the connection: it is kept as the line's
 * signal, not counted as a give-up, and not as a success either (the logged status never
 * reached the client). IIS logs no backend status.
 */
final class IisFormat extends W3cFormat {
    static final String WIN32_NETNAME_DELETED = "64";
    static final String WIN32_CONNECTION_ABORTED = "1236";

    private static final int DATE = 0;
    private static final int TIME = 1;
    private static final int METHOD = 2;
    private static final int URI_STEM = 3;
    private static final int STATUS = 4;
    private static final int WIN32_STATUS = 5;
    private static final int TIME_TAKEN = 6;
    private static final String[] WANTED = {"date", "time", "cs-method", "cs-uri-stem",
            "sc-status", "sc-win32-status", "time-taken"};
    /** The fields IIS selects by default. */
    static final String DEFAULT_FIELDS = "date time s-ip cs-method cs-uri-stem cs-uri-query"
            + " s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus"
            + " sc-win32-status time-taken";
    private static final W3cFields DEFAULT = W3cFields.of(DEFAULT_FIELDS, WANTED);

    IisFormat() {
        this(DEFAULT);
    }

    private IisFormat(W3cFields fields) {
        super("iis", Vendor.MICROSOFT_IIS, false, WANTED, fields);
    }

    /**
     * Columns naming {@code sc-status}, {@code cs-method} and {@code cs-uri-stem} and no
     * CloudFront field.
     */
    @Override
    LogFormat laidOut(W3cFields f) {
        return f.has(STATUS) && f.has(METHOD) && f.has(URI_STEM) && !f.hasPrefix("x-edge-")
                ? new IisFormat(f) : null;
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        W3cFields f = fields;
        if (to == from) {
            return false;
        }
        int dateFrom = -1;
        int dateTo = -1;
        int timeFrom = -1;
        int timeTo = -1;
        int column = 0;
        int p = from;
        while (p <= to) {
            int e = Bytes.indexOf(b, p, to, (byte) ' ');
            if (e < 0) {
                e = to;
            }
            if (e == p) {
                return false; // W3C fields are never empty ('-' when there is no value)
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
                    line.status = Bytes.status(b, p, e);
                    if (line.status == LogLine.NONE) {
                        return false;
                    }
                    break;
                case WIN32_STATUS:
                    if (Bytes.equalsAscii(b, p, e, WIN32_NETNAME_DELETED)) {
                        line.signal = WIN32_NETNAME_DELETED;
                    } else if (Bytes.equalsAscii(b, p, e, WIN32_CONNECTION_ABORTED)) {
                        line.signal = WIN32_CONNECTION_ABORTED;
                    } else if (Bytes.wholeNumber(b, p, e) == LogLine.NONE) {
                        return false;
                    }
                    break;
                case TIME_TAKEN:
                    line.durationMillis = Bytes.wholeNumber(b, p, e);
                    break;
                default:
                    break;
            }
            column++;
            p = e + 1;
        }
        if (column != f.columns() || line.status == LogLine.NONE) {
            return false;
        }
        line.timeMillis = W3cFields.millis(b, dateFrom, dateTo, timeFrom, timeTo);
        if (dateFrom >= 0 && line.timeMillis == LogLine.NO_TIME) {
            return false;
        }
        line.clientGaveUp = line.signal == WIN32_NETNAME_DELETED; // the constant set above
        line.undelivered = line.signal == WIN32_CONNECTION_ABORTED;
        return true;
    }
}
