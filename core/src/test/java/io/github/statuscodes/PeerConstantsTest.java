package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user migrating from a peer library finds every constant they used: for each constant of
 * Spring's {@code HttpStatus}, npm {@code http-status} and {@code statuses}, Python's
 * {@code http.HTTPStatus} and Node's {@code http.STATUS_CODES}, the number has a meaning whose
 * reason phrase matches the peer's phrase (or, where the peer has only a name, its name),
 * compared without case, spaces and punctuation. The lists are data copied from the peers' own
 * sources, named per list; regenerate them from those sources, never from this registry.
 */
class PeerConstantsTest {

    /**
     * Spring Framework {@code spring-web/src/main/java/org/springframework/http/HttpStatus.java}:
     * the union of tag v5.3.39 (with the deprecated CHECKPOINT, MOVED_TEMPORARILY,
     * REQUEST_ENTITY_TOO_LARGE, REQUEST_URI_TOO_LONG, INSUFFICIENT_SPACE_ON_RESOURCE,
     * METHOD_FAILURE, DESTINATION_LOCKED) and main at 91eb426 (7.0, 2026-08-22).
     */
    static final String SPRING = """
            100 CONTINUE | Continue
            101 SWITCHING_PROTOCOLS | Switching Protocols
            102 PROCESSING | Processing
            103 CHECKPOINT | Checkpoint
            103 EARLY_HINTS | Early Hints
            200 OK | OK
            201 CREATED | Created
            202 ACCEPTED | Accepted
            203 NON_AUTHORITATIVE_INFORMATION | Non-Authoritative Information
            204 NO_CONTENT | No Content
            205 RESET_CONTENT | Reset Content
            206 PARTIAL_CONTENT | Partial Content
            207 MULTI_STATUS | Multi-Status
            208 ALREADY_REPORTED | Already Reported
            226 IM_USED | IM Used
            300 MULTIPLE_CHOICES | Multiple Choices
            301 MOVED_PERMANENTLY | Moved Permanently
            302 FOUND | Found
            302 MOVED_TEMPORARILY | Moved Temporarily
            303 SEE_OTHER | See Other
            304 NOT_MODIFIED | Not Modified
            305 USE_PROXY | Use Proxy
            307 TEMPORARY_REDIRECT | Temporary Redirect
            308 PERMANENT_REDIRECT | Permanent Redirect
            400 BAD_REQUEST | Bad Request
            401 UNAUTHORIZED | Unauthorized
            402 PAYMENT_REQUIRED | Payment Required
            403 FORBIDDEN | Forbidden
            404 NOT_FOUND | Not Found
            405 METHOD_NOT_ALLOWED | Method Not Allowed
            406 NOT_ACCEPTABLE | Not Acceptable
            407 PROXY_AUTHENTICATION_REQUIRED | Proxy Authentication Required
            408 REQUEST_TIMEOUT | Request Timeout
            409 CONFLICT | Conflict
            410 GONE | Gone
            411 LENGTH_REQUIRED | Length Required
            412 PRECONDITION_FAILED | Precondition Failed
            413 CONTENT_TOO_LARGE | Content Too Large
            413 PAYLOAD_TOO_LARGE | Payload Too Large
            413 REQUEST_ENTITY_TOO_LARGE | Request Entity Too Large
            414 REQUEST_URI_TOO_LONG | Request-URI Too Long
            414 URI_TOO_LONG | URI Too Long
            415 UNSUPPORTED_MEDIA_TYPE | Unsupported Media Type
            416 REQUESTED_RANGE_NOT_SATISFIABLE | Requested range not satisfiable
            417 EXPECTATION_FAILED | Expectation Failed
            418 I_AM_A_TEAPOT | I'm a teapot
            419 INSUFFICIENT_SPACE_ON_RESOURCE | Insufficient Space On Resource
            420 METHOD_FAILURE | Method Failure
            421 DESTINATION_LOCKED | Destination Locked
            421 MISDIRECTED_REQUEST | Misdirected Request
            422 UNPROCESSABLE_CONTENT | Unprocessable Content
            422 UNPROCESSABLE_ENTITY | Unprocessable Entity
            423 LOCKED | Locked
            424 FAILED_DEPENDENCY | Failed Dependency
            425 TOO_EARLY | Too Early
            426 UPGRADE_REQUIRED | Upgrade Required
            428 PRECONDITION_REQUIRED | Precondition Required
            429 TOO_MANY_REQUESTS | Too Many Requests
            431 REQUEST_HEADER_FIELDS_TOO_LARGE | Request Header Fields Too Large
            451 UNAVAILABLE_FOR_LEGAL_REASONS | Unavailable For Legal Reasons
            500 INTERNAL_SERVER_ERROR | Internal Server Error
            501 NOT_IMPLEMENTED | Not Implemented
            502 BAD_GATEWAY | Bad Gateway
            503 SERVICE_UNAVAILABLE | Service Unavailable
            504 GATEWAY_TIMEOUT | Gateway Timeout
            505 HTTP_VERSION_NOT_SUPPORTED | HTTP Version not supported
            506 VARIANT_ALSO_NEGOTIATES | Variant Also Negotiates
            507 INSUFFICIENT_STORAGE | Insufficient Storage
            508 LOOP_DETECTED | Loop Detected
            509 BANDWIDTH_LIMIT_EXCEEDED | Bandwidth Limit Exceeded
            510 NOT_EXTENDED | Not Extended
            511 NETWORK_AUTHENTICATION_REQUIRED | Network Authentication Required
            """;

    /**
     * npm {@code http-status} 2.1.0 ({@code adaltas/node-http-status} at 4771554,
     * {@code src/index.ts}): the constant names, including {@code status.extra} (unofficial, IIS,
     * nginx, Cloudflare); the library gives no phrase beside the name.
     */
    static final String HTTP_STATUS = """
            100 CONTINUE
            101 SWITCHING_PROTOCOLS
            102 PROCESSING
            103 CHECKPOINT
            103 EARLY_HINTS
            200 OK
            201 CREATED
            202 ACCEPTED
            203 NON_AUTHORITATIVE_INFORMATION
            204 NO_CONTENT
            205 RESET_CONTENT
            206 PARTIAL_CONTENT
            207 MULTI_STATUS
            208 ALREADY_REPORTED
            218 THIS_IS_FINE
            226 IM_USED
            300 MULTIPLE_CHOICES
            301 MOVED_PERMANENTLY
            302 FOUND
            303 SEE_OTHER
            304 NOT_MODIFIED
            305 USE_PROXY
            306 SWITCH_PROXY
            307 TEMPORARY_REDIRECT
            308 PERMANENT_REDIRECT
            400 BAD_REQUEST
            401 UNAUTHORIZED
            402 PAYMENT_REQUIRED
            403 FORBIDDEN
            404 NOT_FOUND
            405 METHOD_NOT_ALLOWED
            406 NOT_ACCEPTABLE
            407 PROXY_AUTHENTICATION_REQUIRED
            408 REQUEST_TIMEOUT
            409 CONFLICT
            410 GONE
            411 LENGTH_REQUIRED
            412 PRECONDITION_FAILED
            413 REQUEST_ENTITY_TOO_LARGE
            414 REQUEST_URI_TOO_LONG
            415 UNSUPPORTED_MEDIA_TYPE
            416 REQUESTED_RANGE_NOT_SATISFIABLE
            417 EXPECTATION_FAILED
            418 IM_A_TEAPOT
            419 PAGE_EXPIRED
            420 ENHANCE_YOUR_CALM
            421 MISDIRECTED_REQUEST
            422 UNPROCESSABLE_ENTITY
            423 LOCKED
            424 FAILED_DEPENDENCY
            425 TOO_EARLY
            426 UPGRADE_REQUIRED
            428 PRECONDITION_REQUIRED
            429 TOO_MANY_REQUESTS
            431 REQUEST_HEADER_FIELDS_TOO_LARGE
            440 LOGIN_TIME_OUT
            444 NO_RESPONSE
            449 RETRY_WITH
            450 BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS
            451 REDIRECT
            451 UNAVAILABLE_FOR_LEGAL_REASONS
            494 REQUEST_HEADER_TOO_LARGE
            495 SSL_CERTIFICATE_ERROR
            496 SSL_CERTIFICATE_REQUIRED
            497 HTTP_REQUEST_SENT_TO_HTTPS_PORT
            498 INVALID_TOKEN
            499 CLIENT_CLOSED_REQUEST
            499 TOKEN_REQUIRED
            500 INTERNAL_SERVER_ERROR
            501 NOT_IMPLEMENTED
            502 BAD_GATEWAY
            503 SERVICE_UNAVAILABLE
            504 GATEWAY_TIMEOUT
            505 HTTP_VERSION_NOT_SUPPORTED
            506 VARIANT_ALSO_NEGOTIATES
            507 INSUFFICIENT_STORAGE
            508 LOOP_DETECTED
            509 BANDWIDTH_LIMIT_EXCEEDED
            510 NOT_EXTENDED
            511 NETWORK_AUTHENTICATION_REQUIRED
            520 UNKNOWN_ERROR
            521 WEB_SERVER_IS_DOWN
            522 CONNECTION_TIMED_OUT
            523 ORIGIN_IS_UNREACHABLE
            524 A_TIMEOUT_OCCURRED
            525 SSL_HANDSHAKE_FAILED
            526 INVALID_SSL_CERTIFICATE
            527 RAILGUN_ERROR
            530 SITE_IS_FROZEN
            598 NETWORK_READ_TIMEOUT_ERROR
            """;

    /** npm {@code statuses} 2.0.2 ({@code jshttp/statuses} at f955850, {@code codes.json}). */
    static final String STATUSES = """
            100 | Continue
            101 | Switching Protocols
            102 | Processing
            103 | Early Hints
            200 | OK
            201 | Created
            202 | Accepted
            203 | Non-Authoritative Information
            204 | No Content
            205 | Reset Content
            206 | Partial Content
            207 | Multi-Status
            208 | Already Reported
            226 | IM Used
            300 | Multiple Choices
            301 | Moved Permanently
            302 | Found
            303 | See Other
            304 | Not Modified
            305 | Use Proxy
            307 | Temporary Redirect
            308 | Permanent Redirect
            400 | Bad Request
            401 | Unauthorized
            402 | Payment Required
            403 | Forbidden
            404 | Not Found
            405 | Method Not Allowed
            406 | Not Acceptable
            407 | Proxy Authentication Required
            408 | Request Timeout
            409 | Conflict
            410 | Gone
            411 | Length Required
            412 | Precondition Failed
            413 | Payload Too Large
            414 | URI Too Long
            415 | Unsupported Media Type
            416 | Range Not Satisfiable
            417 | Expectation Failed
            418 | I'm a Teapot
            421 | Misdirected Request
            422 | Unprocessable Entity
            423 | Locked
            424 | Failed Dependency
            425 | Too Early
            426 | Upgrade Required
            428 | Precondition Required
            429 | Too Many Requests
            431 | Request Header Fields Too Large
            451 | Unavailable For Legal Reasons
            500 | Internal Server Error
            501 | Not Implemented
            502 | Bad Gateway
            503 | Service Unavailable
            504 | Gateway Timeout
            505 | HTTP Version Not Supported
            506 | Variant Also Negotiates
            507 | Insufficient Storage
            508 | Loop Detected
            509 | Bandwidth Limit Exceeded
            510 | Not Extended
            511 | Network Authentication Required
            """;

    /**
     * Python {@code http.HTTPStatus}: every member of CPython 3.11.7 and 3.13.0 (3.13 added
     * CONTENT_TOO_LARGE, URI_TOO_LONG, RANGE_NOT_SATISFIABLE and UNPROCESSABLE_CONTENT and gave
     * the old names the new phrases).
     */
    static final String PYTHON = """
            100 CONTINUE | Continue
            101 SWITCHING_PROTOCOLS | Switching Protocols
            102 PROCESSING | Processing
            103 EARLY_HINTS | Early Hints
            200 OK | OK
            201 CREATED | Created
            202 ACCEPTED | Accepted
            203 NON_AUTHORITATIVE_INFORMATION | Non-Authoritative Information
            204 NO_CONTENT | No Content
            205 RESET_CONTENT | Reset Content
            206 PARTIAL_CONTENT | Partial Content
            207 MULTI_STATUS | Multi-Status
            208 ALREADY_REPORTED | Already Reported
            226 IM_USED | IM Used
            300 MULTIPLE_CHOICES | Multiple Choices
            301 MOVED_PERMANENTLY | Moved Permanently
            302 FOUND | Found
            303 SEE_OTHER | See Other
            304 NOT_MODIFIED | Not Modified
            305 USE_PROXY | Use Proxy
            307 TEMPORARY_REDIRECT | Temporary Redirect
            308 PERMANENT_REDIRECT | Permanent Redirect
            400 BAD_REQUEST | Bad Request
            401 UNAUTHORIZED | Unauthorized
            402 PAYMENT_REQUIRED | Payment Required
            403 FORBIDDEN | Forbidden
            404 NOT_FOUND | Not Found
            405 METHOD_NOT_ALLOWED | Method Not Allowed
            406 NOT_ACCEPTABLE | Not Acceptable
            407 PROXY_AUTHENTICATION_REQUIRED | Proxy Authentication Required
            408 REQUEST_TIMEOUT | Request Timeout
            409 CONFLICT | Conflict
            410 GONE | Gone
            411 LENGTH_REQUIRED | Length Required
            412 PRECONDITION_FAILED | Precondition Failed
            413 CONTENT_TOO_LARGE | Content Too Large
            413 REQUEST_ENTITY_TOO_LARGE | Content Too Large
            413 REQUEST_ENTITY_TOO_LARGE | Request Entity Too Large
            414 REQUEST_URI_TOO_LONG | Request-URI Too Long
            414 REQUEST_URI_TOO_LONG | URI Too Long
            414 URI_TOO_LONG | URI Too Long
            415 UNSUPPORTED_MEDIA_TYPE | Unsupported Media Type
            416 RANGE_NOT_SATISFIABLE | Range Not Satisfiable
            416 REQUESTED_RANGE_NOT_SATISFIABLE | Range Not Satisfiable
            416 REQUESTED_RANGE_NOT_SATISFIABLE | Requested Range Not Satisfiable
            417 EXPECTATION_FAILED | Expectation Failed
            418 IM_A_TEAPOT | I'm a Teapot
            421 MISDIRECTED_REQUEST | Misdirected Request
            422 UNPROCESSABLE_CONTENT | Unprocessable Content
            422 UNPROCESSABLE_ENTITY | Unprocessable Content
            422 UNPROCESSABLE_ENTITY | Unprocessable Entity
            423 LOCKED | Locked
            424 FAILED_DEPENDENCY | Failed Dependency
            425 TOO_EARLY | Too Early
            426 UPGRADE_REQUIRED | Upgrade Required
            428 PRECONDITION_REQUIRED | Precondition Required
            429 TOO_MANY_REQUESTS | Too Many Requests
            431 REQUEST_HEADER_FIELDS_TOO_LARGE | Request Header Fields Too Large
            451 UNAVAILABLE_FOR_LEGAL_REASONS | Unavailable For Legal Reasons
            500 INTERNAL_SERVER_ERROR | Internal Server Error
            501 NOT_IMPLEMENTED | Not Implemented
            502 BAD_GATEWAY | Bad Gateway
            503 SERVICE_UNAVAILABLE | Service Unavailable
            504 GATEWAY_TIMEOUT | Gateway Timeout
            505 HTTP_VERSION_NOT_SUPPORTED | HTTP Version Not Supported
            506 VARIANT_ALSO_NEGOTIATES | Variant Also Negotiates
            507 INSUFFICIENT_STORAGE | Insufficient Storage
            508 LOOP_DETECTED | Loop Detected
            510 NOT_EXTENDED | Not Extended
            511 NETWORK_AUTHENTICATION_REQUIRED | Network Authentication Required
            """;

    /** Node.js 20.20.2 {@code require("http").STATUS_CODES}. */
    static final String NODE = """
            100 | Continue
            101 | Switching Protocols
            102 | Processing
            103 | Early Hints
            200 | OK
            201 | Created
            202 | Accepted
            203 | Non-Authoritative Information
            204 | No Content
            205 | Reset Content
            206 | Partial Content
            207 | Multi-Status
            208 | Already Reported
            226 | IM Used
            300 | Multiple Choices
            301 | Moved Permanently
            302 | Found
            303 | See Other
            304 | Not Modified
            305 | Use Proxy
            307 | Temporary Redirect
            308 | Permanent Redirect
            400 | Bad Request
            401 | Unauthorized
            402 | Payment Required
            403 | Forbidden
            404 | Not Found
            405 | Method Not Allowed
            406 | Not Acceptable
            407 | Proxy Authentication Required
            408 | Request Timeout
            409 | Conflict
            410 | Gone
            411 | Length Required
            412 | Precondition Failed
            413 | Payload Too Large
            414 | URI Too Long
            415 | Unsupported Media Type
            416 | Range Not Satisfiable
            417 | Expectation Failed
            418 | I'm a Teapot
            421 | Misdirected Request
            422 | Unprocessable Entity
            423 | Locked
            424 | Failed Dependency
            425 | Too Early
            426 | Upgrade Required
            428 | Precondition Required
            429 | Too Many Requests
            431 | Request Header Fields Too Large
            451 | Unavailable For Legal Reasons
            500 | Internal Server Error
            501 | Not Implemented
            502 | Bad Gateway
            503 | Service Unavailable
            504 | Gateway Timeout
            505 | HTTP Version Not Supported
            506 | Variant Also Negotiates
            507 | Insufficient Storage
            508 | Loop Detected
            509 | Bandwidth Limit Exceeded
            510 | Not Extended
            511 | Network Authentication Required
            """;

    static List<Arguments> constants() {
        List<Arguments> all = new ArrayList<>();
        add(all, "Spring HttpStatus", SPRING);
        add(all, "http-status", HTTP_STATUS);
        add(all, "statuses", STATUSES);
        add(all, "Python HTTPStatus", PYTHON);
        add(all, "Node STATUS_CODES", NODE);
        return all;
    }

    /** Rows are "code NAME | Phrase", "code | Phrase" or "code NAME". */
    private static void add(List<Arguments> all, String peer, String rows) {
        for (String row : rows.strip().split("\n")) {
            String[] parts = row.strip().split("\\|", 2);
            String[] head = parts[0].strip().split(" ", 2);
            all.add(Arguments.of(peer, Integer.parseInt(head[0]),
                    head.length > 1 ? head[1] : "", parts.length > 1 ? parts[1].strip() : ""));
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @MethodSource("constants")
    void everyPeerConstantHasAMeaningWithAMatchingPhrase(String peer, int code, String name,
            String phrase) {
        String wanted = normalise(phrase.isEmpty() ? name : phrase);
        assertThat(StatusCodes.meanings(code)).as("meanings of %s for %s's %s %s", code, peer,
                name, phrase).anySatisfy(m -> assertThat(normalise(m.reasonPhrase()))
                .contains(wanted));
    }

    /** Lower case, letters and digits only: "I'm a teapot" and "IM_A_TEAPOT" give "imateapot". */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
