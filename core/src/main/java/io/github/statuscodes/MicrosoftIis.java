package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

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
    private static final String ASHTTP_STATUS_LINE = "https://learn.microsoft.com/en-us/"
            + "openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d";

    private static final List<StatusCode> CODES = new ArrayList<>();

    /**
     * {@code 440 Login Timeout}: the session has timed out and the user must sign in again.
     *
     * @see <a href="https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx">
     *     How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access</a>
     * @since 0.1.0
     */
    public static final StatusCode LOGIN_TIMEOUT = define(440, "Login Timeout",
            AFTER_CLIENT_ACTION,
            "The user's session has timed out and Outlook Web Access on IIS wants a new sign-in;"
            + " Microsoft notes it also appears at logon when IIS permissions or authentication"
            + " are misconfigured, and then signing in again does not help. Otherwise log in"
            + " again, then retry (other lists spell the phrase \"Login Time-out\").",
            "https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx");

    /**
     * {@code 449 Retry With}: the server needs the request repeated with an
     * {@code Ms-Echo-Reply} header.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100">
     *     [MS-WDV] 2.2.6 449 Retry With Status Code</a>
     * @since 0.1.0
     */
    public static final StatusCode RETRY_WITH = define(449, "Retry With", AFTER_CLIENT_ACTION,
            "Microsoft's WebDAV extension: the server lacks information from the client and asks"
            + " it to repeat the request with an Ms-Echo-Reply header echoing the Ms-Echo-Request"
            + " header of this response. Clients without the extension should treat it as a"
            + " plain 4xx (the spec's grammar misspells the phrase \"Reply With\").",
            "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/"
            + "83ecf19f-e0f8-4706-aae5-ba618f52f100");

    /**
     * {@code 451 Redirect}: Exchange ActiveSync wants the client to use another server.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f">
     *     [MS-ASHTTP] 3.1.5.2.2 HTTP Error 451</a>
     * @since 0.1.0
     */
    public static final StatusCode REDIRECT = define(451, "Redirect", AFTER_CLIENT_ACTION,
            "Exchange ActiveSync: this server cannot reach the user's mailbox, or a better server"
            + " exists. Send later requests to the URL in the X-MS-Location header, or rerun"
            + " Autodiscover when there is none.",
            "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/"
            + "a907164a-907c-48b4-b2ef-44a06867f03f");

    /**
     * {@code 456 Blocked}: Exchange ActiveSync has blocked the user's account.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d">
     *     [MS-ASHTTP] 2.2.2.1.1 Status Line</a>
     * @since 0.1.0
     */
    public static final StatusCode BLOCKED = define(456, "Blocked", NEVER,
            "Exchange ActiveSync: the user's account is blocked from synchronising. An"
            + " administrator has to lift the block; retrying does not help.",
            ASHTTP_STATUS_LINE);

    /**
     * {@code 457 Expired Password}: the Exchange ActiveSync user's password has expired.
     *
     * @see <a href="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d">
     *     [MS-ASHTTP] 2.2.2.1.1 Status Line</a>
     * @since 0.1.0
     */
    public static final StatusCode EXPIRED_PASSWORD = define(457, "Expired Password",
            AFTER_CLIENT_ACTION,
            "Exchange ActiveSync: the user's password has expired. The user must change it and"
            + " the client sign in again before retrying.",
            ASHTTP_STATUS_LINE);

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private MicrosoftIis() {
    }

    /**
     * Returns every Microsoft IIS code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.MICROSOFT_IIS, code, reasonPhrase, retryability,
                description, source);
    }
}
