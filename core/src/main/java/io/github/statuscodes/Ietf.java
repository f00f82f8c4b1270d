package io.github.statuscodes;

/**
 * Codes that IETF documents define outside the IANA registry: the April Fools' RFCs' 418, an
 * expired HTTP/1.1 draft's 306 and an early WebDAV draft's 425.
 *
 * <p>IANA reserves both numbers as {@code (Unused)} ({@link Iana#UNUSED_306},
 * {@link Iana#UNUSED_418}); these are the meanings servers actually sent or send. A final holder
 * of constants; each is the same instance that {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(418);   // Ietf.IM_A_TEAPOT
 * StatusCodes.meanings(418);            // [IM_A_TEAPOT, Iana.UNUSED_418]
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110 §15.5.19</a>
 * @since 0.2.0
 */
public final class Ietf {

    /**
     * {@code 306 Switch Proxy}: an HTTP/1.1 draft's code telling the client to use another proxy;
     * never standardised. Historical.
     *
     * @see <a href="https://datatracker.ietf.org/doc/html/draft-cohen-http-305-306-responses-00">
     *     draft-cohen-http-305-306-responses</a>
     * @since 0.2.0
     */
    public static final StatusCode SWITCH_PROXY =
            DefaultCodes.get(306, Vendor.IETF, "Switch Proxy");

    /**
     * {@code 418 I'm a teapot}: the server is a teapot and will not brew coffee (RFC 2324, RFC
     * 7168).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2">
     *     RFC 2324 §2.3.2</a>
     * @since 0.2.0
     */
    public static final StatusCode IM_A_TEAPOT =
            DefaultCodes.get(418, Vendor.IETF, "I'm a teapot");

    /**
     * {@code 425 Unordered Collection}: the first draft of the WebDAV ordered-collections
     * protocol (section 11.1) used it for setting a member's position in a collection that is
     * not client-ordered; later revisions dropped it, the protocol was published (RFC 3648)
     * without it, and IANA now assigns 425 to {@link Iana#TOO_EARLY}. Historical.
     *
     * @see <a href="https://datatracker.ietf.org/doc/html/draft-ietf-webdav-ordering-protocol-00">
     *     draft-ietf-webdav-ordering-protocol-00, section 11.1</a>
     * @since 0.3.0
     */
    public static final StatusCode UNORDERED_COLLECTION =
            DefaultCodes.get(425, Vendor.IETF, "Unordered Collection");

    private Ietf() {
    }
}
