package io.github.statuscodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in access-log signals, read from {@code signals.txt} beside this class when
 * {@link LogSignals} is first used, never by a status-code lookup. The file's format is described
 * at its top. The JVM's lazy class initialisation makes the one load thread-safe.
 */
final class SignalTable {
    static final String RESOURCE = "signals.txt";
    static final SignalTable INSTANCE = load();

    final List<LogSignal> all;
    final Map<Vendor, List<LogSignal>> byVendor;
    /** Tokens and aliases by vendor. */
    final Map<Vendor, Map<String, LogSignal>> tokens;
    /** HAProxy's letters: the first character's blocks, then the second's, by letter. */
    final Map<Character, Block> firstLetters;
    final Map<Character, Block> secondLetters;

    private SignalTable(List<LogSignal> all, Map<Character, Block> first,
            Map<Character, Block> second) {
        this.all = List.copyOf(all);
        Map<Vendor, List<LogSignal>> grouped = new LinkedHashMap<>();
        Map<Vendor, Map<String, LogSignal>> index = new HashMap<>();
        for (LogSignal s : all) {
            grouped.computeIfAbsent(s.vendor(), v -> new ArrayList<>()).add(s);
            Map<String, LogSignal> ofVendor = index.computeIfAbsent(s.vendor(), v -> new HashMap<>());
            put(ofVendor, s.token(), s);
            for (String alias : s.aliases()) {
                put(ofVendor, alias, s);
            }
        }
        Map<Vendor, List<LogSignal>> frozen = new LinkedHashMap<>();
        grouped.forEach((v, list) -> frozen.put(v, List.copyOf(list)));
        this.byVendor = Collections.unmodifiableMap(frozen);
        this.tokens = Map.copyOf(index);
        this.firstLetters = Map.copyOf(first);
        this.secondLetters = Map.copyOf(second);
    }

    private static void put(Map<String, LogSignal> index, String token, LogSignal s) {
        LogSignal earlier = index.put(token, s);
        if (earlier != null) {
            throw new IllegalStateException(RESOURCE + ": " + s.vendor().id() + " token " + token
                    + " names both " + earlier + " and " + s);
        }
    }

    /** One block of the file: a signal or an HAProxy letter. */
    static final class Block {
        String kind;
        Vendor vendor;
        String token;
        String field;
        String name;
        final List<String> aliases = new ArrayList<>();
        EndedBy endedBy;
        final List<StatusCode> same = new ArrayList<>();
        String source;
        String meaning;
    }

    private static SignalTable load() {
        try (InputStream in = SignalTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside "
                        + SignalTable.class.getName() + "; the statuscodes-core jar is damaged");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static SignalTable read(BufferedReader reader) throws IOException {
        List<LogSignal> signals = new ArrayList<>();
        Map<Character, Block> first = new HashMap<>();
        Map<Character, Block> second = new HashMap<>();
        Block b = null;
        int number = 0;
        for (String line = reader.readLine(); ; line = reader.readLine()) {
            number++;
            if (line == null || line.isEmpty()) {
                if (b != null) {
                    finish(b, number, signals, first, second);
                    b = null;
                }
                if (line == null) {
                    return new SignalTable(signals, first, second);
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw malformed(number, "a line without a value");
            }
            String key = line.substring(0, space);
            String value = line.substring(space + 1);
            if (b == null) {
                b = start(key, value, number);
                continue;
            }
            switch (key) {
                case "field":
                    b.field = value;
                    break;
                case "name":
                    b.name = value;
                    break;
                case "alias":
                    b.aliases.add(value);
                    break;
                case "ended":
                    b.endedBy = EndedBy.valueOf(value);
                    break;
                case "same":
                    for (String code : value.split(" ")) {
                        b.same.add(equivalent(code, number));
                    }
                    break;
                case "source":
                    b.source = value;
                    break;
                case "meaning":
                    b.meaning = value;
                    break;
                default:
                    throw malformed(number, "an unknown line");
            }
        }
    }

    private static Block start(String key, String value, int number) {
        String[] parts = value.split(" ");
        Block b = new Block();
        b.kind = key;
        if (key.equals("signal") && parts.length == 2
                || key.equals("letter") && parts.length == 3 && parts[2].length() == 1
                    && (parts[1].equals("first") || parts[1].equals("second"))) {
            b.vendor = Vendor.find(parts[0]).orElseThrow(() -> malformed(number, "unknown vendor"));
            b.token = key.equals("signal") ? parts[1] : parts[1] + " " + parts[2];
            return b;
        }
        throw malformed(number, "a block that starts with neither \"signal VENDOR TOKEN\" nor"
                + " \"letter VENDOR first|second L\"");
    }

    private static StatusCode equivalent(String text, int number) {
        int slash = text.indexOf('/');
        int code = Integer.parseInt(slash < 0 ? text : text.substring(0, slash));
        if (slash < 0) {
            return StatusCodes.find(code).orElseThrow(() -> malformed(number, "unregistered " + code));
        }
        Vendor v = Vendor.find(text.substring(slash + 1))
                .orElseThrow(() -> malformed(number, "unknown vendor in " + text));
        return StatusCodes.find(code, v).orElseThrow(() -> malformed(number, "no " + text));
    }

    private static void finish(Block b, int number, List<LogSignal> signals,
            Map<Character, Block> first, Map<Character, Block> second) {
        if (b.name == null || b.source == null || b.meaning == null
                || b.kind.equals("signal") && (b.field == null || b.endedBy == null)) {
            throw malformed(number, "a block without name, source, meaning, field or ended");
        }
        if (b.kind.equals("letter")) {
            Map<Character, Block> letters = b.token.startsWith("first") ? first : second;
            if (letters.put(b.token.charAt(b.token.length() - 1), b) != null) {
                throw malformed(number, "a second block for the letter " + b.token);
            }
            return;
        }
        signals.add(new LogSignal(b.vendor, b.token, b.field, b.name, b.aliases, b.endedBy,
                b.same, b.source, b.meaning));
    }

    private static IllegalStateException malformed(int line, String what) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + what);
    }
}
