package io.github.statuscodes;

import java.util.List;
import java.util.Optional;

/**
 * HAProxy's termination state explained from its two letters, for the pairs its documentation
 * does not describe as a pair: the first letter says what ended the stream, the second in which
 * phase.
 */
final class HaproxyStates {
    private HaproxyStates() {
    }

    static Optional<LogSignal> compose(SignalTable table, String pair) {
        SignalTable.Block first = table.firstLetters.get(pair.charAt(0));
        SignalTable.Block second = table.secondLetters.get(pair.charAt(1));
        if (first == null || second == null) {
            return Optional.empty();
        }
        String name = Character.toUpperCase(first.name.charAt(0)) + first.name.substring(1)
                + ", " + second.name;
        return Optional.of(new LogSignal(Vendor.HAPROXY, pair, "termination_state (%ts)", name,
                List.of(), first.endedBy, List.of(), first.source,
                first.meaning + " Phase: " + second.meaning));
    }
}
