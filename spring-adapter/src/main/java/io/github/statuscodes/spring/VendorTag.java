package io.github.statuscodes.spring;

import io.github.statuscodes.Vendor;
import io.github.statuscodes.VendorDetection;
import io.micrometer.common.KeyValue;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The {@value #KEY} key of client observations: the id of the vendor that most likely produced
 * the response, by its headers ({@link VendorDetection}), or {@code none}. Low-cardinality: the
 * values are the built-in vendors' ids, whatever the headers hold.
 */
final class VendorTag {
    static final String KEY = "vendor";
    static final KeyValue NONE = KeyValue.of(KEY, "none");

    private VendorTag() {
    }

    static KeyValue of(Function<String, @Nullable String> headers) {
        try {
            Optional<Vendor> vendor = VendorDetection.detect(headers);
            return vendor.isPresent() ? KeyValue.of(KEY, vendor.get().id()) : NONE;
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /** The key from a client response's headers; {@code none} without a response or headers. */
    static <R> KeyValue ofClient(R response, Function<R, HttpHeaders> headers) {
        if (response == null) {
            return NONE;
        }
        try {
            return of(new HeaderAccess(headers.apply(response)));
        } catch (RuntimeException e) {
            return NONE;
        }
    }
}
