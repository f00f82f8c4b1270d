package io.github.statuscodes;

import io.github.statuscodes.internal.Checks;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who defines a status code: IANA for the registered codes, or the product or company whose
 * software sends a non-standard one.
 *
 * <p>An enum-like final class: the built-in vendors are constants compared by identity and listed
 * by {@link #values()}; users create their own with {@link #of(String, String, URI)}. Two vendors
 * are equal when their {@link #id()}s are equal. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Vendor acme = Vendor.of("acme", "Acme Corp", URI.create("https://acme.example/errors"));
 * StatusCode quota = StatusCode.builder(590, "Upstream Quota").vendor(acme).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Vendor {

    /** The IANA HTTP Status Code Registry: every code defined by an RFC. */
    public static final Vendor IANA = new Vendor("iana", "IANA",
            "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml");
    /**
     * IETF documents outside the IANA registry: the April Fools' RFCs 2324 and 7168 (418
     * <i>I'm a teapot</i>) and expired Internet-Drafts (306 <i>Switch Proxy</i>).
     *
     * @since 0.2.0
     */
    public static final Vendor IETF = new Vendor("ietf", "IETF",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19");
    /** nginx, the web server and reverse proxy. */
    public static final Vendor NGINX = new Vendor("nginx", "nginx", "https://nginx.org/");
    /** AWS Elastic Load Balancing (Application and Classic Load Balancers). */
    public static final Vendor AWS_ELB = new Vendor("aws-elb", "AWS Elastic Load Balancing",
            "https://docs.aws.amazon.com/elasticloadbalancing/");
    /**
     * Cloudflare, the CDN and reverse proxy. Its edge also logs 499 in nginx's meaning, so
     * {@code StatusCodes.of(499, Vendor.CLOUDFLARE)} is {@link Nginx#CLIENT_CLOSED_REQUEST}.
     *
     * @see <a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/">Cloudflare: 4xx client errors</a>
     */
    public static final Vendor CLOUDFLARE = new Vendor("cloudflare", "Cloudflare",
            "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/");
    /**
     * Microsoft Internet Information Services (IIS) and the Microsoft server software it hosts:
     * Outlook Web Access, Microsoft's WebDAV extensions and Exchange ActiveSync.
     */
    public static final Vendor MICROSOFT_IIS = new Vendor("iis", "Microsoft IIS",
            "https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code");
    /** Microsoft products other than IIS and the software it hosts (Windows). */
    public static final Vendor MICROSOFT = new Vendor("microsoft", "Microsoft",
            "https://learn.microsoft.com/");
    /** Esri ArcGIS (ArcGIS Server, ArcGIS Enterprise, ArcGIS Online). */
    public static final Vendor ESRI = new Vendor("esri", "Esri ArcGIS",
            "https://developers.arcgis.com/rest/");
    /** The Laravel PHP framework. */
    public static final Vendor LARAVEL = new Vendor("laravel", "Laravel", "https://laravel.com/");
    /**
     * The Spring Framework, whose {@code HttpStatus} enum carried codes of WebDAV drafts and of a
     * resumable-upload proposal, deprecated and later removed.
     */
    public static final Vendor SPRING = new Vendor("spring", "Spring Framework",
            "https://spring.io/projects/spring-framework");
    /** Twitter (now X), its version 1 API. */
    public static final Vendor TWITTER = new Vendor("twitter", "Twitter",
            "https://developer.x.com/");
    /** Shopify, the commerce platform and its APIs. */
    public static final Vendor SHOPIFY = new Vendor("shopify", "Shopify",
            "https://shopify.dev/docs/api/usage/response-codes");
    /**
     * The Apache HTTP Server. It defines no non-standard codes of its own: the 218 and 509 often
     * attributed to it are informal conventions ({@link Unofficial}). The vendor still names
     * responses that come from Apache ({@code Server: Apache}).
     */
    public static final Vendor APACHE = new Vendor("apache", "Apache HTTP Server",
            "https://httpd.apache.org/");
    /** Qualys SSL Labs. */
    public static final Vendor QUALYS = new Vendor("qualys", "Qualys SSL Labs",
            "https://www.ssllabs.com/");
    /** Pantheon, the website hosting platform. */
    public static final Vendor PANTHEON = new Vendor("pantheon", "Pantheon",
            "https://pantheon.io/");
    /** LinkedIn. */
    public static final Vendor LINKEDIN = new Vendor("linkedin", "LinkedIn",
            "https://www.linkedin.com/");
    /**
     * CloudLinux, the operating system of much shared web hosting, whose per-account resource
     * limits (LVE) answer 508 through hosting panels such as cPanel and Plesk.
     *
     * @since 0.2.0
     */
    public static final Vendor CLOUDLINUX = new Vendor("cloudlinux", "CloudLinux",
            "https://docs.cloudlinux.com/cloudlinuxos/limits/");
    /**
     * Envoy, the proxy under Istio and many service meshes and gateways. It logs a client that
     * gave up as response code 0 with the flag {@code DC} ({@link LogSignals}).
     *
     * @since 0.3.0
     */
    public static final Vendor ENVOY = new Vendor("envoy", "Envoy",
            "https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage");
    /**
     * HAProxy, the load balancer. Its access log tells how a request ended by a two-letter
     * termination state ({@link LogSignals}), whatever the status.
     *
     * @since 0.3.0
     */
    public static final Vendor HAPROXY = new Vendor("haproxy", "HAProxy",
            "https://docs.haproxy.org/dev/configuration.html#8.5");
    /**
     * Traefik Proxy. It logs a client that closed the connection as 499 in nginx's meaning
     * ({@code StatusClientClosedRequest} in its reverse proxy), so
     * {@code StatusCodes.of(499, Vendor.TRAEFIK)} is {@link Nginx#CLIENT_CLOSED_REQUEST}.
     *
     * @see <a href="https://github.com/traefik/traefik/blob/master/pkg/proxy/httputil/proxy.go">Traefik: proxy.go</a>
     * @since 0.3.0
     */
    public static final Vendor TRAEFIK = new Vendor("traefik", "Traefik Proxy",
            "https://doc.traefik.io/traefik/observability/access-logs/");
    /**
     * Caddy, the web server. Its reverse proxy reports a client that went away as 499 in nginx's
     * meaning, so {@code StatusCodes.of(499, Vendor.CADDY)} is {@link Nginx#CLIENT_CLOSED_REQUEST}.
     *
     * @see <a href="https://github.com/caddyserver/caddy/blob/master/modules/caddyhttp/reverseproxy/reverseproxy.go">Caddy: reverseproxy.go</a>
     * @since 0.3.0
     */
    public static final Vendor CADDY = new Vendor("caddy", "Caddy", "https://caddyserver.com/docs/");
    /**
     * Google Cloud Load Balancing (the Application Load Balancers). Its request logs say how a
     * request ended in {@code jsonPayload.statusDetails} ({@link LogSignals}); a client that
     * gave up has no status at all.
     *
     * @since 0.3.0
     */
    public static final Vendor GOOGLE_CLOUD_LB = new Vendor("google-cloud-lb",
            "Google Cloud Load Balancing",
            "https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring");
    /**
     * Azure Application Gateway. The v2 SKU logs a client that closed the connection before the
     * response as 499 in nginx's meaning, so {@code StatusCodes.of(499, Vendor.AZURE_APP_GATEWAY)}
     * is {@link Nginx#CLIENT_CLOSED_REQUEST}.
     *
     * @see <a href="https://learn.microsoft.com/en-us/azure/application-gateway/http-response-codes">Azure: HTTP response codes in Application Gateway</a>
     * @since 0.3.0
     */
    public static final Vendor AZURE_APP_GATEWAY = new Vendor("azure-app-gateway",
            "Azure Application Gateway",
            "https://learn.microsoft.com/en-us/azure/application-gateway/http-response-codes");
    /**
     * Amazon CloudFront, the CDN. Its standard logs write {@code 000} for a viewer that closed
     * the connection before the response, and say more in {@code x-edge-detailed-result-type}
     * ({@link LogSignals}).
     *
     * @since 0.3.0
     */
    public static final Vendor AWS_CLOUDFRONT = new Vendor("cloudfront", "Amazon CloudFront",
            "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html");
    /**
     * Informal conventions that many proxies, hosts and clients share, with no single owner
     * ({@link Unofficial}).
     */
    public static final Vendor UNOFFICIAL = new Vendor("unofficial", "Informal convention",
            "https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes");
    /**
     * Nobody: the vendor of the {@linkplain StatusCode#isRegistered() unregistered} codes that
     * {@link StatusCodes#of(int)} returns for numbers nobody defines.
     */
    public static final Vendor NONE = new Vendor("none", "Unregistered",
            Vendor.NONE_HOMEPAGE);

    /** RFC 9110 §15, where unregistered numbers get their meaning. */
    static final String NONE_HOMEPAGE = "https://www.rfc-editor.org/rfc/rfc9110#section-15";

    private static final List<Vendor> VALUES = List.of(IANA, IETF, NGINX, AWS_ELB,
            CLOUDFLARE, MICROSOFT_IIS, MICROSOFT, ESRI, LARAVEL, SPRING, TWITTER, SHOPIFY, APACHE,
            QUALYS, PANTHEON, LINKEDIN, CLOUDLINUX, ENVOY, HAPROXY, TRAEFIK, CADDY,
            GOOGLE_CLOUD_LB, AZURE_APP_GATEWAY, AWS_CLOUDFRONT, UNOFFICIAL, NONE);

    private final String id;
    private final String displayName;
    private final String home;
    /** Parsed from {@link #home} on first use, which keeps start-up short; see StatusCode. */
    private volatile URI homepage;

    private Vendor(String id, String displayName, String homepage) {
        this.id = id;
        this.displayName = displayName;
        this.home = homepage;
    }

    private Vendor(String id, String displayName, URI homepage) {
        this(id, displayName, homepage.toString());
        this.homepage = homepage;
    }

    /**
     * Creates a user-defined vendor, for codes of a company or product the library does not know.
     *
     * @param id a short identifier of lowercase letters, digits and {@code '-'}, e.g.
     *     {@code "acme"}; it must not be the id of a built-in vendor
     * @param displayName the name shown to people, e.g. {@code "Acme Corp"}
     * @param homepage where to read about the vendor's codes
     * @return the new vendor
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is malformed or taken by a
     *     built-in vendor, or the display name is empty or contains control characters
     */
    public static Vendor of(String id, String displayName, URI homepage) {
        Checks.notEmpty(id, "vendor id");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                throw new IllegalArgumentException("vendor id " + Checks.quote(id)
                        + " has '" + c + "' at index " + i
                        + "; use lowercase letters, digits and '-', e.g. \"acme\"");
            }
        }
        Optional<Vendor> builtIn = find(id);
        if (builtIn.isPresent()) {
            throw new IllegalArgumentException("vendor id \"" + id + "\" is taken by the built-in "
                    + builtIn.get().displayName() + "; use Vendor." + constantName(builtIn.get())
                    + " or choose another id");
        }
        Checks.notEmpty(displayName, "vendor displayName");
        Checks.noControlCharacters(displayName, "vendor displayName");
        Checks.notNull(homepage, "vendor homepage");
        return new Vendor(id, displayName, homepage);
    }

    /**
     * Returns the built-in vendors, IANA first.
     *
     * @return an immutable list of the built-in vendors
     */
    public static List<Vendor> values() {
        return VALUES;
    }

    /**
     * Returns the built-in vendor at {@code index} of {@link #values()}: the built-in codes keep
     * their vendor as that index, so that the first {@link StatusCodes#of(int)} of a JVM does not
     * load this class (BENCHMARKS.md, "0.3.0 start-up").
     */
    static Vendor builtIn(int index) {
        return VALUES.get(index);
    }

    /**
     * Finds a built-in vendor by its id.
     *
     * @param id a vendor id such as {@code "nginx"}; null or unknown gives an empty result
     * @return the vendor, or empty
     */
    public static Optional<Vendor> find(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Vendor v : VALUES) {
            if (v.id.equals(id)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a built-in vendor's constant, for an error message. Reflection, in a nested
     * class so that verifying Vendor, which the first StatusCodes.of loads, does not load the
     * reflection exception types (BENCHMARKS.md, section 3).
     */
    private static String constantName(Vendor vendor) {
        return ConstantNames.of(vendor);
    }

    private static final class ConstantNames {
        static String of(Vendor vendor) {
            for (java.lang.reflect.Field f : Vendor.class.getFields()) {
                try {
                    if (f.get(null) == vendor) {
                        return f.getName();
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
            return vendor.id.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The vendor whose meaning of {@code code} this vendor logs, or null: Traefik, Caddy, Azure
     * Application Gateway and Cloudflare's edge write 499 in nginx's meaning (see their
     * constants; Cloudflare's 4xx page lists 499 Client Close Request).
     */
    Vendor lenderOf(int code) {
        return code == 499 && (this == TRAEFIK || this == CADDY || this == AZURE_APP_GATEWAY
                || this == CLOUDFLARE) ? NGINX : null;
    }

    /**
     * Returns the short, stable identifier, e.g. {@code "aws-elb"}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name shown to people, e.g. {@code "AWS Elastic Load Balancing"}.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns where to read about this vendor's status codes.
     *
     * @return the homepage
     */
    public URI homepage() {
        URI h = homepage;
        if (h == null) {
            h = URI.create(home);
            homepage = h;
        }
        return h;
    }

    /**
     * Returns whether this is one of the library's built-in vendors.
     *
     * @return true for the constants listed by {@link #values()}
     */
    public boolean isBuiltIn() {
        return VALUES.contains(this);
    }

    /**
     * Two vendors are equal when their ids are equal.
     *
     * @param o the other object
     * @return true if {@code o} is a vendor with the same id
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o == this || o instanceof Vendor && ((Vendor) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Returns the display name and id, e.g. {@code "nginx (nginx)"}. */
    @Override
    public String toString() {
        return displayName + " (" + id + ")";
    }
}
