package io.github.statuscodes.cli;

/**
 * An nginx format the user named, read as it is, with a {@link NginxFieldCheck} looking at the
 * lines until each variable has held a good value once, so that a variable that never does can
 * be named. One instance per file. Not thread-safe.
 */
final class CheckedNginxFormat extends LogFormat {
    final LogFormat format;
    final NginxFieldCheck check;

    CheckedNginxFormat(LogFormat format, NginxFieldCheck check) {
        super(format.name(), format.vendor(), format.hasDurations(), format.hasBackendStatus());
        this.format = format;
        this.check = check;
    }

    /** The {@code log_format} string of an nginx format {@code --format} names, or null. */
    static String logFormatOf(String name) {
        switch (name) {
            case "timed":
                return TIMED;
            case "combined":
                return COMBINED;
            case "upstreaminfo":
                return UPSTREAMINFO;
            default:
                return null;
        }
    }

    @Override
    boolean parse(byte[] b, int from, int to, LogLine line) {
        boolean parsed = format.parse(b, from, to, line);
        if (!check.done()) {
            check.observe(b, from, to);
        }
        return parsed;
    }
}
