package io.github.statuscodes.cli;

/**
 * What Envoy's {@code %RESPONSE_FLAGS%}, {@code %RESPONSE_CODE%} and
 * {@code %RESPONSE_CODE_DETAILS%} say about who ended a request, shared by the text and JSON
 * formats. Stateless.
 */
final class EnvoyFlags {
    /** Downstream connection termination: the client went away. */
    static final String DC = "DC";
    /** The response-code details Envoy logs when the client disconnected unexpectedly. */
    static final String DOWNSTREAM_REMOTE_DISCONNECT = "downstream_remote_disconnect";
    /** Response code 0: the response never started, generally because the client left. */
    static final String RESPONSE_CODE_0 = "0";

    /**
     * Flags that say the upstream gave no response of its own: no healthy host (UH), connection
     * failure (UF), overflow (UO), no route (NR), retry limit (URX), no cluster (NC), timeout (UT),
     * local or remote reset (LR, UR), connection termination (UC), protocol errors (DPE, UPE),
     * stream idle timeout (SI), max stream duration (UMSDR).
     */
    private static final String[] UPSTREAM_FAILED = {"UH", "UF", "UO", "NR", "URX", "NC", "UT",
            "LR", "UR", "UC", "DPE", "UPE", "SI", "UMSDR"};

    private EnvoyFlags() {
    }

    /** {@code %RESPONSE_CODE%}: 0 or 100..999, or -1 for anything else. */
    static int code(byte[] b, int from, int to) {
        if (to - from == 1 && b[from] == '0') {
            return 0;
        }
        int s = Bytes.status(b, from, to);
        return s == LogLine.NONE ? -1 : s;
    }

    /** {@code -}, or flags: upper-case letters separated by commas. */
    static boolean isFlags(byte[] b, int from, int to) {
        if (to - from == 1 && b[from] == '-') {
            return true;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!(c >= 'A' && c <= 'Z' || c == ',' && i > from && i + 1 < to)) {
                return false;
            }
        }
        return to > from;
    }

    /** {@code %RESPONSE_CODE_DETAILS%}: {@code -} or a word that does not start with a digit. */
    static boolean isDetails(byte[] b, int from, int to) {
        return to > from && !(b[from] >= '0' && b[from] <= '9') && b[from] != '"';
    }

    static boolean isRemoteDisconnect(byte[] b, int from, int to) {
        return equals(b, from, to, DOWNSTREAM_REMOTE_DISCONNECT);
    }

    /** Whole milliseconds ({@code 123}), or {@link LogLine#NONE}. */
    static long millis(byte[] b, int from, int to) {
        if (to <= from || to - from > 12) {
            return LogLine.NONE;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return LogLine.NONE;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * Sets the give-up, signal and backend status of a line whose status is already set, from its
     * flags {@code b[flagsFrom, flagsTo)} ({@code -} or comma-separated), whether the details said
     * {@code downstream_remote_disconnect}, and whether an upstream service time was logged.
     */
    static void apply(byte[] b, int flagsFrom, int flagsTo, boolean remoteDisconnect,
            boolean upstreamTimed, LogLine line) {
        boolean dc = false;
        boolean upstreamFailed = false;
        int s = flagsFrom;
        for (int i = flagsFrom; i <= flagsTo; i++) {
            if (i == flagsTo || b[i] == ',') {
                if (equals(b, s, i, DC)) {
                    dc = true;
                }
                for (String f : UPSTREAM_FAILED) {
                    upstreamFailed |= equals(b, s, i, f);
                }
                s = i + 1;
            }
        }
        if (dc) {
            line.signal = DC;
        } else if (remoteDisconnect) {
            line.signal = DOWNSTREAM_REMOTE_DISCONNECT;
        } else if (line.status == LogLine.NONE) {
            line.signal = RESPONSE_CODE_0;
        }
        line.clientGaveUp = line.signal != null;
        line.backendStatus = upstreamTimed && !upstreamFailed && line.status != LogLine.NONE
                ? line.status : 0;
    }

    static boolean equals(byte[] b, int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
