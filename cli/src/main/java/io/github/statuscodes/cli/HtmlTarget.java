package io.github.statuscodes.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file {@code logs --html} writes: checked before any log is read (its directory exists and
 * can be written to, it is no directory and none of the input logs), then written to a temporary
 * file beside it and moved into place, so a failed run leaves the old file as it was. Stateless.
 */
final class HtmlTarget {
    private HtmlTarget() {
    }

    /** Why {@code html} cannot take the report of {@code files}, or null when it can. */
    static String problem(String html, List<String> files) {
        Path out;
        try {
            out = Path.of(html).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return "cannot write " + Printable.quote(html) + ": " + Printable.of(e.getMessage());
        }
        if (Files.isDirectory(out)) {
            return "cannot write " + Printable.quote(html) + ": it is a directory; give a file name";
        }
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "cannot write " + Printable.quote(html) + ": no such directory "
                    + Printable.quote(String.valueOf(parent));
        }
        if (!Files.isWritable(parent)) {
            return "cannot write " + Printable.quote(html) + ": the directory "
                    + Printable.quote(parent.toString()) + " is not writable";
        }
        for (String file : files) {
            if (!file.equals("-") && same(out, file)) {
                return "--html " + Printable.quote(html) + " is the input log " + Printable.quote(file)
                        + "; writing the report would replace it, so give another file name";
            }
        }
        return null;
    }

    private static boolean same(Path out, String file) {
        try {
            Path in = Path.of(file).toAbsolutePath().normalize();
            if (in.equals(out)) {
                return true;
            }
            return Files.exists(out) && Files.exists(in) && Files.isSameFile(out, in);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /** Writes {@code page} to a temporary file beside {@code html}, then moves it onto it. */
    static void write(String html, String page) throws IOException {
        Path out = Path.of(html).toAbsolutePath().normalize();
        Path tmp = out.resolveSibling("." + out.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                o.write(page.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
