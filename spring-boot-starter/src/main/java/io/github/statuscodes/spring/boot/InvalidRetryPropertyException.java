package io.github.statuscodes.spring.boot;

import org.jspecify.annotations.Nullable;

/**
 * A {@code statuscodes.retry.clients.<name>.*} value that cannot be applied to the policy the
 * client inherits (known only once the default policy is, which may be the application's own
 * bean). {@link RetryPropertyFailureAnalyzer} turns it into Boot's failure report.
 */
final class InvalidRetryPropertyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String property;
    private final @Nullable String value;
    private final @Nullable String origin;
    private final String reason;
    private final String action;

    InvalidRetryPropertyException(String property, @Nullable String value, String reason,
            String action) {
        this(property, value, null, reason, action);
    }

    private InvalidRetryPropertyException(String property, @Nullable String value,
            @Nullable String origin, String reason, String action) {
        super(property + (value == null ? "" : "=" + value) + ": " + reason);
        this.property = property;
        this.value = value;
        this.origin = origin;
        this.reason = reason;
        this.action = action;
    }

    /** {@return this exception with where the property was set} */
    InvalidRetryPropertyException withOrigin(@Nullable String where) {
        return where == null ? this
                : new InvalidRetryPropertyException(property, value, where, reason, action);
    }

    /** {@return the property, in Boot's form, e.g. statuscodes.retry.clients[pay].backoff-max} */
    String property() {
        return property;
    }

    /** {@return the report's description: property, value, origin and reason} */
    String description() {
        StringBuilder s = new StringBuilder("A statuscodes.retry.clients property cannot be "
                + "applied to the policy the client inherits:\n\n    Property: ").append(property);
        if (value != null) {
            s.append("\n    Value: \"").append(value).append('"');
        }
        if (origin != null) {
            s.append("\n    Origin: ").append(origin);
        }
        return s.append("\n    Reason: ").append(reason).toString();
    }

    /** {@return what to change} */
    String action() {
        return action;
    }
}
