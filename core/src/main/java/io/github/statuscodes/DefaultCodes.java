package io.github.statuscodes;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in codes, holder by holder. The order decides the primary meaning of a number that
 * IANA does not define: the holder listed first wins (nginx's 499 before Esri's).
 */
final class DefaultCodes {
    private DefaultCodes() {
    }

    static List<StatusCode> all() {
        List<StatusCode> all = new ArrayList<>();
        all.addAll(Iana.values());
        all.addAll(Nginx.values());
        return all;
    }
}
