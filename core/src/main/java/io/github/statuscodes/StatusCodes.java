package io.github.statuscodes;

import static io.github.statuscodes.DefaultCodes.AFTER_CLIENT_ACTION;
import static io.github.statuscodes.DefaultCodes.ALWAYS;
import static io.github.statuscodes.DefaultCodes.AWS_ELB;
import static io.github.statuscodes.DefaultCodes.CLOUDFLARE;
import static io.github.statuscodes.DefaultCodes.CLOUDLINUX;
import static io.github.statuscodes.DefaultCodes.CURRENT;
import static io.github.statuscodes.DefaultCodes.DEPRECATED;
import static io.github.statuscodes.DefaultCodes.ESRI;
import static io.github.statuscodes.DefaultCodes.HISTORICAL;
import static io.github.statuscodes.DefaultCodes.IANA;
import static io.github.statuscodes.DefaultCodes.IDEMPOTENT_ONLY;
import static io.github.statuscodes.DefaultCodes.IETF;
import static io.github.statuscodes.DefaultCodes.LARAVEL;
import static io.github.statuscodes.DefaultCodes.LINKEDIN;
import static io.github.statuscodes.DefaultCodes.MICROSOFT;
import static io.github.statuscodes.DefaultCodes.MICROSOFT_IIS;
import static io.github.statuscodes.DefaultCodes.NEVER;
import static io.github.statuscodes.DefaultCodes.NGINX;
import static io.github.statuscodes.DefaultCodes.PANTHEON;
import static io.github.statuscodes.DefaultCodes.QUALYS;
import static io.github.statuscodes.DefaultCodes.RESERVED;
import static io.github.statuscodes.DefaultCodes.SHOPIFY;
import static io.github.statuscodes.DefaultCodes.SPRING;
import static io.github.statuscodes.DefaultCodes.TWITTER;
import static io.github.statuscodes.DefaultCodes.UNOFFICIAL;

import io.github.statuscodes.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: lookups in the built-in registry of every IANA status code and the widely met
 * non-standard ones (nginx, AWS ELB, Cloudflare, IIS, Esri, ...).
 *
 * <p>A static facade over {@link StatusRegistry#defaults()}; use a {@link StatusRegistry} of your
 * own for codes the library does not know. Thread-safe; lookups take no lock and do not allocate.
 *
 * <pre>{@code
 * StatusCodes.of(460).isRetryable();          // false: the client gave up by itself
 * StatusCodes.of(503).isRetryable("POST");    // true: the request was not processed
 * StatusCodes.of(499, Vendor.ESRI);           // Esri's "Token Required", not nginx's meaning
 * StatusCodes.meanings(420);                  // [Enhance Your Calm (Twitter), Shop Locked (Shopify),
 *                                             //  Method Failure (Spring)]
 * StatusCodes.resolve(520, name -> String.join(", ", okHttpResponse.headers(name)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StatusCodes {

    /** Rows made so far; the next row's index. No initialiser: it counts while TABLE is built. */
    private static int rows;

    /**
     * Every built-in meaning, one row each: number, vendor, reason phrase, retryability and
     * lifecycle (vendor, {@link Retryability} and {@link Lifecycle} by the indexes and ordinals of
     * {@link DefaultCodes}, which serves the table to the holders and the registry). The table
     * lives in this class, not a class of its own, so that the first {@link #of(int)} in a JVM
     * loads two classes of the library, this one and {@link StatusCode} (BENCHMARKS.md, "0.3.0
     * start-up"). Callers must not modify it.
     *
     * <p>The order decides the primary meaning of a number among meanings of the same
     * {@link Lifecycle} that IANA does not define: the row listed first wins. For the shared
     * numbers that means nginx's 499 before Esri's and Cloudflare's 530 before Pantheon's.
     */
    static final StatusCode[] TABLE = {
        // Iana
        row(100, IANA, "Continue", NEVER, CURRENT),
        row(101, IANA, "Switching Protocols", NEVER, CURRENT),
        row(102, IANA, "Processing", NEVER, CURRENT),
        row(103, IANA, "Early Hints", NEVER, CURRENT),
        row(104, IANA, "Upload Resumption Supported", NEVER, CURRENT),
        row(200, IANA, "OK", NEVER, CURRENT),
        row(201, IANA, "Created", NEVER, CURRENT),
        row(202, IANA, "Accepted", NEVER, CURRENT),
        row(203, IANA, "Non-Authoritative Information", NEVER, CURRENT),
        row(204, IANA, "No Content", NEVER, CURRENT),
        row(205, IANA, "Reset Content", NEVER, CURRENT),
        row(206, IANA, "Partial Content", NEVER, CURRENT),
        row(207, IANA, "Multi-Status", NEVER, CURRENT),
        row(208, IANA, "Already Reported", NEVER, CURRENT),
        row(226, IANA, "IM Used", NEVER, CURRENT),
        row(300, IANA, "Multiple Choices", NEVER, CURRENT),
        row(301, IANA, "Moved Permanently", NEVER, CURRENT),
        row(302, IANA, "Found", NEVER, CURRENT),
        row(302, IANA, "Moved Temporarily", NEVER, DEPRECATED),
        row(303, IANA, "See Other", NEVER, CURRENT),
        row(304, IANA, "Not Modified", NEVER, CURRENT),
        row(305, IANA, "Use Proxy", NEVER, DEPRECATED),
        row(306, IANA, "(Unused)", NEVER, RESERVED),
        row(307, IANA, "Temporary Redirect", NEVER, CURRENT),
        row(308, IANA, "Permanent Redirect", NEVER, CURRENT),
        row(400, IANA, "Bad Request", NEVER, CURRENT),
        row(401, IANA, "Unauthorized", AFTER_CLIENT_ACTION, CURRENT),
        row(402, IANA, "Payment Required", NEVER, CURRENT),
        row(403, IANA, "Forbidden", NEVER, CURRENT),
        row(404, IANA, "Not Found", NEVER, CURRENT),
        row(405, IANA, "Method Not Allowed", NEVER, CURRENT),
        row(406, IANA, "Not Acceptable", NEVER, CURRENT),
        row(407, IANA, "Proxy Authentication Required", AFTER_CLIENT_ACTION, CURRENT),
        row(408, IANA, "Request Timeout", ALWAYS, CURRENT),
        row(409, IANA, "Conflict", NEVER, CURRENT),
        row(410, IANA, "Gone", NEVER, CURRENT),
        row(411, IANA, "Length Required", NEVER, CURRENT),
        row(412, IANA, "Precondition Failed", NEVER, CURRENT),
        row(413, IANA, "Content Too Large", NEVER, CURRENT),
        row(413, IANA, "Payload Too Large", NEVER, DEPRECATED),
        row(413, IANA, "Request Entity Too Large", NEVER, DEPRECATED),
        row(414, IANA, "URI Too Long", NEVER, CURRENT),
        row(414, IANA, "Request-URI Too Long", NEVER, DEPRECATED),
        row(415, IANA, "Unsupported Media Type", NEVER, CURRENT),
        row(416, IANA, "Range Not Satisfiable", NEVER, CURRENT),
        row(416, IANA, "Requested Range Not Satisfiable", NEVER, DEPRECATED),
        row(417, IANA, "Expectation Failed", NEVER, CURRENT),
        row(418, IANA, "(Unused)", NEVER, RESERVED),
        row(421, IANA, "Misdirected Request", AFTER_CLIENT_ACTION, CURRENT),
        row(422, IANA, "Unprocessable Content", NEVER, CURRENT),
        row(422, IANA, "Unprocessable Entity", NEVER, DEPRECATED),
        row(423, IANA, "Locked", NEVER, CURRENT),
        row(424, IANA, "Failed Dependency", NEVER, CURRENT),
        row(425, IANA, "Too Early", ALWAYS, CURRENT),
        row(426, IANA, "Upgrade Required", AFTER_CLIENT_ACTION, CURRENT),
        row(428, IANA, "Precondition Required", NEVER, CURRENT),
        row(429, IANA, "Too Many Requests", ALWAYS, CURRENT),
        row(431, IANA, "Request Header Fields Too Large", NEVER, CURRENT),
        row(451, IANA, "Unavailable For Legal Reasons", NEVER, CURRENT),
        row(500, IANA, "Internal Server Error", IDEMPOTENT_ONLY, CURRENT),
        row(501, IANA, "Not Implemented", NEVER, CURRENT),
        row(502, IANA, "Bad Gateway", IDEMPOTENT_ONLY, CURRENT),
        row(503, IANA, "Service Unavailable", ALWAYS, CURRENT),
        row(504, IANA, "Gateway Timeout", IDEMPOTENT_ONLY, CURRENT),
        row(505, IANA, "HTTP Version Not Supported", NEVER, CURRENT),
        row(506, IANA, "Variant Also Negotiates", NEVER, CURRENT),
        row(507, IANA, "Insufficient Storage", NEVER, CURRENT),
        row(508, IANA, "Loop Detected", NEVER, CURRENT),
        row(510, IANA, "Not Extended (OBSOLETED)", NEVER, HISTORICAL),
        row(511, IANA, "Network Authentication Required", AFTER_CLIENT_ACTION, CURRENT),
        // Ietf
        row(306, IETF, "Switch Proxy", NEVER, HISTORICAL),
        row(418, IETF, "I'm a teapot", NEVER, CURRENT),
        row(425, IETF, "Unordered Collection", NEVER, HISTORICAL),
        // Nginx
        logOnly(444, NGINX, "No Response", NEVER, CURRENT),
        row(494, NGINX, "Request Header Too Large", NEVER, CURRENT),
        row(495, NGINX, "SSL Certificate Error", AFTER_CLIENT_ACTION, CURRENT),
        row(496, NGINX, "SSL Certificate Required", AFTER_CLIENT_ACTION, CURRENT),
        row(497, NGINX, "HTTP Request Sent to HTTPS Port", AFTER_CLIENT_ACTION, CURRENT),
        logOnly(499, NGINX, "Client Closed Request", AFTER_CLIENT_ACTION, CURRENT),
        // AwsElb
        logOnly(460, AWS_ELB, "Client Closed Connection", AFTER_CLIENT_ACTION, CURRENT),
        row(463, AWS_ELB, "Too Many IP Addresses in X-Forwarded-For", NEVER, CURRENT),
        row(464, AWS_ELB, "Incompatible Protocol Version", NEVER, CURRENT),
        row(561, AWS_ELB, "Unauthorized", AFTER_CLIENT_ACTION, CURRENT),
        // Cloudflare
        row(520, CLOUDFLARE, "Web Server Returns an Unknown Error", IDEMPOTENT_ONLY, CURRENT),
        row(521, CLOUDFLARE, "Web Server Is Down", ALWAYS, CURRENT),
        row(522, CLOUDFLARE, "Connection Timed Out", ALWAYS, CURRENT),
        row(523, CLOUDFLARE, "Origin Is Unreachable", ALWAYS, CURRENT),
        row(524, CLOUDFLARE, "A Timeout Occurred", IDEMPOTENT_ONLY, CURRENT),
        row(525, CLOUDFLARE, "SSL Handshake Failed", NEVER, CURRENT),
        row(526, CLOUDFLARE, "Invalid SSL Certificate", NEVER, CURRENT),
        row(527, CLOUDFLARE, "Railgun Error", IDEMPOTENT_ONLY, HISTORICAL),
        row(530, CLOUDFLARE, "Origin DNS Error", NEVER, CURRENT),
        // MicrosoftIis
        row(440, MICROSOFT_IIS, "Login Timeout", AFTER_CLIENT_ACTION, CURRENT),
        row(449, MICROSOFT_IIS, "Retry With", AFTER_CLIENT_ACTION, CURRENT),
        row(451, MICROSOFT_IIS, "Redirect", AFTER_CLIENT_ACTION, CURRENT),
        row(456, MICROSOFT_IIS, "Blocked", NEVER, CURRENT),
        row(457, MICROSOFT_IIS, "Expired Password", AFTER_CLIENT_ACTION, CURRENT),
        // Microsoft
        row(450, MICROSOFT, "Blocked by Windows Parental Controls", NEVER, CURRENT),
        // Esri
        row(498, ESRI, "Invalid Token", AFTER_CLIENT_ACTION, CURRENT),
        row(499, ESRI, "Token Required", AFTER_CLIENT_ACTION, CURRENT),
        // Laravel
        row(419, LARAVEL, "Page Expired", AFTER_CLIENT_ACTION, CURRENT),
        // Twitter
        row(420, TWITTER, "Enhance Your Calm", ALWAYS, DEPRECATED),
        // Spring
        row(103, SPRING, "Checkpoint", NEVER, HISTORICAL),
        row(419, SPRING, "Insufficient Space on Resource", NEVER, HISTORICAL),
        row(420, SPRING, "Method Failure", NEVER, HISTORICAL),
        row(421, SPRING, "Destination Locked", NEVER, HISTORICAL),
        // Shopify
        row(430, SHOPIFY, "Shopify Security Rejection", NEVER, CURRENT),
        row(430, SHOPIFY, "Request Header Fields Too Large", ALWAYS, DEPRECATED),
        row(420, SHOPIFY, "Shop Locked", NEVER, DEPRECATED),
        row(530, SHOPIFY, "Origin DNS Error", NEVER, CURRENT),
        row(540, SHOPIFY, "Temporarily Disabled", ALWAYS, CURRENT),
        row(783, SHOPIFY, "Unexpected Token", NEVER, CURRENT),
        // Qualys
        row(529, QUALYS, "Service Is Overloaded", ALWAYS, CURRENT),
        // Pantheon
        row(530, PANTHEON, "Site Is Frozen", NEVER, CURRENT),
        // LinkedIn
        row(999, LINKEDIN, "Request Denied", NEVER, CURRENT),
        // Unofficial
        row(218, UNOFFICIAL, "This Is Fine", NEVER, CURRENT),
        row(509, UNOFFICIAL, "Bandwidth Limit Exceeded", NEVER, CURRENT),
        row(598, UNOFFICIAL, "Network Read Timeout Error", IDEMPOTENT_ONLY, CURRENT),
        row(599, UNOFFICIAL, "Network Connect Timeout Error", ALWAYS, CURRENT),
        // CloudLinux
        row(508, CLOUDLINUX, "Resource Limit Is Reached", ALWAYS, CURRENT),
    };

    /**
     * The primary meaning by {@code code - 100}, null where nobody defines the number:
     * {@link #of(int)} reads it directly, so that its first call in a JVM loads only
     * {@code StatusCodes} and {@code StatusCode} (BENCHMARKS.md, "0.3.0 start-up").
     * The rule is {@link StatusCode#precedes}, the one {@link StatusRegistry} applies.
     */
    static final StatusCode[] PRIMARY = primaries();

    private StatusCodes() {
    }

    private static StatusCode[] primaries() {
        StatusCode[] primary = new StatusCode[StatusRegistry.MAX - StatusRegistry.MIN + 1];
        for (StatusCode c : TABLE) {
            int i = c.code() - StatusRegistry.MIN;
            if (primary[i] == null || c.precedes(primary[i])) {
                primary[i] = c;
            }
        }
        return primary;
    }

    private static StatusCode row(int code, int vendor, String reasonPhrase, int retryability,
            int lifecycle) {
        return new StatusCode(code, reasonPhrase, vendor, retryability, lifecycle, false, rows++);
    }

    /** A code only ever written to a log, never sent to a client (see StatusCode.isLogOnly). */
    private static StatusCode logOnly(int code, int vendor, String reasonPhrase,
            int retryability, int lifecycle) {
        return new StatusCode(code, reasonPhrase, vendor, retryability, lifecycle, true, rows++);
    }

    /**
     * Returns the primary meaning of a number: the IANA one where it exists, else the most widely
     * seen. Numbers 100 to 999 that nobody defines give a shared
     * {@linkplain StatusCode#isRegistered() unregistered} code of the right class; this method
     * never throws for them. O(1), no allocation, the same instance every time.
     *
     * @param code the status code
     * @return the primary meaning, never null
     * @throws IllegalArgumentException if {@code code} is outside 100..999, naming the value
     */
    public static StatusCode of(int code) {
        // StatusRegistry.of on the default registry, without loading StatusRegistry: the first
        // call in a JVM loads only this class and StatusCode (BENCHMARKS.md, "0.3.0 start-up");
        // StatusCodesTest checks that both agree on every int.
        int i = code - StatusRegistry.MIN;
        if (i < 0 || i > StatusRegistry.MAX - StatusRegistry.MIN) {
            throw new IllegalArgumentException(Checks.outOfRange(code));
        }
        StatusCode c = PRIMARY[i];
        return c != null ? c : StatusRegistry.Unregistered.CODES[i];
    }

    /**
     * Returns the vendor's meaning of a number, else {@link #of(int)}.
     *
     * @param code the status code
     * @param vendor the vendor that produced the response
     * @return the vendor's meaning, else the primary one
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     * @throws NullPointerException if {@code vendor} is null
     * @see StatusRegistry#of(int, Vendor)
     */
    public static StatusCode of(int code, Vendor vendor) {
        return StatusRegistry.defaults().of(code, vendor);
    }

    /**
     * Returns the meaning of a response's code, telling the vendor from its headers.
     *
     * @param code the status code
     * @param headers a header accessor: name (case-insensitive) to the header's value (all values
     *     joined with {@code ", "} if it occurs more than once), or null if absent
     * @return the detected vendor's meaning where it defines one, else the primary
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     * @throws NullPointerException if {@code headers} is null
     * @see StatusRegistry#resolve(int, Function)
     */
    public static StatusCode resolve(int code, Function<String, @Nullable String> headers) {
        return StatusRegistry.defaults().resolve(code, headers);
    }

    /**
     * Returns the meaning of a response's code, telling the vendor from a header map such as
     * {@code HttpURLConnection.getHeaderFields()} or {@code java.net.http.HttpHeaders.map()}.
     * Header names are matched case-insensitively; null keys and values are ignored.
     *
     * @param code the status code
     * @param headers the response headers
     * @return the detected vendor's meaning where it defines one, else the primary
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     * @throws NullPointerException if {@code headers} is null
     */
    public static StatusCode resolve(int code, Map<String, ? extends List<String>> headers) {
        return StatusRegistry.defaults().resolve(code, headers);
    }

    /**
     * Finds the registered primary meaning of a number.
     *
     * @param code any int
     * @return the primary meaning; empty for numbers nobody defines and outside 100..999
     */
    public static Optional<StatusCode> find(int code) {
        return StatusRegistry.defaults().find(code);
    }

    /**
     * Finds one vendor's meaning of a number, without falling back to the primary one.
     *
     * @param code any int
     * @param vendor the vendor
     * @return the vendor's meaning, or empty
     * @throws NullPointerException if {@code vendor} is null
     */
    public static Optional<StatusCode> find(int code, Vendor vendor) {
        return StatusRegistry.defaults().find(code, vendor);
    }

    /**
     * Returns every registered meaning of a number, the primary first.
     *
     * @param code the status code
     * @return an immutable list; empty if nobody defines the number
     * @throws IllegalArgumentException if {@code code} is outside 100..999
     */
    public static List<StatusCode> meanings(int code) {
        return StatusRegistry.defaults().meanings(code);
    }

    /**
     * Returns every registered meaning, by number, the primary meaning of each number first.
     *
     * @return an immutable list
     */
    public static List<StatusCode> all() {
        return StatusRegistry.defaults().all();
    }

    /**
     * Returns one vendor's codes in ascending order.
     *
     * @param vendor the vendor
     * @return an immutable list; empty if the vendor has no built-in code
     * @throws NullPointerException if {@code vendor} is null
     */
    public static List<StatusCode> byVendor(Vendor vendor) {
        return StatusRegistry.defaults().byVendor(vendor);
    }
}
