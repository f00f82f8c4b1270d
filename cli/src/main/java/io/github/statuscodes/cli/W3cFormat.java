package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * A W3C extended log format: its columns come from a {@code #Fields:} directive, or from the
 * format's default field list when a file has none. Immutable and thread-safe.
 */
abstract class W3cFormat extends LogFormat {
    /** The columns the lines have. */
    final W3cFields fields;
    private final String[] wanted;

    W3cFormat(String name, Vendor vendor, boolean backendStatus, String[] wanted,
            W3cFields fields) {
        super(name, vendor, true, backendStatus);
        this.wanted = wanted;
        this.fields = fields;
    }

    /**
     * A {@code #Fields:} line that {@link #laidOut} accepts lays out the lines after it; other
     * {@code #} lines ({@code #Version:}, {@code #Date:}) are taken as they are.
     */
    @Override
    final LogFormat header(byte[] b, int from, int to) {
        if (to == from || b[from] != '#') {
            return null;
        }
        if (!W3cFields.isFields(b, from, to)) {
            return this;
        }
        return laidOut(W3cFields.parse(b, from, to, wanted));
    }

    /** This format laid out by the columns {@code f}, or null when they are another format's. */
    abstract LogFormat laidOut(W3cFields f);
}
