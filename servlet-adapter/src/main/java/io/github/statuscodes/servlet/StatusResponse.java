package io.github.statuscodes.servlet;

import io.github.statuscodes.ProblemDetails;
import io.github.statuscodes.RetryAfter;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.internal.Checks;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A complete answer with one {@link StatusCode}: the status, an RFC 9457
 * {@code application/problem+json} body, {@code Retry-After} and {@code Cache-Control}, written
 * the same way on every Servlet 6 container.
 *
 * <p>For an error (400 and up), the body is core's {@link ProblemDetails}: {@code type} (the
 * code's documentation link, or {@code about:blank}), {@code title} (the reason phrase),
 * {@code status}, the optional {@code detail}, {@code vendor}, {@code retryable} and your extension
 * members. It is written as UTF-8 bytes with a {@code Content-Length}, and the response gets
 * {@code Cache-Control: no-store}, so that no cache keeps a transient error (give your own
 * {@code Cache-Control} with {@link Builder#header} for a deliberately cacheable one, e.g. a 404).
 * A 2xx or 3xx is sent with no body. The title goes in the body because no container sends a
 * useful reason phrase for a non-standard code: Tomcat sends none, Jetty repeats the digits,
 * Undertow says {@code Unknown}.
 *
 * <p>The code is checked here, not left to the container: 200 to 599, and 600 to 999 only after
 * {@link Builder#allowCodesAbove599()} (Tomcat writes any number, even {@code -5}, while Jetty
 * 12.1 and Undertow throw on codes above 599 and fall back to 200). A 1xx is refused: it is an
 * interim response the container sends itself, never a final one. Header values are checked for
 * control characters, so that nothing can split the response.
 *
 * <p>Instances are immutable and thread-safe, so a fixed answer can be a constant; the builder is
 * not thread-safe.
 *
 * <pre>{@code
 * // one call
 * StatusResponse.send(response, Iana.NOT_FOUND, "No order 42");
 *
 * // or with Retry-After and extension members
 * StatusResponse.builder(StatusCodes.of(503))
 *     .detail("Down for maintenance until 14:00 UTC")
 *     .retryAfter(Duration.ofMinutes(5))
 *     .member("traceId", traceId)
 *     .build()
 *     .sendTo(response);
 * // HTTP/1.1 503 Service Unavailable
 * // Cache-Control: no-store
 * // Retry-After: 300
 * // Content-Type: application/problem+json
 * //
 * // {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4","title":"Service Unavailable",
 * //  "status":503,"detail":"Down for maintenance until 14:00 UTC","vendor":"iana",
 * //  "retryable":true,"traceId":"..."}
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457 Problem Details for HTTP APIs</a>
 * @since 0.1.0
 */
public final class StatusResponse {

    private final StatusCode status;
    private final ProblemDetails problem;
    private final String retryAfter;
    private final Map<String, String> headers;
    private final byte[] body;

    private StatusResponse(Builder b) {
        this.status = b.status;
        this.problem = b.problem.build();
        this.retryAfter = b.retryAfter;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = hasBody(status.code()) ? problem.toJson().getBytes(StandardCharsets.UTF_8)
                : null;
    }

    /**
     * Starts a builder.
     *
     * @param status the code to answer with, 200 to 599 (600 to 999 after
     *     {@link Builder#allowCodesAbove599()})
     * @return a new builder, not thread-safe
     * @throws NullPointerException if {@code status} is null
     * @throws IllegalArgumentException if {@code status} is a 1xx code
     */
    public static Builder builder(StatusCode status) {
        return new Builder(status);
    }

    /**
     * Answers with a status code and its problem body, in one call.
     *
     * @param response the response, not yet committed
     * @param status the code, 200 to 599
     * @throws IOException if writing the body fails, e.g. because the client went away
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is 1xx or above 599
     * @throws IllegalStateException if the response is already committed; nothing is written
     */
    public static void send(HttpServletResponse response, StatusCode status) throws IOException {
        builder(status).build().sendTo(response);
    }

    /**
     * Answers with a status code and a problem body with a {@code detail}, in one call.
     *
     * @param response the response, not yet committed
     * @param status the code, 400 to 599 (a detail needs a problem body)
     * @param detail what went wrong with this request, for a person to read; any text
     * @throws IOException if writing the body fails, e.g. because the client went away
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is not 400 to 599
     * @throws IllegalStateException if the response is already committed; nothing is written
     */
    public static void send(HttpServletResponse response, StatusCode status, String detail)
            throws IOException {
        builder(status).detail(detail).build().sendTo(response);
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
     * Returns the problem details; sent as the body for codes of 400 and up.
     *
     * @return the problem details
     */
    public ProblemDetails problem() {
        return problem;
    }

    /**
     * Returns the {@code Retry-After} value, if set: delay-seconds or an HTTP-date.
     *
     * @return the header value, or empty
     */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Returns the extra headers, in the order added.
     *
     * @return an immutable map of header name to value
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Sends this answer: discards any body the application buffered, and the headers that
     * described it ({@code Content-Encoding}, {@code Content-Range}, {@code Content-Disposition},
     * {@code Content-Language}, {@code ETag}, {@code Last-Modified}), but keeps its other headers;
     * sets the status, {@code Cache-Control: no-store} for a code of 400 and up (unless a
     * {@code Cache-Control} header was given), {@code Retry-After} and the extra headers; and
     * writes the problem body as UTF-8 bytes with {@code Content-Type: application/problem+json}
     * and a {@code Content-Length}. A 204, 205 or 304 gets neither body nor length.
     *
     * <p>To drop those headers, and the {@code getWriter()} state if the application called it,
     * the response is {@code reset()} (since Servlet 6.0 that frees the output stream too) and
     * its other headers, cookies included, are put back. Should a container still refuse the
     * output stream, the body goes through the
     * writer as pure ASCII (non-ASCII characters escaped as {@code \}{@code uXXXX}), which reads
     * the same in any charset the writer may have.
     *
     * @param response the response, not yet committed
     * @throws IOException if writing the body fails, e.g. because the client went away, also
     *     when the container's {@code PrintWriter} only reports it through its error flag
     * @throws NullPointerException if {@code response} is null
     * @throws IllegalStateException if the response is already committed; then nothing is
     *     changed or written
     */
    public void sendTo(HttpServletResponse response) throws IOException {
        Checks.notNull(response, "response");
        if (response.isCommitted()) {
            throw new IllegalStateException("the response is already committed (status "
                    + response.getStatus() + " and headers are on the wire), so "
                    + status.code() + " " + status.reasonPhrase() + " cannot be sent; check"
                    + " response.isCommitted() first, or send the status before writing a body");
        }
        ServletOutputStream out = ResponseOutput.clear(response, body != null);
        int code = status.code();
        response.setStatus(code);
        if (code >= 400 && !HeaderRules.containsIgnoreCase(headers.keySet(), "Cache-Control")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            response.setHeader(h.getKey(), h.getValue());
        }
        if (body == null) {
            if (code != 204 && code != 205 && code != 304) {
                response.setContentLength(0);
            }
            return;
        }
        ResponseOutput.writeProblem(response, out, body, problem.toJson(), status);
    }

    private static boolean hasBody(int code) {
        return code >= 400;
    }

    @Override
    public String toString() {
        return "StatusResponse[" + status.code() + " " + status.reasonPhrase()
                + (retryAfter != null ? ", Retry-After: " + retryAfter : "")
                + (headers.isEmpty() ? "" : ", headers " + headers.keySet()) + "]";
    }

    /**
     * Builds a {@link StatusResponse}. Each setter checks its argument at once. Not thread-safe;
     * the response it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final StatusCode status;
        private final ProblemDetails.Builder problem;
        private String retryAfter;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private boolean aboveRange;
        private String bodyPart;

        private Builder(StatusCode status) {
            Checks.notNull(status, "status");
            if (status.code() < 200) {
                throw new IllegalArgumentException("status " + status.code() + " is a 1xx"
                        + " interim response, which the container sends itself and which can never"
                        + " be the final answer; use a code from 200 to 599");
            }
            this.status = status;
            this.problem = ProblemDetails.builder(status);
        }

        /**
         * Allows codes from 600 to 999. No RFC defines them, and some containers refuse them:
         * Jetty 12.1 and Undertow throw and send 200 instead. Use only where you know the
         * container and every client accept them.
         *
         * @return this builder
         */
        public Builder allowCodesAbove599() {
            this.aboveRange = true;
            return this;
        }

        /**
         * Sets the problem's {@code detail}: what went wrong with this request, for a person to
         * read. Any text is allowed; it is escaped in the JSON.
         *
         * @param detail the explanation
         * @return this builder
         * @throws NullPointerException if {@code detail} is null
         */
        public Builder detail(String detail) {
            problem.detail(detail);
            bodyPart = "detail";
            return this;
        }

        /**
         * Sets the problem's {@code instance}: a URI that identifies this occurrence.
         *
         * @param instance the URI
         * @return this builder
         * @throws NullPointerException if {@code instance} is null
         */
        public Builder instance(URI instance) {
            problem.instance(instance);
            bodyPart = "instance";
            return this;
        }

        /**
         * Overrides the problem's {@code type}; the default is the code's documentation link.
         *
         * @param type the problem type URI
         * @return this builder
         * @throws NullPointerException if {@code type} is null
         */
        public Builder type(URI type) {
            problem.type(type);
            bodyPart = "type";
            return this;
        }

        /**
         * Overrides the problem's {@code title}; the default is the code's reason phrase.
         *
         * @param title a short summary of the problem type
         * @return this builder
         * @throws NullPointerException if {@code title} is null
         */
        public Builder title(String title) {
            problem.title(title);
            bodyPart = "title";
            return this;
        }

        /**
         * Adds an extension member to the problem body, e.g. a trace id.
         *
         * @param name a letter, then two or more letters, digits or underscores; not a standard
         *     member name
         * @param value a String, Boolean or finite Number
         * @return this builder
         * @throws NullPointerException if the name or value is null
         * @throws IllegalArgumentException if the name is malformed, reserved or already added,
         *     or the value is of another type or not finite
         */
        public Builder member(String name, Object value) {
            problem.member(name, value);
            bodyPart = "member " + name;
            return this;
        }

        /**
         * Sets {@code Retry-After} as delay-seconds, rounded up to whole seconds. Delay-seconds do
         * not depend on the client's clock, so prefer this form.
         *
         * @param delay zero or more
         * @return this builder
         * @throws NullPointerException if {@code delay} is null
         * @throws IllegalArgumentException if {@code delay} is negative
         */
        public Builder retryAfter(Duration delay) {
            this.retryAfter = RetryAfter.format(delay);
            return this;
        }

        /**
         * Sets {@code Retry-After} as an HTTP-date (IMF-fixdate).
         *
         * @param when the instant, in years 1 to 9999
         * @return this builder
         * @throws NullPointerException if {@code when} is null
         * @throws IllegalArgumentException if {@code when} is outside years 1 to 9999
         */
        public Builder retryAfter(Instant when) {
            this.retryAfter = RetryAfter.formatDate(when);
            return this;
        }

        /**
         * Adds a response header, e.g. {@code Cache-Control: max-age=60} for a deliberately
         * cacheable 404 (it then replaces {@code no-store}).
         *
         * @param name a header name (RFC 9110 token characters); not {@code Content-Type},
         *     {@code Content-Length}, {@code Transfer-Encoding}, {@code Content-Encoding} (set by
         *     this class; the body is never encoded) or
         *     {@code Retry-After} (use {@link #retryAfter(Duration)})
         * @param value the value: visible ASCII or Latin-1 text, spaces and tabs; no CR, LF or
         *     other control character (U+0000 to U+001F, U+007F to U+009F). An error message
         *     names the header and the offending character's index, never the value
         * @return this builder
         * @throws NullPointerException if the name or value is null
         * @throws IllegalArgumentException if the name or value is malformed, the name is one of
         *     those above or was already added
         */
        public Builder header(String name, String value) {
            HeaderRules.check(name, value);
            if (HeaderRules.containsIgnoreCase(headers.keySet(), name)) {
                throw new IllegalArgumentException("header " + name + " was already added");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * Builds the immutable response and renders its body once.
         *
         * @return the response
         * @throws IllegalArgumentException if the code is above 599 and
         *     {@link #allowCodesAbove599()} was not called, or a body part (detail, member, ...)
         *     was set for a code below 400, which is sent with no body
         */
        public StatusResponse build() {
            int code = status.code();
            if (code > 599 && !aboveRange) {
                throw new IllegalArgumentException("status " + code + " is outside 200..599;"
                        + " no RFC defines it and Jetty 12.1 and Undertow refuse it (they send 200"
                        + " instead); call allowCodesAbove599() if your container and clients"
                        + " accept it");
            }
            if (!hasBody(code) && bodyPart != null) {
                throw new IllegalArgumentException("status " + code + " is sent with no body,"
                        + " so its " + bodyPart + " would be lost; problem details are for codes"
                        + " of 400 and up");
            }
            return new StatusResponse(this);
        }
    }
}
