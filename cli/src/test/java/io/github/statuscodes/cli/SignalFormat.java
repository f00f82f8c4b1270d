package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * A format for tests of the analysis, shaped as the proxies that log a give-up without a status
 * do: {@code STATUS FLAG MILLIS METHOD PATH [BACKEND]}, where status 0 means none and flag
 * {@code DC} (a constant, as a format's signals must be) means the client gave up.
 */
final class SignalFormat extends LogFormat {
    static final Vendor VENDOR = Vendor.of("test-proxy", "TestProxy",
            java.net.URI.create("https://example.com/"));
    static final String DC = "DC";
    static final String UT = "UT";

    @Override
    String name() {
        return "signal-test";
    }

    @Override
    Vendor vendor() {
        return VENDOR;
    }

    @Override
    boolean hasDurations() {
        return true;
    }

    @Override
    boolean hasBackendStatus() {
        return true;
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        line.reset();
        int[] f = new int[12];
        int n = 0;
        int p = from;
        while (p < to && n < 12) {
            int e = Bytes.indexOf(b, p, to, (byte) ' ');
            e = e < 0 ? to : e;
            f[n++] = p;
            f[n++] = e;
            p = e + 1;
        }
        if (n < 10) {
            return false;
        }
        boolean zero = f[1] - f[0] == 1 && b[f[0]] == '0';
        line.status = zero ? LogLine.NONE : Bytes.status(b, f[0], f[1]);
        if (!zero && line.status == LogLine.NONE) {
            return false;
        }
        if (f[3] - f[2] == 2 && b[f[2]] == 'D' && b[f[2] + 1] == 'C') {
            line.signal = DC;
            line.clientGaveUp = true;
        } else if (f[3] - f[2] == 2 && b[f[2]] == 'U' && b[f[2] + 1] == 'T') {
            line.signal = UT;
        }
        line.durationMillis = Bytes.decimal(b, f[4], f[5], 0);
        line.methodFrom = f[6];
        line.methodTo = f[7];
        line.targetFrom = f[8];
        line.targetTo = f[9];
        line.backendStatus = n == 12 ? Bytes.status(b, f[10], f[11]) : 0;
        return true;
    }
}
