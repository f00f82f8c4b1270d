package io.github.statuscodes.parity;

import java.util.Map;

/** One scripted response: a status and its headers. */
record Reply(int status, Map<String, String> headers) {
    Reply(int status) {
        this(status, Map.of());
    }

    Reply(int status, String header, String value) {
        this(status, Map.of(header, value));
    }

    /** The header accessor the policy is given: case-insensitive, null when absent. */
    String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return headers.isEmpty() ? Integer.toString(status) : status + " " + headers;
    }
}
