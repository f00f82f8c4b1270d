package io.github.statuscodes;

/**
 * Every built-in meaning, as one compact table: number, vendor, reason phrase, retryability and
 * lifecycle ({@link Retryability} and {@link Lifecycle} by the ordinals below). The vendor holders ({@link Iana}, {@link AwsElb}, ...) take their constants from it,
 * so the lookups need neither the holders nor the long texts, which {@link BuiltInTexts} builds
 * on first use. This keeps the first {@link StatusCodes#of(int)} in a JVM
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

    /*
     * The built-in vendors by their index in Vendor.values(): a row keeps the index, so that
     * building the table does not load Vendor (DefaultCodesTest checks these against Vendor).
     */
    static final int IANA = 0;
    static final int IETF = 1;
    static final int NGINX = 2;
    static final int AWS_ELB = 3;
    static final int CLOUDFLARE = 4;
    static final int MICROSOFT_IIS = 5;
    static final int MICROSOFT = 6;
    static final int ESRI = 7;
    static final int LARAVEL = 8;
    static final int SPRING = 9;
    static final int TWITTER = 10;
    static final int SHOPIFY = 11;
    static final int APACHE = 12;
    static final int QUALYS = 13;
    static final int PANTHEON = 14;
    static final int LINKEDIN = 15;
    static final int CLOUDLINUX = 16;
    static final int ENVOY = 17;
    static final int HAPROXY = 18;
    static final int TRAEFIK = 19;
    static final int CADDY = 20;
    static final int GOOGLE_CLOUD_LB = 21;
    static final int AZURE_APP_GATEWAY = 22;
    static final int AWS_CLOUDFRONT = 23;
    static final int UNOFFICIAL = 24;

    /** Rows made so far; the next row's index. No initialiser: it counts while ALL is built. */
    private static int rows;

    private static final StatusCode[] ALL = {
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
     * {@link StatusCodes#of(int)} reads it directly, so that its first call in a JVM loads only
     * this table, {@code StatusCodes} and {@code StatusCode} (BENCHMARKS.md, "0.3.0 start-up").
     * The rule is {@link StatusCode#precedes}, the one {@link StatusRegistry} applies.
     */
    static final StatusCode[] PRIMARY = primaries();

    private DefaultCodes() {
    }

    private static StatusCode[] primaries() {
        StatusCode[] primary = new StatusCode[StatusRegistry.MAX - StatusRegistry.MIN + 1];
        for (StatusCode c : ALL) {
            int i = c.code() - StatusRegistry.MIN;
            if (primary[i] == null || c.precedes(primary[i])) {
                primary[i] = c;
            }
        }
        return primary;
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
            if (c.code() == code && c.vendor().equals(vendor)
                    && c.reasonPhrase().equals(reasonPhrase)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no built-in code " + code + " " + reasonPhrase + " of "
                + vendor);
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
}
