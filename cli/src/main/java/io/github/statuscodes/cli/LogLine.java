package io.github.statuscodes.cli;

/**
 * The fields of one access-log line that the analysis needs, filled in place by a
 * {@link LogFormat} (one instance is reused for every line, so parsing allocates nothing). Byte
 * ranges point into the parser's buffer and are valid until the next line. Not thread-safe.
 */
final class LogLine {
    /** No value: the field is absent from the format or was logged as {@code -}. */
    static final int NONE = -1;

    /** The status the proxy or load balancer logged, 100..999. */
    int status;
    /**
     * The upstream's or target's status: a code, {@link #NONE} when the format has no such field,
     * or 0 when the field says no response came ({@code -}).
     */
    int backendStatus;
    /** The request's duration in milliseconds, or {@link #NONE}. */
    long durationMillis;
    /** The request line's method, as a byte range; empty when there is none. */
    int methodFrom;
    int methodTo;
    /** The request target (path and query, or an absolute URL), as a byte range. */
    int targetFrom;
    int targetTo;

    void reset() {
        status = NONE;
        backendStatus = NONE;
        durationMillis = NONE;
        methodFrom = 0;
        methodTo = 0;
        targetFrom = 0;
        targetTo = 0;
    }
}
