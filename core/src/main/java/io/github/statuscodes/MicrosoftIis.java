package io.github.statuscodes;

/**
 * The non-standard status codes sent by Microsoft server software on IIS: Outlook Web Access
 * (440), Microsoft's WebDAV extensions (449) and Exchange ActiveSync (451, 456, 457).
 *
 * <p>Exchange's 451 <i>Redirect</i> shares its number with the standard 451 <i>Unavailable For
 * Legal Reasons</i>, which stays the primary meaning. A final holder of constants; each is the
 * same instance that {@link StatusCodes} returns. Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(451, Vendor.MICROSOFT_IIS);   // MicrosoftIis.REDIRECT
 * StatusCodes.of(451);                                        // Iana.UNAVAILABLE_FOR_LEGAL_REASONS
 * }</pre>
 *
 * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d">
 *     [MS-ASHTTP] 2.2.2.1.1 Status Line</a>
 * @since 0.1.0
 */
public final class MicrosoftIis {

    /**
     * {@code 440 Login Timeout}: the session has timed out and the user must sign in again.
     *
     * @see <a href="https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx">
     *     How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access</a>
     * @since 0.1.0
     */
    public static final StatusCode LOGIN_TIMEOUT =
            DefaultCodes.get(440, Vendor.MICROSOFT_IIS, "Login Timeout");

    /**
     * {@code 449 Retry With}: the server needs the request repeated with an {@code Ms-Echo-Reply}
     * header.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100">
     *     [MS-WDV] 2.2.6 449 Retry With Status Code</a>
     * @since 0.1.0
     */
    public static final StatusCode RETRY_WITH =
            DefaultCodes.get(449, Vendor.MICROSOFT_IIS, "Retry With");

    /**
     * {@code 451 Redirect}: Exchange ActiveSync wants the client to use another server.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f">
     *     [MS-ASHTTP] 3.1.5.2.2 HTTP Error 451</a>
     * @since 0.1.0
     */
    public static final StatusCode REDIRECT =
            DefaultCodes.get(451, Vendor.MICROSOFT_IIS, "Redirect");

    /**
     * {@code 456 Blocked}: Exchange ActiveSync has blocked the user's account.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d">
     *     [MS-ASHTTP] 2.2.2.1.1 Status Line</a>
     * @since 0.1.0
     */
    public static final StatusCode BLOCKED =
            DefaultCodes.get(456, Vendor.MICROSOFT_IIS, "Blocked");

    /**
     * {@code 457 Expired Password}: the Exchange ActiveSync user's password has expired.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d">
     *     [MS-ASHTTP] 2.2.2.1.1 Status Line</a>
     * @since 0.1.0
     */
    public static final StatusCode EXPIRED_PASSWORD =
            DefaultCodes.get(457, Vendor.MICROSOFT_IIS, "Expired Password");

    private MicrosoftIis() {
    }
}
