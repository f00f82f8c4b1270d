package io.github.statuscodes;

/**
 * Every built-in meaning, as one compact table: number, vendor, reason phrase, retryability and
 * lifecycle ({@link Retryability} and {@link Lifecycle} by the ordinals below). The vendor holders ({@link Iana}, {@link AwsElb}, ...) take their constants from it,
 * so the lookups need neither the holders nor the long texts, which {@link BuiltInTexts} reads
 * from {@code texts.txt} on first use. This keeps the first {@link StatusCodes#of(int)} in a JVM
 * to a handful of classes (BENCHMARKS.md, section 3).
 *
 * <p>The order decides the primary meaning of a number among meanings of the same
 * {@link Lifecycle} that IANA does not define: the row listed first wins. For the shared numbers
 * that means nginx's 499 before Esri's and Cloudflare's 530 before Pantheon's.
 */
final class DefaultCodes {
    /*
     * The ordinals of Retryability and Lifecycle, as compile-time constants: the table then loads
     * neither enum (StatusCode keeps ordinals; DefaultCodesTest checks these against the enums).
     */
    static final int NEVER = 0;
    static final int AFTER_CLIENT_ACTION = 1;
    static final int IDEMPOTENT_ONLY = 2;
    static final int ALWAYS = 3;
    static final int CURRENT = 0;
    static final int DEPRECATED = 1;
    static final int HISTORICAL = 2;
    static final int RESERVED = 3;

    /** Rows made so far; the next row's index. No initialiser: it counts while ALL is built. */
    private static int rows;

    private static final StatusCode[] ALL = {
        // Iana
        row(100, Vendor.IANA, "Continue", NEVER, CURRENT),
        row(101, Vendor.IANA, "Switching Protocols", NEVER, CURRENT),
        row(102, Vendor.IANA, "Processing", NEVER, CURRENT),
        row(103, Vendor.IANA, "Early Hints", NEVER, CURRENT),
        row(104, Vendor.IANA, "Upload Resumption Supported", NEVER, CURRENT),
        row(200, Vendor.IANA, "OK", NEVER, CURRENT),
        row(201, Vendor.IANA, "Created", NEVER, CURRENT),
        row(202, Vendor.IANA, "Accepted", NEVER, CURRENT),
        row(203, Vendor.IANA, "Non-Authoritative Information", NEVER, CURRENT),
        row(204, Vendor.IANA, "No Content", NEVER, CURRENT),
        row(205, Vendor.IANA, "Reset Content", NEVER, CURRENT),
        row(206, Vendor.IANA, "Partial Content", NEVER, CURRENT),
        row(207, Vendor.IANA, "Multi-Status", NEVER, CURRENT),
        row(208, Vendor.IANA, "Already Reported", NEVER, CURRENT),
        row(226, Vendor.IANA, "IM Used", NEVER, CURRENT),
        row(300, Vendor.IANA, "Multiple Choices", NEVER, CURRENT),
        row(301, Vendor.IANA, "Moved Permanently", NEVER, CURRENT),
        row(302, Vendor.IANA, "Found", NEVER, CURRENT),
        row(302, Vendor.IANA, "Moved Temporarily", NEVER, DEPRECATED),
        row(303, Vendor.IANA, "See Other", NEVER, CURRENT),
        row(304, Vendor.IANA, "Not Modified", NEVER, CURRENT),
        row(305, Vendor.IANA, "Use Proxy", NEVER, DEPRECATED),
        row(306, Vendor.IANA, "(Unused)", NEVER, RESERVED),
        row(307, Vendor.IANA, "Temporary Redirect", NEVER, CURRENT),
        row(308, Vendor.IANA, "Permanent Redirect", NEVER, CURRENT),
        row(400, Vendor.IANA, "Bad Request", NEVER, CURRENT),
        row(401, Vendor.IANA, "Unauthorized", AFTER_CLIENT_ACTION, CURRENT),
        row(402, Vendor.IANA, "Payment Required", NEVER, CURRENT),
        row(403, Vendor.IANA, "Forbidden", NEVER, CURRENT),
        row(404, Vendor.IANA, "Not Found", NEVER, CURRENT),
        row(405, Vendor.IANA, "Method Not Allowed", NEVER, CURRENT),
        row(406, Vendor.IANA, "Not Acceptable", NEVER, CURRENT),
        row(407, Vendor.IANA, "Proxy Authentication Required", AFTER_CLIENT_ACTION, CURRENT),
        row(408, Vendor.IANA, "Request Timeout", ALWAYS, CURRENT),
        row(409, Vendor.IANA, "Conflict", NEVER, CURRENT),
        row(410, Vendor.IANA, "Gone", NEVER, CURRENT),
        row(411, Vendor.IANA, "Length Required", NEVER, CURRENT),
        row(412, Vendor.IANA, "Precondition Failed", NEVER, CURRENT),
        row(413, Vendor.IANA, "Content Too Large", NEVER, CURRENT),
        row(413, Vendor.IANA, "Payload Too Large", NEVER, DEPRECATED),
        row(413, Vendor.IANA, "Request Entity Too Large", NEVER, DEPRECATED),
        row(414, Vendor.IANA, "URI Too Long", NEVER, CURRENT),
        row(414, Vendor.IANA, "Request-URI Too Long", NEVER, DEPRECATED),
        row(415, Vendor.IANA, "Unsupported Media Type", NEVER, CURRENT),
        row(416, Vendor.IANA, "Range Not Satisfiable", NEVER, CURRENT),
        row(416, Vendor.IANA, "Requested Range Not Satisfiable", NEVER, DEPRECATED),
        row(417, Vendor.IANA, "Expectation Failed", NEVER, CURRENT),
        row(418, Vendor.IANA, "(Unused)", NEVER, RESERVED),
        row(421, Vendor.IANA, "Misdirected Request", AFTER_CLIENT_ACTION, CURRENT),
        row(422, Vendor.IANA, "Unprocessable Content", NEVER, CURRENT),
        row(422, Vendor.IANA, "Unprocessable Entity", NEVER, DEPRECATED),
        row(423, Vendor.IANA, "Locked", NEVER, CURRENT),
        row(424, Vendor.IANA, "Failed Dependency", NEVER, CURRENT),
        row(425, Vendor.IANA, "Too Early", ALWAYS, CURRENT),
        row(426, Vendor.IANA, "Upgrade Required", AFTER_CLIENT_ACTION, CURRENT),
        row(428, Vendor.IANA, "Precondition Required", NEVER, CURRENT),
        row(429, Vendor.IANA, "Too Many Requests", ALWAYS, CURRENT),
        row(431, Vendor.IANA, "Request Header Fields Too Large", NEVER, CURRENT),
        row(451, Vendor.IANA, "Unavailable For Legal Reasons", NEVER, CURRENT),
        row(500, Vendor.IANA, "Internal Server Error", IDEMPOTENT_ONLY, CURRENT),
        row(501, Vendor.IANA, "Not Implemented", NEVER, CURRENT),
        row(502, Vendor.IANA, "Bad Gateway", IDEMPOTENT_ONLY, CURRENT),
        row(503, Vendor.IANA, "Service Unavailable", ALWAYS, CURRENT),
        row(504, Vendor.IANA, "Gateway Timeout", IDEMPOTENT_ONLY, CURRENT),
        row(505, Vendor.IANA, "HTTP Version Not Supported", NEVER, CURRENT),
        row(506, Vendor.IANA, "Variant Also Negotiates", NEVER, CURRENT),
        row(507, Vendor.IANA, "Insufficient Storage", NEVER, CURRENT),
        row(508, Vendor.IANA, "Loop Detected", NEVER, CURRENT),
        row(510, Vendor.IANA, "Not Extended (OBSOLETED)", NEVER, HISTORICAL),
        row(511, Vendor.IANA, "Network Authentication Required", AFTER_CLIENT_ACTION, CURRENT),
        // Ietf
        row(306, Vendor.IETF, "Switch Proxy", NEVER, HISTORICAL),
        row(418, Vendor.IETF, "I'm a teapot", NEVER, CURRENT),
        row(425, Vendor.IETF, "Unordered Collection", NEVER, HISTORICAL),
        // Nginx
        logOnly(444, Vendor.NGINX, "No Response", NEVER, CURRENT),
        row(494, Vendor.NGINX, "Request Header Too Large", NEVER, CURRENT),
        row(495, Vendor.NGINX, "SSL Certificate Error", AFTER_CLIENT_ACTION, CURRENT),
        row(496, Vendor.NGINX, "SSL Certificate Required", AFTER_CLIENT_ACTION, CURRENT),
        row(497, Vendor.NGINX, "HTTP Request Sent to HTTPS Port", AFTER_CLIENT_ACTION, CURRENT),
        logOnly(499, Vendor.NGINX, "Client Closed Request", AFTER_CLIENT_ACTION, CURRENT),
        // AwsElb
        logOnly(460, Vendor.AWS_ELB, "Client Closed Connection", AFTER_CLIENT_ACTION, CURRENT),
        row(463, Vendor.AWS_ELB, "Too Many IP Addresses in X-Forwarded-For", NEVER, CURRENT),
        row(464, Vendor.AWS_ELB, "Incompatible Protocol Version", NEVER, CURRENT),
        row(561, Vendor.AWS_ELB, "Unauthorized", AFTER_CLIENT_ACTION, CURRENT),
        // Cloudflare
        row(520, Vendor.CLOUDFLARE, "Web Server Returns an Unknown Error", IDEMPOTENT_ONLY, CURRENT),
        row(521, Vendor.CLOUDFLARE, "Web Server Is Down", ALWAYS, CURRENT),
        row(522, Vendor.CLOUDFLARE, "Connection Timed Out", ALWAYS, CURRENT),
        row(523, Vendor.CLOUDFLARE, "Origin Is Unreachable", ALWAYS, CURRENT),
        row(524, Vendor.CLOUDFLARE, "A Timeout Occurred", IDEMPOTENT_ONLY, CURRENT),
        row(525, Vendor.CLOUDFLARE, "SSL Handshake Failed", NEVER, CURRENT),
        row(526, Vendor.CLOUDFLARE, "Invalid SSL Certificate", NEVER, CURRENT),
        row(527, Vendor.CLOUDFLARE, "Railgun Error", IDEMPOTENT_ONLY, HISTORICAL),
        row(530, Vendor.CLOUDFLARE, "Origin DNS Error", NEVER, CURRENT),
        // MicrosoftIis
        row(440, Vendor.MICROSOFT_IIS, "Login Timeout", AFTER_CLIENT_ACTION, CURRENT),
        row(449, Vendor.MICROSOFT_IIS, "Retry With", AFTER_CLIENT_ACTION, CURRENT),
        row(451, Vendor.MICROSOFT_IIS, "Redirect", AFTER_CLIENT_ACTION, CURRENT),
        row(456, Vendor.MICROSOFT_IIS, "Blocked", NEVER, CURRENT),
        row(457, Vendor.MICROSOFT_IIS, "Expired Password", AFTER_CLIENT_ACTION, CURRENT),
        // Microsoft
        row(450, Vendor.MICROSOFT, "Blocked by Windows Parental Controls", NEVER, CURRENT),
        // Esri
        row(498, Vendor.ESRI, "Invalid Token", AFTER_CLIENT_ACTION, CURRENT),
        row(499, Vendor.ESRI, "Token Required", AFTER_CLIENT_ACTION, CURRENT),
        // Laravel
        row(419, Vendor.LARAVEL, "Page Expired", AFTER_CLIENT_ACTION, CURRENT),
        // Twitter
        row(420, Vendor.TWITTER, "Enhance Your Calm", ALWAYS, DEPRECATED),
        // Spring
        row(103, Vendor.SPRING, "Checkpoint", NEVER, HISTORICAL),
        row(419, Vendor.SPRING, "Insufficient Space on Resource", NEVER, HISTORICAL),
        row(420, Vendor.SPRING, "Method Failure", NEVER, HISTORICAL),
        row(421, Vendor.SPRING, "Destination Locked", NEVER, HISTORICAL),
        // Shopify
        row(430, Vendor.SHOPIFY, "Shopify Security Rejection", NEVER, CURRENT),
        row(430, Vendor.SHOPIFY, "Request Header Fields Too Large", ALWAYS, DEPRECATED),
        row(420, Vendor.SHOPIFY, "Shop Locked", NEVER, DEPRECATED),
        row(530, Vendor.SHOPIFY, "Origin DNS Error", NEVER, CURRENT),
        row(540, Vendor.SHOPIFY, "Temporarily Disabled", ALWAYS, CURRENT),
        row(783, Vendor.SHOPIFY, "Unexpected Token", NEVER, CURRENT),
        // Qualys
        row(529, Vendor.QUALYS, "Service Is Overloaded", ALWAYS, CURRENT),
        // Pantheon
        row(530, Vendor.PANTHEON, "Site Is Frozen", NEVER, CURRENT),
        // LinkedIn
        row(999, Vendor.LINKEDIN, "Request Denied", NEVER, CURRENT),
        // Unofficial
        row(218, Vendor.UNOFFICIAL, "This Is Fine", NEVER, CURRENT),
        row(509, Vendor.UNOFFICIAL, "Bandwidth Limit Exceeded", NEVER, CURRENT),
        row(598, Vendor.UNOFFICIAL, "Network Read Timeout Error", IDEMPOTENT_ONLY, CURRENT),
        row(599, Vendor.UNOFFICIAL, "Network Connect Timeout Error", ALWAYS, CURRENT),
        // CloudLinux
        row(508, Vendor.CLOUDLINUX, "Resource Limit Is Reached", ALWAYS, CURRENT),
    };

    private DefaultCodes() {
    }

    /** The table, in registration order; callers must not modify it. */
    static StatusCode[] all() {
        return ALL;
    }

    /**
     * Returns the row a holder constant names.
     *
     * @throws IllegalArgumentException if the table has no such row: a holder and the table
     *     disagree (not IllegalStateException: verifying this class would load it from the
     *     runtime image, on the start-up path, while IllegalArgumentException is in the JDK's
     *     shared archive)
     */
    static StatusCode get(int code, Vendor vendor, String reasonPhrase) {
        for (StatusCode c : ALL) {
            if (c.code() == code && c.vendor() == vendor && c.reasonPhrase().equals(reasonPhrase)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no built-in code " + code + " " + reasonPhrase + " of "
                + vendor);
    }

    private static StatusCode row(int code, Vendor vendor, String reasonPhrase, int retryability,
            int lifecycle) {
        return new StatusCode(code, reasonPhrase, vendor, retryability, lifecycle, false, rows++);
    }

    /** A code only ever written to a log, never sent to a client (see StatusCode.isLogOnly). */
    private static StatusCode logOnly(int code, Vendor vendor, String reasonPhrase,
            int retryability, int lifecycle) {
        return new StatusCode(code, reasonPhrase, vendor, retryability, lifecycle, true, rows++);
    }
}
