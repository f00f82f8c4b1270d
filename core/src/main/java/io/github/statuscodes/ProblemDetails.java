package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import io.github.statuscodes.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC 9457 Problem Details object for a status code, rendered as
 * {@code application/problem+json} with no JSON library.
 *
 * <p>The members are {@code type} (the code's {@linkplain StatusCode#documentation()
 * documentation}, or {@code about:blank}), {@code title} (the reason phrase), {@code status},
 * the optional {@code detail} and {@code instance}, then {@code vendor} (the vendor id) and
 * {@code retryable}, then any extension members in the order added. Strings are escaped per
 * RFC 8259: quotes, backslashes and control characters, plus U+2028, U+2029 and {@code < > &} so
 * the JSON is also safe inside HTML and JavaScript; a lone surrogate becomes U+FFFD. Instances are
 * immutable and thread-safe; the builder is not.
 *
 * <pre>{@code
 * String json = ProblemDetails.builder(StatusCodes.of(503))
 *     .detail("Down for maintenance until 14:00 UTC")
 *     .build()
 *     .toJson();
 * // {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4","title":"Service Unavailable",
 * //  "status":503,"detail":"Down for maintenance until 14:00 UTC","vendor":"iana","retryable":true}
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457 Problem Details for HTTP APIs</a>
 * @since 0.1.0
 */
public final class ProblemDetails {

    /** The media type of the JSON form: {@code application/problem+json}. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The most digits an extension number may have (RFC 8259 §6; see checkReadable). */
    private static final int MAX_DIGITS = 1000;
    private static final String[] RESERVED = {
        "type", "title", "status", "detail", "instance", "vendor", "retryable"
    };

    private final StatusCode status;
    private final URI type;
    private final String title;
    private final String detail;
    private final URI instance;
    private final Map<String, Object> extensions;

    private ProblemDetails(Builder b) {
        this.status = b.status;
        this.type = b.type != null ? b.type : b.status.documentation();
        this.title = b.title != null ? b.title : b.status.reasonPhrase();
        this.detail = b.detail;
        this.instance = b.instance;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
    }

    /**
     * Starts a builder for a status code.
     *
     * @param status the status code the problem is about
     * @return a new builder, not thread-safe
     * @throws NullPointerException if {@code status} is null
     */
    public static Builder builder(StatusCode status) {
        return new Builder(Checks.notNull(status, "status"));
    }

    /**
     * Returns the problem for a status code with no detail.
     *
     * @param status the status code
     * @return the problem details
     * @throws NullPointerException if {@code status} is null
     */
    public static ProblemDetails of(StatusCode status) {
        return builder(status).build();
    }

    /**
     * Returns the status code.
     *
     * @return the status code
     */
    public StatusCode status() {
        return status;
    }

    /**
     * Returns the {@code type} member: the problem type URI.
     *
     * @return the type; {@code about:blank} when nothing more specific is known
     */
    public URI type() {
        return type;
    }

    /**
     * Returns the {@code title} member: by default the code's reason phrase.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the {@code detail} member, if set.
     *
     * @return the detail
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * Returns the {@code instance} member, if set.
     *
     * @return the instance URI
     */
    public Optional<URI> instance() {
        return Optional.ofNullable(instance);
    }

    /**
     * Returns the extension members added to the builder, in the order added.
     *
     * @return an immutable map of name to String, Boolean or Number
     */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /**
     * Renders the object as {@code application/problem+json}.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder(256);
        try {
            writeTo(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws
        }
        return sb.toString();
    }

    /**
     * Writes the JSON form to a writer, e.g. a servlet response's {@code getWriter()}. The caller
     * chooses the encoding; RFC 8259 requires UTF-8 on the wire.
     *
     * @param out where to write
     * @throws IOException if {@code out} fails
     * @throws NullPointerException if {@code out} is null
     */
    public void writeTo(Appendable out) throws IOException {
        Checks.notNull(out, "out");
        out.append("{\"type\":");
        Json.string(out, type.toString());
        out.append(",\"title\":");
        Json.string(out, title);
        out.append(",\"status\":").append(Integer.toString(status.code()));
        if (detail != null) {
            out.append(",\"detail\":");
            Json.string(out, detail);
        }
        if (instance != null) {
            out.append(",\"instance\":");
            Json.string(out, instance.toString());
        }
        out.append(",\"vendor\":");
        Json.string(out, status.vendor().id());
        out.append(",\"retryable\":").append(status.isRetryable() ? "true" : "false");
        for (Map.Entry<String, Object> e : extensions.entrySet()) {
            out.append(',');
            Json.string(out, e.getKey());
            out.append(':');
            Object v = e.getValue();
            if (v instanceof String) {
                Json.string(out, (String) v);
            } else {
                out.append(v.toString());
            }
        }
        out.append('}');
    }

    /** Returns the JSON form. */
    @Override
    public String toString() {
        return toJson();
    }

    /**
     * Builds a {@link ProblemDetails}. Each setter checks its argument at once. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final StatusCode status;
        private URI type;
        private String title;
        private String detail;
        private URI instance;
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(StatusCode status) {
            this.status = status;
        }

        /**
         * Overrides the {@code type} member; the default is the code's documentation link.
         *
         * @param type the problem type URI
         * @return this builder
         * @throws NullPointerException if {@code type} is null
         */
        public Builder type(URI type) {
            this.type = Checks.notNull(type, "type");
            return this;
        }

        /**
         * Overrides the {@code title} member; the default is the code's reason phrase.
         *
         * @param title a short summary of the problem type
         * @return this builder
         * @throws NullPointerException if {@code title} is null
         */
        public Builder title(String title) {
            this.title = Checks.notNull(title, "title");
            return this;
        }

        /**
         * Sets the {@code detail} member: what went wrong with this request, for a person to
         * read. Any text is allowed; it is escaped when rendered.
         *
         * @param detail the explanation
         * @return this builder
         * @throws NullPointerException if {@code detail} is null
         */
        public Builder detail(String detail) {
            this.detail = Checks.notNull(detail, "detail");
            return this;
        }

        /**
         * Sets the {@code instance} member: a URI that identifies this occurrence.
         *
         * @param instance the URI
         * @return this builder
         * @throws NullPointerException if {@code instance} is null
         */
        public Builder instance(URI instance) {
            this.instance = Checks.notNull(instance, "instance");
            return this;
        }

        /**
         * Adds an extension member.
         *
         * @param name the member name: a letter, then two or more letters, digits or
         *     underscores (RFC 9457 §3.2); not a standard or built-in member name
         * @param value a String, Boolean, or finite Number (Integer, Long, Short, Byte, Double,
         *     Float, BigInteger, BigDecimal) that a JSON reader can read back: within the range
         *     of a double and of at most 1000 digits (RFC 8259 §6)
         * @return this builder
         * @throws NullPointerException if the name is null
         * @throws IllegalArgumentException if the name is malformed, reserved or already
         *     added, or the value is null, of another type, a non-finite number, or a number
         *     outside a double's range or of more than 1000 digits
         */
        public Builder member(String name, Object value) {
            Checks.notNull(name, "member name");
            if (!isMemberName(name)) {
                throw new IllegalArgumentException("member name " + Checks.quote(name)
                        + " is not allowed; use a letter followed by two or more letters, digits"
                        + " or underscores (RFC 9457 §3.2)");
            }
            for (String r : RESERVED) {
                if (r.equals(name)) {
                    throw new IllegalArgumentException("member name \"" + name + "\" is reserved;"
                            + " use the builder's own method or another name");
                }
            }
            if (extensions.containsKey(name)) {
                throw new IllegalArgumentException("member \"" + name + "\" was already added");
            }
            extensions.put(name, checkValue(name, value));
            return this;
        }

        /**
         * Builds the immutable problem details.
         *
         * @return the problem details
         */
        public ProblemDetails build() {
            return new ProblemDetails(this);
        }

        /**
     * Rejects a number a JSON reader cannot read back: RFC 8259 §6 lets readers limit range and
     * precision, and most hold numbers as IEEE 754 doubles, so a magnitude outside a double's
     * range, or more than 1000 digits, would be read as infinity, zero, an error
     * or a denial-of-service attempt.
     */
    private static Object checkReadable(String name, Number value) {
        int digits = value instanceof BigDecimal ? ((BigDecimal) value).precision()
                : ((BigInteger) value).abs().toString().length();
        if (digits > MAX_DIGITS) {
            throw new IllegalArgumentException("member \"" + name + "\" is a number of " + digits
                    + " digits; JSON readers need not accept more than " + MAX_DIGITS
                    + " (RFC 8259 §6): round it or send it as a string");
        }
        double d = value.doubleValue();
        boolean zero = value instanceof BigDecimal ? ((BigDecimal) value).signum() == 0
                : ((BigInteger) value).signum() == 0;
        if (Double.isInfinite(d) || d == 0 && !zero) {
            throw new IllegalArgumentException("member \"" + name + "\" is a number outside the"
                    + " range of a double (magnitude from 4.9E-324 to 1.8E308), so a JSON reader"
                    + " would read it as infinity, zero or an error (RFC 8259 §6): send it as a"
                    + " string");
        }
        return value;
    }

    private static boolean isMemberName(String name) {
            if (name.length() < 3 || !isAsciiLetter(name.charAt(0))) {
                return false;
            }
            for (int i = 1; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static Object checkValue(String name, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("member \"" + name + "\" has a null value;"
                        + " leave the member out instead");
            }
            // Exact classes: a subclass of BigDecimal or BigInteger could override toString()
            // and write arbitrary text into the JSON.
            Class<?> type = value.getClass();
            if (type == String.class || type == Boolean.class || type == Integer.class
                    || type == Long.class || type == Short.class || type == Byte.class) {
                return value;
            }
            if (type == BigInteger.class || type == BigDecimal.class) {
                return checkReadable(name, (Number) value);
            }
            if (type == Double.class || type == Float.class) {
                double d = ((Number) value).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("member \"" + name + "\" is " + value
                            + "; JSON numbers must be finite");
                }
                return value;
            }
            throw new IllegalArgumentException("member \"" + name + "\" has a value of type "
                    + type.getName() + "; use a String, Boolean or finite Number (Integer, Long,"
                    + " Short, Byte, Double, Float, BigInteger or BigDecimal itself, not a"
                    + " subclass)");
        }
    }
}
