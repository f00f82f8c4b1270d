package io.github.statuscodes;

import static io.github.statuscodes.Retryability.AFTER_CLIENT_ACTION;
import static io.github.statuscodes.Retryability.ALWAYS;
import static io.github.statuscodes.Retryability.IDEMPOTENT_ONLY;
import static io.github.statuscodes.Retryability.NEVER;

import java.util.ArrayList;
import java.util.List;

/**
 * Every code in the IANA HTTP Status Code Registry, with the current reason phrases.
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
    private static final List<StatusCode> CODES = new ArrayList<>();

    // 1xx Informational

    /**
     * {@code 100 Continue}: the request head was accepted; send the content.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1">RFC 9110 §15.2.1</a>
     * @since 0.1.0
     */
    public static final StatusCode CONTINUE = define(100, "Continue", NEVER,
            "An interim response telling a client that sent Expect: 100-continue to go on and send"
            + " the request content. It is not a final answer, so there is nothing to retry; wait"
            + " for the final status.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1");

    /**
     * {@code 101 Switching Protocols}: the server is switching to the protocol named in Upgrade.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2">RFC 9110 §15.2.2</a>
     * @since 0.1.0
     */
    public static final StatusCode SWITCHING_PROTOCOLS = define(101, "Switching Protocols", NEVER,
            "The server agrees to the client's Upgrade request (e.g. to WebSocket) and speaks the"
            + " new protocol on this connection from the next byte on. Nothing to retry; continue"
            + " in the new protocol.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2");

    /**
     * {@code 102 Processing}: the server is still working on a long request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc2518#section-10.1">RFC 2518 §10.1</a>
     * @since 0.1.0
     */
    public static final StatusCode PROCESSING = define(102, "Processing", NEVER,
            "A WebDAV interim response that keeps a client from timing out while the server works"
            + " on a slow request. Not a final answer: keep waiting, and do not resend the"
            + " request.",
            "https://www.rfc-editor.org/rfc/rfc2518#section-10.1");

    /**
     * {@code 103 Early Hints}: headers sent ahead of the final response, usually Link preloads.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc8297#section-2">RFC 8297 §2</a>
     * @since 0.1.0
     */
    public static final StatusCode EARLY_HINTS = define(103, "Early Hints", NEVER,
            "An interim response carrying headers, typically Link preload hints, before the final"
            + " response is ready. A client may start fetching the hinted resources but must still"
            + " wait for the final status; nothing to retry.",
            "https://www.rfc-editor.org/rfc/rfc8297#section-2");

    /**
     * {@code 104 Upload Resumption Supported}: the upload can be resumed (temporary registration).
     *
     * @see <a href="https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/">
     *     Resumable Uploads for HTTP (Internet-Draft)</a>
     * @since 0.1.0
     */
    public static final StatusCode UPLOAD_RESUMPTION_SUPPORTED = define(104,
            "Upload Resumption Supported", NEVER,
            "A temporary IANA registration (made 2024-11-13, extended 2025-09-15 to expire"
            + " 2026-11-13) from the draft Resumable Uploads for HTTP: an interim response telling"
            + " the client that the upload can be resumed at the URI in Location, and how much has"
            + " been received in Upload-Offset. Not a final answer: keep sending and wait; after"
            + " an interruption, resume at that URI instead of starting over.",
            "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/");

    // 2xx Successful

    /**
     * {@code 200 OK}: the request succeeded.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1">RFC 9110 §15.3.1</a>
     * @since 0.1.0
     */
    public static final StatusCode OK = define(200, "OK", NEVER,
            "The request succeeded; the content depends on the method (the resource for GET, the"
            + " result of the action for POST). Nothing to retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1");

    /**
     * {@code 201 Created}: the request created a new resource.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2">RFC 9110 §15.3.2</a>
     * @since 0.1.0
     */
    public static final StatusCode CREATED = define(201, "Created", NEVER,
            "The request succeeded and created one or more resources, the main one usually named"
            + " in Location. Do not resend: a repeated POST could create a duplicate.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2");

    /**
     * {@code 202 Accepted}: the request was accepted for later processing.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3">RFC 9110 §15.3.3</a>
     * @since 0.1.0
     */
    public static final StatusCode ACCEPTED = define(202, "Accepted", NEVER,
            "The server queued the request but has not finished it and may still reject it; the"
            + " response often points to a status monitor. Poll that monitor rather than resending"
            + " the request.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3");

    /**
     * {@code 203 Non-Authoritative Information}: success, but a proxy transformed the content.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4">RFC 9110 §15.3.4</a>
     * @since 0.1.0
     */
    public static final StatusCode NON_AUTHORITATIVE_INFORMATION = define(203,
            "Non-Authoritative Information", NEVER,
            "The request succeeded, but a transforming proxy changed the origin's 200 content"
            + " (e.g. recompressed it). Nothing to retry; ask the origin directly if the original"
            + " matters.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4");

    /**
     * {@code 204 No Content}: success, and there is no content to send.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5">RFC 9110 §15.3.5</a>
     * @since 0.1.0
     */
    public static final StatusCode NO_CONTENT = define(204, "No Content", NEVER,
            "The request succeeded and the response deliberately has no body, as is common after a"
            + " PUT, DELETE or form save. Nothing to retry; keep the current view.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5");

    /**
     * {@code 205 Reset Content}: success; the client should reset the view that sent the request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6">RFC 9110 §15.3.6</a>
     * @since 0.1.0
     */
    public static final StatusCode RESET_CONTENT = define(205, "Reset Content", NEVER,
            "The request succeeded and the user agent should clear the form or view that produced"
            + " it, e.g. to allow another entry. Nothing to retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6");

    /**
     * {@code 206 Partial Content}: the response carries the requested byte ranges.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7">RFC 9110 §15.3.7</a>
     * @since 0.1.0
     */
    public static final StatusCode PARTIAL_CONTENT = define(206, "Partial Content", NEVER,
            "The server answered a Range request with only the requested parts, described by"
            + " Content-Range. Nothing to retry; request further ranges to get the rest.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7");

    /**
     * {@code 207 Multi-Status}: a WebDAV body reports a separate status per resource.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.1">RFC 4918 §11.1</a>
     * @since 0.1.0
     */
    public static final StatusCode MULTI_STATUS = define(207, "Multi-Status", NEVER,
            "A WebDAV response whose XML body gives a status for each resource the request"
            + " touched. The whole exchange succeeded; inspect each entry, and retry only the"
            + " failed parts if any.",
            "https://www.rfc-editor.org/rfc/rfc4918#section-11.1");

    /**
     * {@code 208 Already Reported}: a WebDAV binding was already listed earlier in the same reply.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.1">RFC 5842 §7.1</a>
     * @since 0.1.0
     */
    public static final StatusCode ALREADY_REPORTED = define(208, "Already Reported", NEVER,
            "Used inside a WebDAV multistatus body so a resource reachable through several"
            + " bindings is listed only once, avoiding loops. Nothing to retry.",
            "https://www.rfc-editor.org/rfc/rfc5842#section-7.1");

    /**
     * {@code 226 IM Used}: the content is the result of instance manipulations, e.g. a delta.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1">RFC 3229 §10.4.1</a>
     * @since 0.1.0
     */
    public static final StatusCode IM_USED = define(226, "IM Used", NEVER,
            "The server applied the instance manipulations the client asked for in A-IM (e.g. sent"
            + " a delta against a cached version) rather than the full representation. Nothing to"
            + " retry; apply the manipulation to the cached copy.",
            "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1");

    // 3xx Redirection

    /**
     * {@code 300 Multiple Choices}: several representations exist; pick one.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1">RFC 9110 §15.4.1</a>
     * @since 0.1.0
     */
    public static final StatusCode MULTIPLE_CHOICES = define(300, "Multiple Choices", NEVER,
            "The target has several representations and the server lets the client choose,"
            + " possibly naming a preferred one in Location. Not an error: follow a chosen link"
            + " instead of retrying.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1");

    /**
     * {@code 301 Moved Permanently}: the resource has a new permanent URI.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2">RFC 9110 §15.4.2</a>
     * @since 0.1.0
     */
    public static final StatusCode MOVED_PERMANENTLY = define(301, "Moved Permanently", NEVER,
            "The resource now lives at the URI in Location and links should be updated. Follow the"
            + " redirect rather than retrying; note that clients may turn a POST into a GET here,"
            + " use 308 to keep the method.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2");

    /**
     * {@code 302 Found}: the resource is temporarily at another URI.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3">RFC 9110 §15.4.3</a>
     * @since 0.1.0
     */
    public static final StatusCode FOUND = define(302, "Found", NEVER,
            "The resource is temporarily under the URI in Location; keep using the original URI"
            + " later. Follow the redirect rather than retrying; clients may change POST to GET,"
            + " use 307 to keep the method.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3");

    /**
     * {@code 303 See Other}: get the result from another URI with GET.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4">RFC 9110 §15.4.4</a>
     * @since 0.1.0
     */
    public static final StatusCode SEE_OTHER = define(303, "See Other", NEVER,
            "The server points to another resource, fetched with GET, that holds the result,"
            + " typically after a POST (the Post/Redirect/Get pattern). Follow it; do not resend"
            + " the original request.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4");

    /**
     * {@code 304 Not Modified}: the cached copy is still valid.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5">RFC 9110 §15.4.5</a>
     * @since 0.1.0
     */
    public static final StatusCode NOT_MODIFIED = define(304, "Not Modified", NEVER,
            "A conditional GET or HEAD found the resource unchanged, so the client should use its"
            + " cached representation. Nothing to retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5");

    /**
     * {@code 305 Use Proxy}: deprecated: the resource had to be accessed through a proxy.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6">RFC 9110 §15.4.6</a>
     * @since 0.1.0
     */
    public static final StatusCode USE_PROXY = define(305, "Use Proxy", NEVER,
            "Defined by earlier HTTP to send the client through a proxy named in Location;"
            + " deprecated for security reasons and not to be honoured by clients. Treat it as an"
            + " unusable redirect; retrying does not help.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6");

    /**
     * {@code 306 (Unused)}: reserved; formerly Switch Proxy, no longer used.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7">RFC 9110 §15.4.7</a>
     * @since 0.1.0
     */
    public static final StatusCode UNUSED_306 = define(306, "(Unused)", NEVER,
            "Reserved by IANA; an earlier HTTP draft used it (Switch Proxy) and it has no meaning"
            + " today. A server that sends it is misbehaving; handle it as a generic 300 and do"
            + " not retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7");

    /**
     * {@code 307 Temporary Redirect}: repeat the request, unchanged, at another URI for now.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8">RFC 9110 §15.4.8</a>
     * @since 0.1.0
     */
    public static final StatusCode TEMPORARY_REDIRECT = define(307, "Temporary Redirect", NEVER,
            "The resource is temporarily at the URI in Location and the client must resend the"
            + " same method and content there. Follow the redirect; it is not a failure to retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8");

    /**
     * {@code 308 Permanent Redirect}: repeat the request, unchanged, at a new permanent URI.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9">RFC 9110 §15.4.9</a>
     * @since 0.1.0
     */
    public static final StatusCode PERMANENT_REDIRECT = define(308, "Permanent Redirect", NEVER,
            "The resource has moved for good to the URI in Location, and unlike 301 the method and"
            + " content must be kept. Follow the redirect and update stored links.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9");

    // 4xx Client Error

    /**
     * {@code 400 Bad Request}: the server cannot process a malformed request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1">RFC 9110 §15.5.1</a>
     * @since 0.1.0
     */
    public static final StatusCode BAD_REQUEST = define(400, "Bad Request", NEVER,
            "The server rejected the request as invalid, e.g. bad syntax, framing or parameters."
            + " The same request fails the same way; fix it before sending again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1");

    /**
     * {@code 401 Unauthorized}: valid credentials for the target resource are missing.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2">RFC 9110 §15.5.2</a>
     * @since 0.1.0
     */
    public static final StatusCode UNAUTHORIZED = define(401, "Unauthorized", AFTER_CLIENT_ACTION,
            "The request lacks valid authentication credentials; the WWW-Authenticate header says"
            + " how to authenticate. Resend only after getting or refreshing credentials, as"
            + " OkHttp does through its Authenticator; a blind retry fails again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2");

    /**
     * {@code 402 Payment Required}: reserved for future use; some APIs use it for billing problems.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3">RFC 9110 §15.5.3</a>
     * @since 0.1.0
     */
    public static final StatusCode PAYMENT_REQUIRED = define(402, "Payment Required", NEVER,
            "Reserved by RFC 9110 with no standard semantics; some services use it to say a"
            + " payment, plan or quota must be settled first. Settling it takes a person, not a"
            + " retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3");

    /**
     * {@code 403 Forbidden}: the server refuses to fulfil the request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4">RFC 9110 §15.5.4</a>
     * @since 0.1.0
     */
    public static final StatusCode FORBIDDEN = define(403, "Forbidden", NEVER,
            "The server understood the request but will not allow it, e.g. the authenticated user"
            + " lacks permission. Re-sending the same credentials does not help; gRPC maps it to"
            + " the non-retryable PERMISSION_DENIED.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4");

    /**
     * {@code 404 Not Found}: the server has nothing at the target URI.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5">RFC 9110 §15.5.5</a>
     * @since 0.1.0
     */
    public static final StatusCode NOT_FOUND = define(404, "Not Found", NEVER,
            "The server has no current representation for the target resource. Retrying the same"
            + " request gives the same answer unless the resource is created.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    /**
     * {@code 405 Method Not Allowed}: the resource does not support the request method.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6">RFC 9110 §15.5.6</a>
     * @since 0.1.0
     */
    public static final StatusCode METHOD_NOT_ALLOWED = define(405, "Method Not Allowed", NEVER,
            "The target resource does not support this method; the Allow header lists the ones it"
            + " does. Use one of those instead of retrying.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6");

    /**
     * {@code 406 Not Acceptable}: no representation matches the request's Accept headers.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7">RFC 9110 §15.5.7</a>
     * @since 0.1.0
     */
    public static final StatusCode NOT_ACCEPTABLE = define(406, "Not Acceptable", NEVER,
            "The server has no representation that satisfies the client's proactive negotiation"
            + " headers (Accept, Accept-Language, ...). Relax those headers rather than retrying.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7");

    /**
     * {@code 407 Proxy Authentication Required}: the client must authenticate to the proxy.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8">RFC 9110 §15.5.8</a>
     * @since 0.1.0
     */
    public static final StatusCode PROXY_AUTHENTICATION_REQUIRED = define(407,
            "Proxy Authentication Required", AFTER_CLIENT_ACTION,
            "Like 401, but for the proxy in between; Proxy-Authenticate says how. Resend only with"
            + " proxy credentials (OkHttp's proxy Authenticator does this); the same request fails"
            + " again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8");

    /**
     * {@code 408 Request Timeout}: the server gave up waiting for the complete request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9">RFC 9110 §15.5.9</a>
     * @since 0.1.0
     */
    public static final StatusCode REQUEST_TIMEOUT = define(408, "Request Timeout", ALWAYS,
            "The server closed the connection because the request did not arrive in time, so it"
            + " did not process it and any method may be resent. OkHttp retries it once even for"
            + " non-idempotent requests, and Polly and .NET's resilience handlers count it as"
            + " transient.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9");

    /**
     * {@code 409 Conflict}: the request conflicts with the current state of the resource.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10">RFC 9110 §15.5.10</a>
     * @since 0.1.0
     */
    public static final StatusCode CONFLICT = define(409, "Conflict", NEVER,
            "The request clashes with the resource's current state, e.g. an edit conflict or a"
            + " version mismatch. Re-read the state and resolve the conflict; Envoy retries it"
            + " only when explicitly configured (retriable-4xx), with an optimistic-locking"
            + " warning.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10");

    /**
     * {@code 410 Gone}: the resource is permanently gone.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11">RFC 9110 §15.5.11</a>
     * @since 0.1.0
     */
    public static final StatusCode GONE = define(410, "Gone", NEVER,
            "The resource was deliberately removed and is not coming back; unlike 404 the"
            + " condition is known to be permanent. Remove links to it; never retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11");

    /**
     * {@code 411 Length Required}: the server requires a Content-Length header.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12">RFC 9110 §15.5.12</a>
     * @since 0.1.0
     */
    public static final StatusCode LENGTH_REQUIRED = define(411, "Length Required", NEVER,
            "The server refuses a request without a Content-Length, e.g. a chunked upload. The"
            + " same request fails again; resend with the length set.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12");

    /**
     * {@code 412 Precondition Failed}: a condition in the request headers evaluated to false.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13">RFC 9110 §15.5.13</a>
     * @since 0.1.0
     */
    public static final StatusCode PRECONDITION_FAILED = define(412, "Precondition Failed", NEVER,
            "A conditional header such as If-Match or If-Unmodified-Since did not hold, usually"
            + " because someone else changed the resource. Fetch the current version and decide"
            + " again; resending the same condition fails.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13");

    /**
     * {@code 413 Content Too Large}: the request content exceeds what the server accepts.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14">RFC 9110 §15.5.14</a>
     * @since 0.1.0
     */
    public static final StatusCode CONTENT_TOO_LARGE = define(413, "Content Too Large", NEVER,
            "The request body is larger than the server is willing to process (formerly Payload"
            + " Too Large). Send less data or split it; a server may add Retry-After when the"
            + " limit is temporary, but by default the same request fails again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");

    /**
     * {@code 414 URI Too Long}: the target URI is longer than the server will interpret.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15">RFC 9110 §15.5.15</a>
     * @since 0.1.0
     */
    public static final StatusCode URI_TOO_LONG = define(414, "URI Too Long", NEVER,
            "The request target is too long, often a GET that should have been a POST or a"
            + " redirect loop that keeps growing the query. Shorten the URI; retrying fails the"
            + " same way.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15");

    /**
     * {@code 415 Unsupported Media Type}: the content's media type or encoding is not supported.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16">RFC 9110 §15.5.16</a>
     * @since 0.1.0
     */
    public static final StatusCode UNSUPPORTED_MEDIA_TYPE = define(415,
            "Unsupported Media Type", NEVER,
            "The server does not accept the request's Content-Type or Content-Encoding for this"
            + " resource; Accept or Accept-Encoding in the response may say what it takes. Change"
            + " the format instead of retrying.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16");

    /**
     * {@code 416 Range Not Satisfiable}: none of the requested ranges overlap the representation.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17">RFC 9110 §15.5.17</a>
     * @since 0.1.0
     */
    public static final StatusCode RANGE_NOT_SATISFIABLE = define(416,
            "Range Not Satisfiable", NEVER,
            "The Range header asked for bytes outside the current representation, e.g. past its"
            + " end; Content-Range gives the actual length. Adjust the range or fetch the whole"
            + " resource.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17");

    /**
     * {@code 417 Expectation Failed}: the server cannot meet the Expect header.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18">RFC 9110 §15.5.18</a>
     * @since 0.1.0
     */
    public static final StatusCode EXPECTATION_FAILED = define(417, "Expectation Failed", NEVER,
            "A server on the path cannot satisfy the request's Expect field, typically"
            + " 100-continue. The same request fails again; resend it without the expectation.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18");

    /**
     * {@code 418 (Unused)}: reserved; the "I'm a teapot" joke code, never a real status.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19">RFC 9110 §15.5.19</a>
     * @since 0.1.0
     */
    public static final StatusCode UNUSED_418 = define(418, "(Unused)", NEVER,
            "Reserved by IANA because the April Fools' RFC 2324 used it as \"I'm a teapot\" and"
            + " many implementations copied it; it has no HTTP meaning. A server that sends it is"
            + " refusing playfully or misbehaving; handle it as 400 and do not retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19");

    /**
     * {@code 421 Misdirected Request}: the server cannot answer for this request's origin.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20">RFC 9110 §15.5.20</a>
     * @since 0.1.0
     */
    public static final StatusCode MISDIRECTED_REQUEST = define(421,
            "Misdirected Request", AFTER_CLIENT_ACTION,
            "The connection went to a server not configured for the request's scheme and"
            + " authority, typically a reused or coalesced HTTP/2 or HTTP/3 connection. It may be"
            + " resent, whatever the method, but only on a new connection: OkHttp does that itself"
            + " for coalesced connections, so the same request on the same connection is not a"
            + " useful retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20");

    /**
     * {@code 422 Unprocessable Content}: the content is well-formed but semantically invalid.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21">RFC 9110 §15.5.21</a>
     * @since 0.1.0
     */
    public static final StatusCode UNPROCESSABLE_CONTENT = define(422,
            "Unprocessable Content", NEVER,
            "The server understood the content type and syntax but cannot act on the instructions,"
            + " e.g. failed validation (formerly Unprocessable Entity). Fix the content; the same"
            + " request fails again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21");

    /**
     * {@code 423 Locked}: the WebDAV resource is locked.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.3">RFC 4918 §11.3</a>
     * @since 0.1.0
     */
    public static final StatusCode LOCKED = define(423, "Locked", NEVER,
            "The source or destination resource is locked, by another client or by this one"
            + " without the lock token in the If header. Supply the token or wait for the lock to"
            + " be released; an automatic retry of the same request does not help.",
            "https://www.rfc-editor.org/rfc/rfc4918#section-11.3");

    /**
     * {@code 424 Failed Dependency}: an action this request depended on failed.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.4">RFC 4918 §11.4</a>
     * @since 0.1.0
     */
    public static final StatusCode FAILED_DEPENDENCY = define(424, "Failed Dependency", NEVER,
            "A WebDAV method could not be applied because another part of the request, e.g. an"
            + " earlier PROPPATCH instruction, failed. Fix the failing part; the same request"
            + " fails again.",
            "https://www.rfc-editor.org/rfc/rfc4918#section-11.4");

    /**
     * {@code 425 Too Early}: the server will not process a request that may be replayed.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc8470#section-5.2">RFC 8470 §5.2</a>
     * @since 0.1.0
     */
    public static final StatusCode TOO_EARLY = define(425, "Too Early", ALWAYS,
            "The server refused to act on a request sent in TLS early data, which an attacker"
            + " could replay, so it did not process it. Resend once the handshake completes,"
            + " whatever the method; Envoy retries it once by default.",
            "https://www.rfc-editor.org/rfc/rfc8470#section-5.2");

    /**
     * {@code 426 Upgrade Required}: the client must switch to another protocol.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22">RFC 9110 §15.5.22</a>
     * @since 0.1.0
     */
    public static final StatusCode UPGRADE_REQUIRED = define(426,
            "Upgrade Required", AFTER_CLIENT_ACTION,
            "The server refuses the request over the current protocol and names the required one"
            + " in Upgrade (e.g. a newer HTTP or TLS). Resend only after upgrading; the same"
            + " request fails again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22");

    /**
     * {@code 428 Precondition Required}: the server requires the request to be conditional.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-3">RFC 6585 §3</a>
     * @since 0.1.0
     */
    public static final StatusCode PRECONDITION_REQUIRED = define(428,
            "Precondition Required", NEVER,
            "The server wants the request made conditional (e.g. If-Match) to prevent lost"
            + " updates. Fetch the current version and resend with the condition; the same request"
            + " fails again.",
            "https://www.rfc-editor.org/rfc/rfc6585#section-3");

    /**
     * {@code 429 Too Many Requests}: the client sent too many requests in a given time.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-4">RFC 6585 §4</a>
     * @since 0.1.0
     */
    public static final StatusCode TOO_MANY_REQUESTS = define(429, "Too Many Requests", ALWAYS,
            "Rate limiting: the server did not process the request and may say in Retry-After when"
            + " to come back. Retry after that delay, with a cap since a quota can last hours; AWS"
            + " SDKs, Apache HttpClient and .NET's resilience handlers retry it, and gRPC maps it"
            + " to UNAVAILABLE.",
            "https://www.rfc-editor.org/rfc/rfc6585#section-4");

    /**
     * {@code 431 Request Header Fields Too Large}: the request header fields are too large.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-5">RFC 6585 §5</a>
     * @since 0.1.0
     */
    public static final StatusCode REQUEST_HEADER_FIELDS_TOO_LARGE = define(431,
            "Request Header Fields Too Large", NEVER,
            "The server refuses the request because its header section, or a single field such as"
            + " a bloated Cookie, is too large. Shrink the headers (e.g. clear cookies); retrying"
            + " fails.",
            "https://www.rfc-editor.org/rfc/rfc6585#section-5");

    /**
     * {@code 451 Unavailable For Legal Reasons}: access is denied because of a legal demand.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc7725#section-3">RFC 7725 §3</a>
     * @since 0.1.0
     */
    public static final StatusCode UNAVAILABLE_FOR_LEGAL_REASONS = define(451,
            "Unavailable For Legal Reasons", NEVER,
            "The server denies access because of a legal demand such as a court order or"
            + " censorship; a Link with rel=blocked-by may name who is responsible. Retrying does"
            + " not change the outcome.",
            "https://www.rfc-editor.org/rfc/rfc7725#section-3");

    // 5xx Server Error

    /**
     * {@code 500 Internal Server Error}: the server hit an unexpected condition.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1">RFC 9110 §15.6.1</a>
     * @since 0.1.0
     */
    public static final StatusCode INTERNAL_SERVER_ERROR = define(500,
            "Internal Server Error", IDEMPOTENT_ONLY,
            "A generic server failure, often a bug or an unhandled exception, possibly after part"
            + " of the work was done. AWS SDKs, Envoy and Polly retry it, so retry a few times for"
            + " idempotent methods only.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1");

    /**
     * {@code 501 Not Implemented}: the server does not support the functionality required.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2">RFC 9110 §15.6.2</a>
     * @since 0.1.0
     */
    public static final StatusCode NOT_IMPLEMENTED = define(501, "Not Implemented", NEVER,
            "The server does not recognise or support the request method for any resource. This is"
            + " permanent for that server; do not retry.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2");

    /**
     * {@code 502 Bad Gateway}: a gateway got an invalid response from the upstream server.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3">RFC 9110 §15.6.3</a>
     * @since 0.1.0
     */
    public static final StatusCode BAD_GATEWAY = define(502, "Bad Gateway", IDEMPOTENT_ONLY,
            "A proxy or gateway got a broken or no valid response from the upstream, which may"
            + " already have acted on the request. AWS SDKs and Envoy (gateway-error) retry it and"
            + " gRPC maps it to UNAVAILABLE; retry idempotent methods only.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3");

    /**
     * {@code 503 Service Unavailable}: the server is temporarily unable to handle the request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4">RFC 9110 §15.6.4</a>
     * @since 0.1.0
     */
    public static final StatusCode SERVICE_UNAVAILABLE = define(503, "Service Unavailable", ALWAYS,
            "The server is overloaded or in maintenance and did not handle the request;"
            + " Retry-After may say for how long. Retry after that delay for any method, as AWS"
            + " SDKs, Envoy and Apache HttpClient do (OkHttp only on Retry-After: 0).",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4");

    /**
     * {@code 504 Gateway Timeout}: a gateway timed out waiting for the upstream server.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5">RFC 9110 §15.6.5</a>
     * @since 0.1.0
     */
    public static final StatusCode GATEWAY_TIMEOUT = define(504, "Gateway Timeout", IDEMPOTENT_ONLY,
            "A proxy or gateway gave up waiting for the upstream, which may still be processing"
            + " the request. AWS SDKs and Envoy (gateway-error) retry it and gRPC maps it to"
            + " UNAVAILABLE; retry idempotent methods only.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5");

    /**
     * {@code 505 HTTP Version Not Supported}: the server does not support this HTTP major version.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6">RFC 9110 §15.6.6</a>
     * @since 0.1.0
     */
    public static final StatusCode HTTP_VERSION_NOT_SUPPORTED = define(505,
            "HTTP Version Not Supported", NEVER,
            "The server refuses the major version of HTTP the request used. Resend with a version"
            + " it supports; the same request fails again.",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6");

    /**
     * {@code 506 Variant Also Negotiates}: the server's content negotiation is misconfigured.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc2295#section-8.1">RFC 2295 §8.1</a>
     * @since 0.1.0
     */
    public static final StatusCode VARIANT_ALSO_NEGOTIATES = define(506,
            "Variant Also Negotiates", NEVER,
            "Transparent content negotiation led to a variant that is itself negotiable, a"
            + " circular reference in the server's configuration. Only the operator can fix it; do"
            + " not retry.",
            "https://www.rfc-editor.org/rfc/rfc2295#section-8.1");

    /**
     * {@code 507 Insufficient Storage}: the server cannot store what the request needs.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc4918#section-11.5">RFC 4918 §11.5</a>
     * @since 0.1.0
     */
    public static final StatusCode INSUFFICIENT_STORAGE = define(507, "Insufficient Storage", NEVER,
            "A WebDAV server lacks the space to complete the request, e.g. a full disk or quota."
            + " Space rarely frees up within a retry's backoff, so do not retry automatically;"
            + " free space or send less.",
            "https://www.rfc-editor.org/rfc/rfc4918#section-11.5");

    /**
     * {@code 508 Loop Detected}: the server found an infinite loop while processing the request.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc5842#section-7.2">RFC 5842 §7.2</a>
     * @since 0.1.0
     */
    public static final StatusCode LOOP_DETECTED = define(508, "Loop Detected", NEVER,
            "A WebDAV operation with Depth: infinity ran into a binding loop and was stopped. The"
            + " same request loops again; do not retry.",
            "https://www.rfc-editor.org/rfc/rfc5842#section-7.2");

    /**
     * {@code 510 Not Extended (OBSOLETED)}: obsolete: the request lacked a required HTTP extension.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc2774#section-7">RFC 2774 §7</a>
     * @since 0.1.0
     */
    public static final StatusCode NOT_EXTENDED_OBSOLETED = define(510,
            "Not Extended (OBSOLETED)", NEVER,
            "From the experimental HTTP Extension Framework (RFC 2774), now moved to Historic,"
            + " hence IANA's OBSOLETED mark: the server required an extension declaration the"
            + " request lacked. Treat it as a permanent failure and do not retry.",
            "https://www.rfc-editor.org/rfc/rfc2774#section-7");

    /**
     * {@code 511 Network Authentication Required}: the client must log in to the network first.
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6585#section-6">RFC 6585 §6</a>
     * @since 0.1.0
     */
    public static final StatusCode NETWORK_AUTHENTICATION_REQUIRED = define(511,
            "Network Authentication Required", AFTER_CLIENT_ACTION,
            "Sent by an intercepting proxy such as a captive portal (hotel or airport Wi-Fi) that"
            + " wants the user to log in or accept terms before granting access. Resend only after"
            + " that login; a blind retry gets the portal again.",
            "https://www.rfc-editor.org/rfc/rfc6585#section-6");

    private static final List<StatusCode> VALUES = List.copyOf(CODES);

    private Iana() {
    }

    /**
     * Returns every IANA-registered code, in ascending order.
     *
     * @return an immutable list
     */
    public static List<StatusCode> values() {
        return VALUES;
    }

    private static StatusCode define(int code, String reasonPhrase, Retryability retryability,
            String description, String source) {
        return StatusCode.define(CODES, Vendor.IANA, code, reasonPhrase, retryability,
                description, source);
    }
}
