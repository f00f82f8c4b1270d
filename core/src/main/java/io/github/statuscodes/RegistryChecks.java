package io.github.statuscodes;

import java.util.List;

/** The checks of {@link StatusRegistry.Builder}: each throws with a message naming both codes. */
final class RegistryChecks {
    private RegistryChecks() {
    }

    /** Rejects an unregistered code, and one that clashes with a code already added. */
    static void addable(List<StatusCode> codes, StatusCode code) {
        if (!code.isRegistered()) {
            throw new IllegalArgumentException("cannot add " + code + ": it is the unregistered"
                    + " fallback; build a code with StatusCode.builder(" + code.code()
                    + ", ...)");
        }
        for (StatusCode existing : codes) {
            if (existing.equals(code)) {
                throw new IllegalArgumentException("duplicate status code: " + code
                        + " has the same number, vendor and phrase as " + existing
                        + ", already in the registry");
            }
            if (existing.code() == code.code() && existing.vendor().equals(code.vendor())
                    && existing.lifecycle().isCurrent() && code.lifecycle().isCurrent()) {
                throw new IllegalArgumentException("duplicate current meaning: " + code
                        + " has the same number and vendor as " + existing
                        + ", already in the registry; a vendor has one current meaning per"
                        + " number, so give the older one Lifecycle.DEPRECATED or"
                        + " HISTORICAL");
            }
        }
    }

    /** Rejects a second primary meaning of the same number. */
    static void primary(List<StatusCode> primaries, StatusCode code) {
        for (StatusCode p : primaries) {
            if (p.code() == code.code() && !p.equals(code)) {
                throw new IllegalArgumentException("cannot make " + code + " primary: " + p
                        + " is already the primary meaning of " + code.code());
            }
        }
    }

    /** Rejects a primary meaning that was never added. */
    static void primariesAdded(List<StatusCode> codes, List<StatusCode> primaries) {
        for (StatusCode p : primaries) {
            if (!codes.contains(p)) {
                throw new IllegalStateException("primary " + p + " is not in the registry;"
                        + " add(...) it first");
            }
        }
    }

    /** Rejects a user code that names a related number nobody in the registry defines. */
    static void relatedDefined(StatusCode[] registered, StatusRegistry registry) {
        for (StatusCode c : registered) {
            if (c.builtInIndex() >= 0) {
                continue; // the built-in data is checked by its tests
            }
            for (int r : c.related()) {
                if (registry.meanings(r).isEmpty()) {
                    throw new IllegalStateException(c + " names " + r + " as related, but"
                            + " nobody in the registry defines " + r + "; add a code for " + r
                            + " or leave it out");
                }
            }
        }
    }
}
