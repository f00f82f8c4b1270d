package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * One format made of variants of one proxy's format (nginx's {@code combined} followed by one,
 * two or three unlabelled timings): a line is read by the first variant that parses it. The
 * variants share the vendor. Immutable and thread-safe.
 */
final class FirstOf extends LogFormat {
    private final String name;
    private final LogFormat[] variants;

    FirstOf(String name, LogFormat... variants) {
        this.name = name;
        this.variants = variants.clone();
    }

    @Override
    String name() {
        return name;
    }

    @Override
    Vendor vendor() {
        return variants[0].vendor();
    }

    @Override
    boolean hasDurations() {
        for (LogFormat f : variants) {
            if (f.hasDurations()) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean hasBackendStatus() {
        for (LogFormat f : variants) {
            if (f.hasBackendStatus()) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        for (LogFormat f : variants) {
            if (f.parse(b, from, to, line)) {
                return true;
            }
        }
        return false;
    }
}
