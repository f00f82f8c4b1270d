package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
/**
 * The class of a status code, given by its first digit (RFC 9110 §15).
 *
 * <p>Numbers 600 to 999 have no class in any RFC; they share {@link #NON_STANDARD}. This enum is
 * immutable and thread-safe.
 *
 * <pre>{@code
 * StatusClass c = StatusClass.of(499);   // CLIENT_ERROR
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15">RFC 9110 §15 Status Codes</a>
 * @since 0.1.0
 */
public enum StatusClass {
    /** {@code 1xx}: the request was received and processing continues. */
    INFORMATIONAL(1, "Informational"),
    /** {@code 2xx}: the request was received, understood and accepted. */
    SUCCESSFUL(2, "Successful"),
    /** {@code 3xx}: the client must take further action to complete the request. */
    REDIRECTION(3, "Redirection"),
    /** {@code 4xx}: the request contains an error or cannot be fulfilled as sent. */
    CLIENT_ERROR(4, "Client Error"),
    /** {@code 5xx}: the server failed to fulfil an apparently valid request. */
    SERVER_ERROR(5, "Server Error"),
    /** {@code 6xx} to {@code 9xx}: three-digit numbers whose class no RFC defines. */
    NON_STANDARD(6, "Non-standard");

    private static final StatusClass[] BY_FIRST_DIGIT = {
        null, INFORMATIONAL, SUCCESSFUL, REDIRECTION, CLIENT_ERROR, SERVER_ERROR,
        NON_STANDARD, NON_STANDARD, NON_STANDARD, NON_STANDARD
    };

    private final int firstDigit;
    private final String displayName;

    StatusClass(int firstDigit, String displayName) {
        this.firstDigit = firstDigit;
        this.displayName = displayName;
    }

    /**
     * Returns the class of a three-digit status code.
     *
     * @param code a status code from 100 to 999
     * @return the class, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     */
    public static StatusClass of(int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException(Checks.outOfRange(code));
        }
        return BY_FIRST_DIGIT[code / 100];
    }

    /**
     * Returns the human-readable name, e.g. {@code "Client Error"}.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the first digit of the codes in this class; 6 for {@link #NON_STANDARD}, which also
     * covers 7xx, 8xx and 9xx.
     *
     * @return the first digit
     */
    public int firstDigit() {
        return firstDigit;
    }

    /**
     * Returns whether codes of this class signal an error (4xx or 5xx).
     *
     * @return true for {@link #CLIENT_ERROR} and {@link #SERVER_ERROR}
     */
    public boolean isError() {
        return this == CLIENT_ERROR || this == SERVER_ERROR;
    }

    /**
     * Returns the retryability a code of this class has when nobody defines it: RFC 9110 §15 has
     * clients treat an unknown code as the {@code x00} code of its class, so 5xx is
     * {@link Retryability#IDEMPOTENT_ONLY} (like 500) and every other class is
     * {@link Retryability#NEVER}.
     *
     * @return the default retryability of the class
     */
    public Retryability defaultRetryability() {
        return this == SERVER_ERROR ? Retryability.IDEMPOTENT_ONLY : Retryability.NEVER;
    }
}
