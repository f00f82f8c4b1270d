package io.github.statuscodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the built-in codes (description, causes, related codes, source), read from
 * {@code texts.txt} beside this class the first time any of them is asked for. They make up most
 * of the data, and no lookup needs them, so they stay off the start-up path of
 * {@link StatusCodes#of(int)}; the JVM's lazy class initialisation makes the one load
 * thread-safe.
 *
 * <p>The file holds one block per meaning, blocks separated by a blank line; {@code #} starts a
 * comment line:
 * <pre>
 * 460 aws-elb Client Closed Connection          (number, vendor id, reason phrase)
 * source https://docs.aws.amazon.com/...
 * description The client closed its connection ...
 * cause client timeout shorter than the target's processing time   (one line per cause)
 * related 408 499 504
 * </pre>
 */
final class BuiltInTexts {
    static final String RESOURCE = "texts.txt";
    private static final BuiltInTexts[] ALL = load();

    final String description;
    final String source;
    final List<String> causes;
    final List<Integer> related;

    private BuiltInTexts(String description, String source, List<String> causes,
            List<Integer> related) {
        this.description = description;
        this.source = source;
        this.causes = List.copyOf(causes);
        this.related = List.copyOf(related);
    }

    static BuiltInTexts of(int builtIn) {
        return ALL[builtIn];
    }

    private static BuiltInTexts[] load() {
        StatusCode[] codes = DefaultCodes.all();
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            rows.put(key(codes[i].code(), codes[i].vendor().id(), codes[i].reasonPhrase()), i);
        }
        BuiltInTexts[] texts = new BuiltInTexts[codes.length];
        try (InputStream in = BuiltInTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside "
                        + BuiltInTexts.class.getName() + "; the statuscodes-core jar is damaged");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), rows,
                    texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null) {
                throw new IllegalStateException(RESOURCE + " has no block for " + codes[i]);
            }
        }
        return texts;
    }

    private static void read(BufferedReader reader, Map<String, Integer> rows,
            BuiltInTexts[] texts) throws IOException {
        Integer row = null;
        String description = null;
        String source = null;
        List<String> causes = new ArrayList<>();
        List<Integer> related = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); ; line = reader.readLine()) {
            number++;
            if (line == null || line.isEmpty()) {
                if (row != null) {
                    if (description == null || source == null) {
                        throw malformed(number, "a block without description or source");
                    }
                    texts[row] = new BuiltInTexts(description, source, causes, related);
                    row = null;
                    description = null;
                    source = null;
                    causes.clear();
                    related.clear();
                }
                if (line == null) {
                    return;
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (row == null) {
                row = rows.get(line);
                if (row == null || texts[row] != null) {
                    throw malformed(number, "no built-in code, or a second block, for " + line);
                }
            } else if (line.startsWith("description ")) {
                description = line.substring("description ".length());
            } else if (line.startsWith("source ")) {
                source = line.substring("source ".length());
            } else if (line.startsWith("cause ")) {
                causes.add(line.substring("cause ".length()));
            } else if (line.startsWith("related ")) {
                for (String n : line.substring("related ".length()).split(" ")) {
                    related.add(Integer.valueOf(n));
                }
            } else {
                throw malformed(number, "an unknown line");
            }
        }
    }

    static String key(int code, String vendorId, String reasonPhrase) {
        return code + " " + vendorId + " " + reasonPhrase;
    }

    private static IllegalStateException malformed(int line, String what) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + what);
    }
}
