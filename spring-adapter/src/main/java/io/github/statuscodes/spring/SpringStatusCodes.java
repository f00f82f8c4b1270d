package io.github.statuscodes.spring;

import io.github.statuscodes.ProblemDetails;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.internal.Checks;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Converts between statuscodes' {@link StatusCode} and Spring's {@link HttpStatusCode},
 * {@link ProblemDetail} and {@link ResponseEntity}, for any code 100..999: Spring's
 * {@code ProblemDetail.forStatus(499)} has a null title, this one has nginx's phrase. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * @GetMapping("/report")
 * ResponseEntity<ProblemDetail> report() {
 *     return SpringStatusCodes.problemResponse(StatusCodes.of(503), "Down for maintenance",
 *             Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SpringStatusCodes {

    /** The {@link ProblemDetail} property holding the vendor id: {@value}. */
    public static final String VENDOR_PROPERTY = "vendor";
    /** The {@link ProblemDetail} property saying whether a retry may succeed: {@value}. */
    public static final String RETRYABLE_PROPERTY = "retryable";

    private SpringStatusCodes() {
    }

    /**
     * Returns Spring's status for {@code code}: the {@code HttpStatus} constant where Spring has
     * one, else Spring's own value for the number.
     *
     * @param code any status code
     * @return the Spring status with the same number
     * @throws NullPointerException if {@code code} is null
     */
    public static HttpStatusCode toHttpStatusCode(StatusCode code) {
        return HttpStatusCode.valueOf(Checks.notNull(code, "code").code());
    }

    /**
     * Returns the primary meaning of Spring's status ({@link StatusCodes#of(int)}).
     *
     * @param status a Spring status
     * @return the status code
     * @throws NullPointerException if {@code status} is null
     */
    public static StatusCode toStatusCode(HttpStatusCode status) {
        return StatusCodes.of(Checks.notNull(status, "status").value());
    }

    /**
     * Returns the meaning of Spring's status as the vendor that sent these headers means it
     * ({@link StatusCodes#resolve(int, java.util.function.Function)}): a 499 with
     * {@code Server: nginx} is nginx's, one from ArcGIS is Esri's.
     *
     * @param status a Spring status
     * @param headers the response headers
     * @return the status code
     * @throws NullPointerException if an argument is null
     */
    public static StatusCode toStatusCode(HttpStatusCode status, HttpHeaders headers) {
        Checks.notNull(status, "status");
        Checks.notNull(headers, "headers");
        return StatusCodes.resolve(status.value(), new HeaderAccess(headers));
    }

    /**
     * Returns an RFC 9457 problem for {@code code}: its status, its title (the reason phrase),
     * its type (the code's documentation link, as core's {@link ProblemDetails} gives it), and the
     * properties {@value #VENDOR_PROPERTY} and {@value #RETRYABLE_PROPERTY}.
     *
     * @param code the status code
     * @return a new, mutable {@code ProblemDetail}
     * @throws NullPointerException if {@code code} is null
     */
    public static ProblemDetail problemDetail(StatusCode code) {
        ProblemDetails core = ProblemDetails.of(Checks.notNull(code, "code"));
        ProblemDetail problem = ProblemDetail.forStatus(code.code());
        problem.setTitle(core.title());
        problem.setType(core.type());
        problem.setProperty(VENDOR_PROPERTY, code.vendor().id());
        problem.setProperty(RETRYABLE_PROPERTY, code.isRetryable());
        return problem;
    }

    /**
     * Returns {@link #problemDetail(StatusCode)} with a detail.
     *
     * @param code the status code
     * @param detail what went wrong with this request; never put a secret in it
     * @return a new, mutable {@code ProblemDetail}
     * @throws NullPointerException if an argument is null
     */
    public static ProblemDetail problemDetail(StatusCode code, String detail) {
        ProblemDetail problem = problemDetail(code);
        problem.setDetail(Checks.notNull(detail, "detail"));
        return problem;
    }

    /**
     * Returns a response with the problem as an {@code application/problem+json} body, and
     * {@code Cache-Control: no-store} for a code of 400 and up, as the servlet adapter sends it.
     *
     * @param code the status code
     * @param detail what went wrong with this request
     * @return the response entity
     * @throws NullPointerException if an argument is null
     */
    public static ResponseEntity<ProblemDetail> problemResponse(StatusCode code, String detail) {
        ProblemDetail problem = problemDetail(code, detail);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(code.code())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (code.code() >= 400) {
            builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return builder.body(problem);
    }

    /**
     * Returns {@link #problemResponse(StatusCode, String)} with {@code Retry-After} in
     * delay-seconds (RFC 9110 §10.2.3), rounded up to whole seconds.
     *
     * @param code the status code, e.g. 503 or 429
     * @param detail what went wrong with this request
     * @param retryAfter how long the client should wait, zero or more
     * @return the response entity
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     */
    public static ResponseEntity<ProblemDetail> problemResponse(StatusCode code, String detail,
            Duration retryAfter) {
        Checks.notNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter is " + retryAfter
                    + "; it must be zero or more");
        }
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        ResponseEntity<ProblemDetail> base = problemResponse(code, detail);
        return ResponseEntity.status(base.getStatusCode())
                .headers(base.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(base.getBody());
    }
}
