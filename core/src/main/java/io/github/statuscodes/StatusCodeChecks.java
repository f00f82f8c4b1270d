package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The argument checks of {@link StatusCode.Builder}: each returns the value to keep, or throws. */
final class StatusCodeChecks {
    private StatusCodeChecks() {
    }

    static int code(int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException(Checks.outOfRange(code));
        }
        return code;
    }

    static String reasonPhrase(String reasonPhrase) {
        Checks.notEmpty(reasonPhrase, "reasonPhrase");
        Checks.noControlCharacters(reasonPhrase, "reasonPhrase");
        if (!reasonPhrase.equals(reasonPhrase.strip())) {
            throw new IllegalArgumentException("reasonPhrase " + Checks.quote(reasonPhrase)
                    + " has leading or trailing white space; trim it");
        }
        return reasonPhrase;
    }

    static Vendor vendor(Vendor vendor, int code) {
        Checks.notNull(vendor, "vendor");
        if (vendor.equals(Vendor.NONE)) {
            throw new IllegalArgumentException("vendor NONE is reserved for unregistered"
                    + " numbers; pass the vendor that defines code " + code);
        }
        return vendor;
    }

    /** {@code build()}'s check that {@code vendor(...)} was called. */
    static Vendor vendorSet(@Nullable Vendor vendor, int code, String reasonPhrase) {
        if (vendor == null) {
            throw new IllegalStateException("no vendor set for status code " + code + " "
                    + reasonPhrase + "; call vendor(...) before build()");
        }
        return vendor;
    }

    static URI documentation(URI documentation) {
        Checks.notNull(documentation, "documentation");
        if (!documentation.isAbsolute()) {
            throw new IllegalArgumentException("documentation " + documentation
                    + " is not an absolute URI; give a scheme, e.g. https://...");
        }
        return documentation;
    }

    static URI documentation(String documentation) {
        Checks.notNull(documentation, "documentation");
        try {
            return documentation(new URI(documentation));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("documentation " + Checks.quote(documentation)
                    + " is not a valid URI: " + e.getMessage(), e);
        }
    }

    static List<String> causes(String[] causes) {
        Checks.notNull(causes, "causes");
        List<String> list = new ArrayList<>(causes.length);
        for (String cause : causes) {
            Checks.notEmpty(cause, "cause");
            Checks.noControlCharacters(cause, "cause");
            String c = cause.strip();
            if (list.contains(c)) {
                throw new IllegalArgumentException("cause " + Checks.quote(c)
                        + " is given twice; list each cause once");
            }
            list.add(c);
        }
        return List.copyOf(list);
    }

    static List<Integer> related(int[] codes, int code) {
        Checks.notNull(codes, "codes");
        List<Integer> list = new ArrayList<>(codes.length);
        for (int c : codes) {
            if (c < 100 || c > 999) {
                throw new IllegalArgumentException("related code " + c + " is outside"
                        + " 100..999; HTTP status codes have three digits");
            }
            if (c == code) {
                throw new IllegalArgumentException("related code " + c + " is the code"
                        + " itself; list other codes only");
            }
            if (list.contains(c)) {
                throw new IllegalArgumentException("related code " + c + " is given twice");
            }
            list.add(c);
        }
        return List.copyOf(list);
    }
}
