package io.github.statuscodes;

/**
 * The non-standard status codes of the Spring Framework's {@code HttpStatus} enum: 103
 * <i>Checkpoint</i> from a resumable-upload proposal, and 419, 420 and 421 from early WebDAV
 * drafts. Spring deprecated all four and has since removed them, so every meaning here is
 * {@linkplain Lifecycle#HISTORICAL historical}; they are kept so that code and logs from Spring 5
 * and 6 can be read.
 *
 * <p>Each number has a current primary meaning of someone else (Early Hints, Laravel's Page
 * Expired, Twitter's Enhance Your Calm, Misdirected Request). A final holder of constants; each is
 * the same instance that {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(420, Vendor.SPRING);   // Spring.METHOD_FAILURE
 * StatusCodes.of(420);                                  // Twitter.ENHANCE_YOUR_CALM
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Spring {

    /**
     * {@code 103 Checkpoint}: a resumable-upload proposal's interim code; IANA assigns 103 to Early
     * Hints. Historical.
     *
     * @see <a href="https://docs.spring.io/spring-framework/docs/5.3.x/javadoc-api/org/springframework/http/HttpStatus.html#CHECKPOINT">
     *     Spring Framework 5.3: HttpStatus.CHECKPOINT</a>
     * @since 0.2.0
     */
    public static final StatusCode CHECKPOINT =
            DefaultCodes.get(103, Vendor.SPRING, "Checkpoint");

    /**
     * {@code 419 Insufficient Space on Resource}: a WebDAV draft code for a resource without room
     * for the request; now 507. Historical.
     *
     * @see <a href="https://docs.spring.io/spring-framework/docs/5.3.x/javadoc-api/org/springframework/http/HttpStatus.html#INSUFFICIENT_SPACE_ON_RESOURCE">
     *     Spring Framework 5.3: HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE</a>
     * @since 0.2.0
     */
    public static final StatusCode INSUFFICIENT_SPACE_ON_RESOURCE =
            DefaultCodes.get(419, Vendor.SPRING, "Insufficient Space on Resource");

    /**
     * {@code 420 Method Failure}: a method on one resource failed and aborted the whole request
     * (deprecated WebDAV draft code). Historical.
     *
     * @see <a href="https://docs.spring.io/spring-framework/docs/5.3.x/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE">
     *     Spring Framework 5.3: HttpStatus.METHOD_FAILURE</a>
     * @since 0.1.0
     */
    public static final StatusCode METHOD_FAILURE =
            DefaultCodes.get(420, Vendor.SPRING, "Method Failure");

    /**
     * {@code 421 Destination Locked}: a WebDAV draft code for a locked COPY or MOVE destination;
     * now 423. Historical.
     *
     * @see <a href="https://docs.spring.io/spring-framework/docs/5.3.x/javadoc-api/org/springframework/http/HttpStatus.html#DESTINATION_LOCKED">
     *     Spring Framework 5.3: HttpStatus.DESTINATION_LOCKED</a>
     * @since 0.2.0
     */
    public static final StatusCode DESTINATION_LOCKED =
            DefaultCodes.get(421, Vendor.SPRING, "Destination Locked");

    private Spring() {
    }
}
