package io.github.statuscodes.spring;

import io.micrometer.common.KeyValue;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The {@code outcome} key of Spring's HTTP observations by status class (RFC 9110 §15: a code
 * nobody defines is treated as its class's x00), for every number 100..599; anything else is
 * {@code UNKNOWN}, as in Spring.
 */
final class Outcomes {
    static final String KEY = "outcome";
    private static final KeyValue[] BY_CLASS = {
        KeyValue.of(KEY, "INFORMATIONAL"),
        KeyValue.of(KEY, "SUCCESS"),
        KeyValue.of(KEY, "REDIRECTION"),
        KeyValue.of(KEY, "CLIENT_ERROR"),
        KeyValue.of(KEY, "SERVER_ERROR"),
    };
    static final KeyValue UNKNOWN = KeyValue.of(KEY, "UNKNOWN");

    private Outcomes() {
    }

    static KeyValue of(int status) {
        if (status < 100 || status > 599) {
            return UNKNOWN;
        }
        return BY_CLASS[status / 100 - 1];
    }

    /**
     * The outcome of a client response's status; {@code fallback}'s (Spring's default) without a
     * response, or when its status cannot be read (a negative number or an exception).
     */
    static <R> KeyValue ofClient(R response, ToIntFunction<R> status,
            Supplier<KeyValue> fallback) {
        if (response == null) {
            return fallback.get();
        }
        int code;
        try {
            code = status.applyAsInt(response);
        } catch (RuntimeException e) {
            return fallback.get();
        }
        return code < 0 ? fallback.get() : of(code);
    }
}
