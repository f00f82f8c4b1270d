package io.github.statuscodes.cli;

import io.github.statuscodes.EndedBy;
import io.github.statuscodes.LogSignal;
import io.github.statuscodes.LogSignals;
import io.github.statuscodes.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Envoy's {@code %RESPONSE_CODE%}, {@code %RESPONSE_FLAGS%} and
 * {@code %RESPONSE_CODE_DETAILS%} for the text and JSON formats. What each flag means comes from
 * core's {@link LogSignals}: a flag that says the client ended the request is a give-up; a flag
 * that says the backend, Envoy itself or a limit ended it means the logged code is Envoy's own,
 * not the backend's answer. Stateless.
 */
final class EnvoyFields {
    private static final String FLAGS_FIELD = "%RESPONSE_FLAGS%";
    /** The response-code details Envoy logs when the client disconnected unexpectedly. */
    static final String DOWNSTREAM_REMOTE_DISCONNECT = "downstream_remote_disconnect";
    /** Response code 0: the response never started, generally because the client left. */
    static final String RESPONSE_CODE_0 = "0";

    /** Core's flags, loaded the first time a line has any (most lines log {@code -}). */
    private static final class Known {
        /** Flags whose signal says the client ended the request ({@code DC}). */
        static final String[] CLIENT_FLAGS = flags(true);
        /**
         * Flags whose signal says the backend, Envoy or a limit ended the request ({@code UF},
         * {@code UT}, {@code NR}, {@code RL}, ...): the upstream gave no response of its own.
         */
        static final String[] UPSTREAM_FAILED = flags(false);
    }

    private EnvoyFields() {
    }

    /** Envoy's response flags from core, those ended by the client or those ended by others. */
    private static String[] flags(boolean client) {
        List<String> found = new ArrayList<>();
        for (LogSignal s : LogSignals.byVendor(Vendor.ENVOY)) {
            if (!s.field().equals(FLAGS_FIELD)) {
                continue;
            }
            EndedBy e = s.endedBy();
            if (client ? e == EndedBy.CLIENT
                    : e == EndedBy.BACKEND || e == EndedBy.PROXY || e == EndedBy.LIMIT) {
                found.add(s.token());
            }
        }
        return found.toArray(new String[0]);
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
        return Bytes.equalsAscii(b, from, to, DOWNSTREAM_REMOTE_DISCONNECT);
    }

    /**
     * Sets the give-up, signal and backend status of a line whose status is already set, from its
     * flags {@code b[flagsFrom, flagsTo)} ({@code -} or comma-separated), whether the details said
     * {@code downstream_remote_disconnect}, and whether an upstream service time was logged.
     */
    static void apply(byte[] b, int flagsFrom, int flagsTo, boolean remoteDisconnect,
            boolean upstreamTimed, LogLine line) {
        String client = null;
        boolean upstreamFailed = false;
        if (!(flagsTo - flagsFrom == 1 && b[flagsFrom] == '-')) {
            int s = flagsFrom;
            for (int i = flagsFrom; i <= flagsTo; i++) {
                if (i == flagsTo || b[i] == ',') {
                    client = client != null ? client : find(Known.CLIENT_FLAGS, b, s, i);
                    upstreamFailed |= find(Known.UPSTREAM_FAILED, b, s, i) != null;
                    s = i + 1;
                }
            }
        }
        if (client != null) {
            line.signal = client;
        } else if (remoteDisconnect) {
            line.signal = DOWNSTREAM_REMOTE_DISCONNECT;
        } else if (line.status == LogLine.NONE) {
            line.signal = RESPONSE_CODE_0;
        }
        line.clientGaveUp = line.signal != null;
        line.backendStatus = upstreamTimed && !upstreamFailed && line.status != LogLine.NONE
                ? line.status : 0;
    }

    /** The flag of {@code flags} that {@code b[from, to)} spells, or null. */
    private static String find(String[] flags, byte[] b, int from, int to) {
        for (String f : flags) {
            if (Bytes.equalsAscii(b, from, to, f)) {
                return f;
            }
        }
        return null;
    }
}
