package io.github.statuscodes;

/**
 * Every code in the IANA HTTP Status Code Registry, with the current reason phrases, and the
 * phrases earlier RFCs gave some of them ({@link Lifecycle#DEPRECATED}, e.g.
 * {@link #PAYLOAD_TOO_LARGE}), which old servers and libraries still send.
 *
 * <p>A final holder of constants; each is the same instance that {@link StatusCodes} returns.
 * Thread-safe.
 *
 * <pre>{@code
 * StatusCode c = StatusCodes.of(413);   // Iana.CONTENT_TOO_LARGE
 * }</pre>
 *
 * @see <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA HTTP Status Code Registry</a>
 * @since 0.1.0
 */
public final class Iana {

    // 1xx Informational

    /** {@code 100 Continue}: the request head was accepted; send the content.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1">RFC 9110 §15.2.1</a>
     *  @since 0.1.0 */
    public static final StatusCode CONTINUE = DefaultCodes.get(100, Vendor.IANA, "Continue");

    /** {@code 101 Switching Protocols}: the server is switching to the protocol named in Upgrade.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2">RFC 9110 §15.2.2</a>
     *  @since 0.1.0 */
    public static final StatusCode SWITCHING_PROTOCOLS =
            DefaultCodes.get(101, Vendor.IANA, "Switching Protocols");

    /** {@code 102 Processing}: the server is still working on a long request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc2518#section-10.1">RFC 2518 §10.1</a>
     *  @since 0.1.0 */
    public static final StatusCode PROCESSING = DefaultCodes.get(102, Vendor.IANA, "Processing");

    /** {@code 103 Early Hints}: headers sent ahead of the final response, usually Link preloads.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc8297#section-2">RFC 8297 §2</a>
     *  @since 0.1.0 */
    public static final StatusCode EARLY_HINTS = DefaultCodes.get(103, Vendor.IANA, "Early Hints");

    /** {@code 104 Upload Resumption Supported}: the upload can be resumed (temporary registration).
     *  @see <a href="https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/">
     *      Resumable Uploads for HTTP (Internet-Draft)</a>
     *  @since 0.1.0 */
    public static final StatusCode UPLOAD_RESUMPTION_SUPPORTED =
            DefaultCodes.get(104, Vendor.IANA, "Upload Resumption Supported");

    // 2xx Successful

    /** {@code 200 OK}: the request succeeded.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1">RFC 9110 §15.3.1</a>
     *  @since 0.1.0 */
    public static final StatusCode OK = DefaultCodes.get(200, Vendor.IANA, "OK");

    /** {@code 201 Created}: the request created a new resource.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">RFC 9110 §15.3.2</a>
     *  @since 0.1.0 */
    public static final StatusCode CREATED = DefaultCodes.get(201, Vendor.IANA, "Created");

    /** {@code 202 Accepted}: the request was accepted for later processing.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3">RFC 9110 §15.3.3</a>
     *  @since 0.1.0 */
    public static final StatusCode ACCEPTED = DefaultCodes.get(202, Vendor.IANA, "Accepted");

    /** {@code 203 Non-Authoritative Information}: success, but a proxy transformed the content.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4">RFC 9110 §15.3.4</a>
     *  @since 0.1.0 */
    public static final StatusCode NON_AUTHORITATIVE_INFORMATION =
            DefaultCodes.get(203, Vendor.IANA, "Non-Authoritative Information");

    /** {@code 204 No Content}: success, and there is no content to send.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5">RFC 9110 §15.3.5</a>
     *  @since 0.1.0 */
    public static final StatusCode NO_CONTENT = DefaultCodes.get(204, Vendor.IANA, "No Content");

    /** {@code 205 Reset Content}: success; the client should reset the view that sent the request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6">RFC 9110 §15.3.6</a>
     *  @since 0.1.0 */
    public static final StatusCode RESET_CONTENT =
            DefaultCodes.get(205, Vendor.IANA, "Reset Content");

    /** {@code 206 Partial Content}: the response carries the requested byte ranges.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7">RFC 9110 §15.3.7</a>
     *  @since 0.1.0 */
    public static final StatusCode PARTIAL_CONTENT =
            DefaultCodes.get(206, Vendor.IANA, "Partial Content");

    /** {@code 207 Multi-Status}: a WebDAV body reports a separate status per resource.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.1">RFC 4918 §11.1</a>
     *  @since 0.1.0 */
    public static final StatusCode MULTI_STATUS =
            DefaultCodes.get(207, Vendor.IANA, "Multi-Status");

    /** {@code 208 Already Reported}: a WebDAV binding was already listed earlier in the same reply.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.1">RFC 5842 §7.1</a>
     *  @since 0.1.0 */
    public static final StatusCode ALREADY_REPORTED =
            DefaultCodes.get(208, Vendor.IANA, "Already Reported");

    /** {@code 226 IM Used}: the content is the result of instance manipulations, e.g. a delta.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1">RFC 3229 §10.4.1</a>
     *  @since 0.1.0 */
    public static final StatusCode IM_USED = DefaultCodes.get(226, Vendor.IANA, "IM Used");

    // 3xx Redirection

    /** {@code 300 Multiple Choices}: several representations exist; pick one.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110 §15.4.1</a>
     *  @since 0.1.0 */
    public static final StatusCode MULTIPLE_CHOICES =
            DefaultCodes.get(300, Vendor.IANA, "Multiple Choices");

    /** {@code 301 Moved Permanently}: the resource has a new permanent URI.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110 §15.4.2</a>
     *  @since 0.1.0 */
    public static final StatusCode MOVED_PERMANENTLY =
            DefaultCodes.get(301, Vendor.IANA, "Moved Permanently");

    /** {@code 302 Found}: the resource is temporarily at another URI.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110 §15.4.3</a>
     *  @since 0.1.0 */
    public static final StatusCode FOUND = DefaultCodes.get(302, Vendor.IANA, "Found");

    /** {@code 302 Moved Temporarily}: HTTP/1.0's phrase for 302, renamed Found by HTTP/1.1;
     * deprecated.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc1945#section-9.3">RFC 1945 §9.3</a>
     *  @since 0.2.0 */
    public static final StatusCode MOVED_TEMPORARILY =
            DefaultCodes.get(302, Vendor.IANA, "Moved Temporarily");

    /** {@code 303 See Other}: get the result from another URI with GET.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110 §15.4.4</a>
     *  @since 0.1.0 */
    public static final StatusCode SEE_OTHER = DefaultCodes.get(303, Vendor.IANA, "See Other");

    /** {@code 304 Not Modified}: the cached copy is still valid.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110 §15.4.5</a>
     *  @since 0.1.0 */
    public static final StatusCode NOT_MODIFIED =
            DefaultCodes.get(304, Vendor.IANA, "Not Modified");

    /** {@code 305 Use Proxy}: deprecated: the resource had to be accessed through a proxy.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6">RFC 9110 §15.4.6</a>
     *  @since 0.1.0 */
    public static final StatusCode USE_PROXY = DefaultCodes.get(305, Vendor.IANA, "Use Proxy");

    /** {@code 306 (Unused)}: reserved; formerly Switch Proxy, no longer used. A reservation, not a
     * meaning.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7">RFC 9110 §15.4.7</a>
     *  @since 0.1.0 */
    public static final StatusCode UNUSED_306 = DefaultCodes.get(306, Vendor.IANA, "(Unused)");

    /** {@code 307 Temporary Redirect}: repeat the request, unchanged, at another URI for now.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110 §15.4.8</a>
     *  @since 0.1.0 */
    public static final StatusCode TEMPORARY_REDIRECT =
            DefaultCodes.get(307, Vendor.IANA, "Temporary Redirect");

    /** {@code 308 Permanent Redirect}: repeat the request, unchanged, at a new permanent URI.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110 §15.4.9</a>
     *  @since 0.1.0 */
    public static final StatusCode PERMANENT_REDIRECT =
            DefaultCodes.get(308, Vendor.IANA, "Permanent Redirect");

    // 4xx Client Error

    /** {@code 400 Bad Request}: the server cannot process a malformed request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110 §15.5.1</a>
     *  @since 0.1.0 */
    public static final StatusCode BAD_REQUEST = DefaultCodes.get(400, Vendor.IANA, "Bad Request");

    /** {@code 401 Unauthorized}: valid credentials for the target resource are missing.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2">RFC 9110 §15.5.2</a>
     *  @since 0.1.0 */
    public static final StatusCode UNAUTHORIZED =
            DefaultCodes.get(401, Vendor.IANA, "Unauthorized");

    /** {@code 402 Payment Required}: reserved for future use; some APIs use it for billing
     * problems.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110 §15.5.3</a>
     *  @since 0.1.0 */
    public static final StatusCode PAYMENT_REQUIRED =
            DefaultCodes.get(402, Vendor.IANA, "Payment Required");

    /** {@code 403 Forbidden}: the server refuses to fulfil the request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110 §15.5.4</a>
     *  @since 0.1.0 */
    public static final StatusCode FORBIDDEN = DefaultCodes.get(403, Vendor.IANA, "Forbidden");

    /** {@code 404 Not Found}: the server has nothing at the target URI.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</a>
     *  @since 0.1.0 */
    public static final StatusCode NOT_FOUND = DefaultCodes.get(404, Vendor.IANA, "Not Found");

    /** {@code 405 Method Not Allowed}: the resource does not support the request method.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6">RFC 9110 §15.5.6</a>
     *  @since 0.1.0 */
    public static final StatusCode METHOD_NOT_ALLOWED =
            DefaultCodes.get(405, Vendor.IANA, "Method Not Allowed");

    /** {@code 406 Not Acceptable}: no representation matches the request's Accept headers.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110 §15.5.7</a>
     *  @since 0.1.0 */
    public static final StatusCode NOT_ACCEPTABLE =
            DefaultCodes.get(406, Vendor.IANA, "Not Acceptable");

    /** {@code 407 Proxy Authentication Required}: the client must authenticate to the proxy.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110 §15.5.8</a>
     *  @since 0.1.0 */
    public static final StatusCode PROXY_AUTHENTICATION_REQUIRED =
            DefaultCodes.get(407, Vendor.IANA, "Proxy Authentication Required");

    /** {@code 408 Request Timeout}: the server gave up waiting for the complete request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110 §15.5.9</a>
     *  @since 0.1.0 */
    public static final StatusCode REQUEST_TIMEOUT =
            DefaultCodes.get(408, Vendor.IANA, "Request Timeout");

    /** {@code 409 Conflict}: the request conflicts with the current state of the resource.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110 §15.5.10</a>
     *  @since 0.1.0 */
    public static final StatusCode CONFLICT = DefaultCodes.get(409, Vendor.IANA, "Conflict");

    /** {@code 410 Gone}: the resource is permanently gone.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110 §15.5.11</a>
     *  @since 0.1.0 */
    public static final StatusCode GONE = DefaultCodes.get(410, Vendor.IANA, "Gone");

    /** {@code 411 Length Required}: the server requires a Content-Length header.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110 §15.5.12</a>
     *  @since 0.1.0 */
    public static final StatusCode LENGTH_REQUIRED =
            DefaultCodes.get(411, Vendor.IANA, "Length Required");

    /** {@code 412 Precondition Failed}: a condition in the request headers evaluated to false.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110 §15.5.13</a>
     *  @since 0.1.0 */
    public static final StatusCode PRECONDITION_FAILED =
            DefaultCodes.get(412, Vendor.IANA, "Precondition Failed");

    /** {@code 413 Content Too Large}: the request content exceeds what the server accepts.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110 §15.5.14</a>
     *  @since 0.1.0 */
    public static final StatusCode CONTENT_TOO_LARGE =
            DefaultCodes.get(413, Vendor.IANA, "Content Too Large");

    /** {@code 413 Payload Too Large}: RFC 7231's phrase for 413, now Content Too Large; deprecated.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc7231#section-6.5.11">RFC 7231 §6.5.11</a>
     *  @since 0.2.0 */
    public static final StatusCode PAYLOAD_TOO_LARGE =
            DefaultCodes.get(413, Vendor.IANA, "Payload Too Large");

    /** {@code 413 Request Entity Too Large}: RFC 2616's phrase for 413, now Content Too Large;
     * deprecated.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc2616#section-10.4.14">RFC 2616 §10.4.14</a>
     *  @since 0.2.0 */
    public static final StatusCode REQUEST_ENTITY_TOO_LARGE =
            DefaultCodes.get(413, Vendor.IANA, "Request Entity Too Large");

    /** {@code 414 URI Too Long}: the target URI is longer than the server will interpret.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110 §15.5.15</a>
     *  @since 0.1.0 */
    public static final StatusCode URI_TOO_LONG =
            DefaultCodes.get(414, Vendor.IANA, "URI Too Long");

    /** {@code 414 Request-URI Too Long}: RFC 2616's phrase for 414, now URI Too Long; deprecated.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc2616#section-10.4.15">RFC 2616 §10.4.15</a>
     *  @since 0.2.0 */
    public static final StatusCode REQUEST_URI_TOO_LONG =
            DefaultCodes.get(414, Vendor.IANA, "Request-URI Too Long");

    /** {@code 415 Unsupported Media Type}: the content's media type or encoding is not supported.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16">RFC 9110 §15.5.16</a>
     *  @since 0.1.0 */
    public static final StatusCode UNSUPPORTED_MEDIA_TYPE =
            DefaultCodes.get(415, Vendor.IANA, "Unsupported Media Type");

    /** {@code 416 Range Not Satisfiable}: none of the requested ranges overlap the representation.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17">RFC 9110 §15.5.17</a>
     *  @since 0.1.0 */
    public static final StatusCode RANGE_NOT_SATISFIABLE =
            DefaultCodes.get(416, Vendor.IANA, "Range Not Satisfiable");

    /** {@code 416 Requested Range Not Satisfiable}: RFC 2616's phrase for 416, now Range Not
     * Satisfiable; deprecated.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc2616#section-10.4.17">RFC 2616 §10.4.17</a>
     *  @since 0.2.0 */
    public static final StatusCode REQUESTED_RANGE_NOT_SATISFIABLE =
            DefaultCodes.get(416, Vendor.IANA, "Requested Range Not Satisfiable");

    /** {@code 417 Expectation Failed}: the server cannot meet the Expect header.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110 §15.5.18</a>
     *  @since 0.1.0 */
    public static final StatusCode EXPECTATION_FAILED =
            DefaultCodes.get(417, Vendor.IANA, "Expectation Failed");

    /** {@code 418 (Unused)}: reserved; the "I'm a teapot" joke code, never a real status. A
     * reservation, not a meaning.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110 §15.5.19</a>
     *  @since 0.1.0 */
    public static final StatusCode UNUSED_418 = DefaultCodes.get(418, Vendor.IANA, "(Unused)");

    /** {@code 421 Misdirected Request}: the server cannot answer for this request's origin.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110 §15.5.20</a>
     *  @since 0.1.0 */
    public static final StatusCode MISDIRECTED_REQUEST =
            DefaultCodes.get(421, Vendor.IANA, "Misdirected Request");

    /** {@code 422 Unprocessable Content}: the content is well-formed but semantically invalid.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110 §15.5.21</a>
     *  @since 0.1.0 */
    public static final StatusCode UNPROCESSABLE_CONTENT =
            DefaultCodes.get(422, Vendor.IANA, "Unprocessable Content");

    /** {@code 422 Unprocessable Entity}: WebDAV's phrase for 422, now Unprocessable Content;
     * deprecated.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.2">RFC 4918 §11.2</a>
     *  @since 0.2.0 */
    public static final StatusCode UNPROCESSABLE_ENTITY =
            DefaultCodes.get(422, Vendor.IANA, "Unprocessable Entity");

    /** {@code 423 Locked}: the WebDAV resource is locked.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.3">RFC 4918 §11.3</a>
     *  @since 0.1.0 */
    public static final StatusCode LOCKED = DefaultCodes.get(423, Vendor.IANA, "Locked");

    /** {@code 424 Failed Dependency}: an action this request depended on failed.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.4">RFC 4918 §11.4</a>
     *  @since 0.1.0 */
    public static final StatusCode FAILED_DEPENDENCY =
            DefaultCodes.get(424, Vendor.IANA, "Failed Dependency");

    /** {@code 425 Too Early}: the server will not process a request that may be replayed.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470 §5.2</a>
     *  @since 0.1.0 */
    public static final StatusCode TOO_EARLY = DefaultCodes.get(425, Vendor.IANA, "Too Early");

    /** {@code 426 Upgrade Required}: the client must switch to another protocol.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110 §15.5.22</a>
     *  @since 0.1.0 */
    public static final StatusCode UPGRADE_REQUIRED =
            DefaultCodes.get(426, Vendor.IANA, "Upgrade Required");

    /** {@code 428 Precondition Required}: the server requires the request to be conditional.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585 §3</a>
     *  @since 0.1.0 */
    public static final StatusCode PRECONDITION_REQUIRED =
            DefaultCodes.get(428, Vendor.IANA, "Precondition Required");

    /** {@code 429 Too Many Requests}: the client sent too many requests in a given time.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585 §4</a>
     *  @since 0.1.0 */
    public static final StatusCode TOO_MANY_REQUESTS =
            DefaultCodes.get(429, Vendor.IANA, "Too Many Requests");

    /** {@code 431 Request Header Fields Too Large}: the request header fields are too large.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585 §5</a>
     *  @since 0.1.0 */
    public static final StatusCode REQUEST_HEADER_FIELDS_TOO_LARGE =
            DefaultCodes.get(431, Vendor.IANA, "Request Header Fields Too Large");

    /** {@code 451 Unavailable For Legal Reasons}: access is denied because of a legal demand.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc7725#section-3">RFC 7725 §3</a>
     *  @since 0.1.0 */
    public static final StatusCode UNAVAILABLE_FOR_LEGAL_REASONS =
            DefaultCodes.get(451, Vendor.IANA, "Unavailable For Legal Reasons");

    // 5xx Server Error

    /** {@code 500 Internal Server Error}: the server hit an unexpected condition.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110 §15.6.1</a>
     *  @since 0.1.0 */
    public static final StatusCode INTERNAL_SERVER_ERROR =
            DefaultCodes.get(500, Vendor.IANA, "Internal Server Error");

    /** {@code 501 Not Implemented}: the server does not support the functionality required.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110 §15.6.2</a>
     *  @since 0.1.0 */
    public static final StatusCode NOT_IMPLEMENTED =
            DefaultCodes.get(501, Vendor.IANA, "Not Implemented");

    /** {@code 502 Bad Gateway}: a gateway got an invalid response from the upstream server.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110 §15.6.3</a>
     *  @since 0.1.0 */
    public static final StatusCode BAD_GATEWAY = DefaultCodes.get(502, Vendor.IANA, "Bad Gateway");

    /** {@code 503 Service Unavailable}: the server is temporarily unable to handle the request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110 §15.6.4</a>
     *  @since 0.1.0 */
    public static final StatusCode SERVICE_UNAVAILABLE =
            DefaultCodes.get(503, Vendor.IANA, "Service Unavailable");

    /** {@code 504 Gateway Timeout}: a gateway timed out waiting for the upstream server.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110 §15.6.5</a>
     *  @since 0.1.0 */
    public static final StatusCode GATEWAY_TIMEOUT =
            DefaultCodes.get(504, Vendor.IANA, "Gateway Timeout");

    /** {@code 505 HTTP Version Not Supported}: the server does not support this HTTP major version.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110 §15.6.6</a>
     *  @since 0.1.0 */
    public static final StatusCode HTTP_VERSION_NOT_SUPPORTED =
            DefaultCodes.get(505, Vendor.IANA, "HTTP Version Not Supported");

    /** {@code 506 Variant Also Negotiates}: the server's content negotiation is misconfigured.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc2295#section-8.1">RFC 2295 §8.1</a>
     *  @since 0.1.0 */
    public static final StatusCode VARIANT_ALSO_NEGOTIATES =
            DefaultCodes.get(506, Vendor.IANA, "Variant Also Negotiates");

    /** {@code 507 Insufficient Storage}: the server cannot store what the request needs.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.5">RFC 4918 §11.5</a>
     *  @since 0.1.0 */
    public static final StatusCode INSUFFICIENT_STORAGE =
            DefaultCodes.get(507, Vendor.IANA, "Insufficient Storage");

    /** {@code 508 Loop Detected}: the server found an infinite loop while processing the request.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.2">RFC 5842 §7.2</a>
     *  @since 0.1.0 */
    public static final StatusCode LOOP_DETECTED =
            DefaultCodes.get(508, Vendor.IANA, "Loop Detected");

    /** {@code 510 Not Extended (OBSOLETED)}: obsolete: the request lacked a required HTTP
     * extension. Historical.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc2774#section-7">RFC 2774 §7</a>
     *  @since 0.1.0 */
    public static final StatusCode NOT_EXTENDED_OBSOLETED =
            DefaultCodes.get(510, Vendor.IANA, "Not Extended (OBSOLETED)");

    /** {@code 511 Network Authentication Required}: the client must log in to the network first.
     *  @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">RFC 6585 §6</a>
     *  @since 0.1.0 */
    public static final StatusCode NETWORK_AUTHENTICATION_REQUIRED =
            DefaultCodes.get(511, Vendor.IANA, "Network Authentication Required");

    private Iana() {
    }
}
