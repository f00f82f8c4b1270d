package io.github.statuscodes.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line with in-memory streams. */
final class Run {
    final int status;
    final String out;
    final String err;

    private Run(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static Run of(String... args) {
        return withStdin(new byte[0], args);
    }

    static Run withStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = CommandLine.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), false);
        return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
