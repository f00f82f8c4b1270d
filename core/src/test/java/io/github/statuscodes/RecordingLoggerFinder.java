package io.github.statuscodes;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link System.LoggerFinder} of core's tests (a service in the test resources): keeps what
 * the {@code io.github.statuscodes} logger is given, so tests can read it.
 */
public final class RecordingLoggerFinder extends System.LoggerFinder {
    /** One logged line. */
    public static final class Entry {
        final System.Logger.Level level;
        final String message;
        final Throwable thrown;

        Entry(System.Logger.Level level, String message, Throwable thrown) {
            this.level = level;
            this.message = message;
            this.thrown = thrown;
        }
    }

    static final List<Entry> ENTRIES = new CopyOnWriteArrayList<>();

    /** Made by the {@link java.util.ServiceLoader}. */
    public RecordingLoggerFinder() {
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new System.Logger() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                ENTRIES.add(new Entry(level, msg, thrown));
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                ENTRIES.add(new Entry(level, params == null || params.length == 0 ? format
                        : MessageFormat.format(format, params), null));
            }
        };
    }
}
