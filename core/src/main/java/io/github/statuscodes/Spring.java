package io.github.statuscodes;

import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-standard status code of the Spring Framework: 420 <i>Method Failure</i>, taken from an
 * early WebDAV draft into Spring's {@code HttpStatus} enum and since deprecated.
 *
 * <p>Twitter's 420 <i>Enhance Your Calm</i> is the primary meaning of the number. A final holder
 * of constants; each is the same instance that {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(420, Vendor.SPRING);   // Spring.METHOD_FAILURE
 * StatusCodes.of(420);                                  // Twitter.ENHANCE_YOUR_CALM
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Spring {
    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 420 Method Failure}: a method on one resource failed and aborted the whole request
     * (deprecated WebDAV draft code).
     *
     * @see <a href="https://docs.spring.io/spring-framework/docs/5.3.x/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE">
     *     Spring Framework 5.3: HttpStatus.METHOD_FAILURE</a>
     * @since 0.1.0
     */
    public static final StatusCode METHOD_FAILURE = define(420, "Method Failure", NEVER,
            "An early WebDAV draft code for a method whose failure on one resource aborted the"
            + " whole request; RFC 4918 replaced it with 424 Failed Dependency, and Spring's"
            + " HttpStatus constant was deprecated and later removed. Retrying the same request"
            + " fails the same way.",
            "https://docs.spring.io/spring-framework/docs/5.3.x/javadoc-api/org/springframework/"
            + "http/HttpStatus.html#METHOD_FAILURE");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Spring() {
    }

    /**
     * Returns every Spring Framework code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.SPRING, code, reasonPhrase, retryability,
                description, source);
    }
}
