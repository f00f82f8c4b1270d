package io.github.statuscodes.cli;

/**
 * The fields of one access-log line that the analysis needs, filled in place by a
 * {@link LogFormat} (one instance is reused for every line, so parsing allocates nothing). Byte
 * ranges point into the parser's buffer and are valid until the next line. Not thread-safe.
 */
final class LogLine {
    /** No value: the field is absent from the format or was logged as {@code -}. */
    static final int NONE = -1;
    /** No time: the format logs none, or it did not parse. */
    static final long NO_TIME = Long.MIN_VALUE;

    /**
     * The status the proxy or load balancer logged, 100..999, or {@link #NONE} when the line
     * logs no status code (Envoy {@code 0}, CloudFront {@code 000}, HAProxy {@code -1}, ...).
     */
    int status;
    /**
     * The upstream's or target's status: a code, {@link #NONE} when the format has no such field,
     * or 0 when the field says no response came ({@code -}).
     */
    int backendStatus;
    /** The request's duration in milliseconds, or {@link #NONE}. */
    long durationMillis;
    /** When the request was logged (the format's own time field), epoch millis, or NO_TIME. */
    long timeMillis;
    /**
     * The proxy's own token that explains the line where a status alone does not (Envoy's
     * response flag {@code DC}, HAProxy's termination state {@code CD}, CloudFront's
     * {@code ClientCommError}, ...), always a constant of the format (never allocated), or null.
     */
    String signal;
    /** Whether the format's own rule says the client gave up on this request. */
    boolean clientGaveUp;
    /**
     * Whether the proxy's own signal says the response never reached the client although a
     * status is logged (IIS {@code sc-win32-status} 1236): never a successful request.
     */
    boolean undelivered;
    /** The request line's method, as a byte range; empty when there is none. */
    int methodFrom;
    int methodTo;
    /**
     * The request target (path and query, or an absolute URL), as a byte range of
     * {@link #targetBytes}, or of the parser's buffer when that is null.
     */
    int targetFrom;
    int targetTo;
    /** Where the target was decoded to (a JSON string with escapes), or null: the line itself. */
    byte[] targetBytes;
    /**
     * Whether the analysis reads {@link #timeMillis}: when false, a format may leave it NO_TIME
     * rather than spend time parsing it. Set by the analysis; not changed by {@link #reset}.
     */
    boolean wantsTime = true;
    /** Scratch space for JSON formats, reused line after line. */
    final JsonLine json = new JsonLine();

    void reset() {
        status = NONE;
        backendStatus = NONE;
        durationMillis = NONE;
        timeMillis = NO_TIME;
        signal = null;
        clientGaveUp = false;
        undelivered = false;
        methodFrom = 0;
        methodTo = 0;
        targetFrom = 0;
        targetTo = 0;
        targetBytes = null;
    }

    /** The array {@link #targetFrom} and {@link #targetTo} index: {@code b} or the decoded one. */
    byte[] target(byte[] b) {
        return targetBytes != null ? targetBytes : b;
    }
}
