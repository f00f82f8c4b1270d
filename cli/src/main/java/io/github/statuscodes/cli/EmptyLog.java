package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * What auto-detection gives a log with no line to tell its format by (empty, or blank lines
 * only): reads no line, and names no format in the report. Immutable.
 */
final class EmptyLog extends LogFormat {
    static final String NAME = "none (empty)";

    @Override
    String name() {
        return NAME;
    }

    @Override
    Vendor vendor() {
        return Vendor.NONE;
    }

    @Override
    boolean hasDurations() {
        return false;
    }

    @Override
    boolean hasBackendStatus() {
        return false;
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        return false;
    }
}
