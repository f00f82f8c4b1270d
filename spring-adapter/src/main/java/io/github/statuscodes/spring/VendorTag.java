package io.github.statuscodes.spring;

import io.github.statuscodes.StatusCodes;
import io.micrometer.common.KeyValue;
import java.util.function.ToIntFunction;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;

/**
 * The {@value #KEY} key of client observations: the id of the vendor of the meaning the registry
 * resolves for the response's status and headers ({@link StatusCodes#resolve(int, Function)}),
 * the vendor a retry listener sees for the same response; {@code iana} for a standard meaning,
 * {@code none} without a response. Low-cardinality: the values are registered vendors' ids,
 * whatever the headers hold.
 */
final class VendorTag {
    static final String KEY = "vendor";
    static final KeyValue NONE = KeyValue.of(KEY, "none");

    private VendorTag() {
    }

    static KeyValue of(int status, Function<String, String> headers) {
        try {
            return KeyValue.of(KEY, StatusCodes.resolve(status, headers).vendor().id());
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /** The key from a client response; {@code none} without a response or a readable status. */
    static <R> KeyValue ofClient(R response, ToIntFunction<R> status,
            Function<R, HttpHeaders> headers) {
        if (response == null) {
            return NONE;
        }
        try {
            int code = status.applyAsInt(response);
            return code < 100 || code > 999 ? NONE
                    : of(code, new HeaderAccess(headers.apply(response)));
        } catch (RuntimeException e) {
            return NONE;
        }
    }
}
