package io.github.statuscodes;

import io.github.statuscodes.internal.Ascii;
import io.github.statuscodes.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Tells which vendor most likely produced a response, from its headers.
 *
 * <p>The rules, most specific first (a Shopify store answers through Cloudflare, so Shopify's own
 * headers win over {@code CF-RAY}):
 * <table>
 *   <caption>Detection rules</caption>
 *   <tr><th>Vendor</th><th>Header</th><th>Kind</th></tr>
 *   <tr><td>Shopify</td><td>{@code X-ShopId} or {@code X-Shopify-Stage} present, or
 *       {@code Powered-By} starts with {@code Shopify}</td><td>product</td></tr>
 *   <tr><td>Pantheon</td><td>{@code X-Pantheon-Styx-Hostname} or {@code X-Styx-Req-Id}
 *       present</td><td>product</td></tr>
 *   <tr><td>Microsoft IIS</td><td>{@code MS-Server-ActiveSync} present (Exchange
 *       ActiveSync)</td><td>product</td></tr>
 *   <tr><td>Esri ArcGIS</td><td>{@code Vary} names {@code X-Esri-Authorization}</td>
 *       <td>product</td></tr>
 *   <tr><td>Cloudflare</td><td>{@code CF-RAY} present, or {@code Server: cloudflare}</td>
 *       <td>banner</td></tr>
 *   <tr><td>Amazon CloudFront</td><td>{@code X-Amz-Cf-Id} present</td><td>product</td></tr>
 *   <tr><td>Amazon CloudFront</td><td>{@code Via} contains {@code CloudFront}</td>
 *       <td>banner</td></tr>
 *   <tr><td>Envoy</td><td>{@code X-Envoy-Upstream-Service-Time} present</td>
 *       <td>product</td></tr>
 *   <tr><td>AWS Elastic Load Balancing</td><td>{@code Server} starts with {@code awselb}</td>
 *       <td>banner</td></tr>
 *   <tr><td>Azure Application Gateway</td><td>{@code Server} starts with
 *       {@code Microsoft-Azure-Application-Gateway}</td><td>banner</td></tr>
 *   <tr><td>Microsoft IIS</td><td>{@code Server} starts with {@code Microsoft-IIS}</td>
 *       <td>banner</td></tr>
 *   <tr><td>Twitter</td><td>{@code Server} starts with {@code tsa_}</td><td>banner</td></tr>
 *   <tr><td>nginx</td><td>{@code Server} starts with {@code nginx} or {@code openresty}</td>
 *       <td>banner</td></tr>
 *   <tr><td>Envoy</td><td>{@code Server} is the product {@code envoy}</td><td>banner</td></tr>
 *   <tr><td>Caddy</td><td>{@code Server} is the product {@code Caddy}</td><td>banner</td></tr>
 *   <tr><td>Apache HTTP Server</td><td>{@code Server} is the product {@code Apache}, alone or
 *       followed by {@code /} or a space (not Tomcat's {@code Apache-Coyote})</td>
 *       <td>banner</td></tr>
 *   <tr><td>Laravel</td><td>{@code Set-Cookie} names a {@code laravel_session} cookie</td>
 *       <td>banner</td></tr>
 * </table>
 * When resolving a code ({@link StatusRegistry#resolve(int, Function)}), a <em>banner</em> rule
 * never displaces the IANA meaning of a registered number: an IIS server that answers 451 is
 * taken to mean <i>Unavailable For Legal Reasons</i> unless Exchange ActiveSync's own header says
 * it is IIS's <i>Redirect</i>. A <em>product</em> rule, a header only that product sends, can.
 * Esri ArcGIS servers usually report 498 and 499 in the JSON body of a {@code 200 OK}; when the
 * status line carries them, only the {@code Vary} hint, seen on ArcGIS Online, tells them from
 * nginx's 499. Traefik, Caddy, Azure Application Gateway and Cloudflare log 499 in nginx's
 * meaning, so a 499 behind them resolves to nginx's; Envoy and CloudFront define no 499, so
 * detecting them leaves nginx's, the primary meaning. Traefik sends no {@code Server} header of
 * its own and is not detected.
 *
 * <p>Sources: Envoy's {@code server_name} defaults to {@code envoy} (<a
 * href="https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto">HttpConnectionManager</a>)
 * and its router adds {@code x-envoy-upstream-service-time} (<a
 * href="https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter">router
 * filter</a>); Caddy sets {@code Server: Caddy} (<a
 * href="https://github.com/caddyserver/caddy/blob/master/modules/caddyhttp/server.go">server.go</a>);
 * CloudFront adds {@code X-Amz-Cf-Id} and {@code Via: ... (CloudFront)} (<a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RequestAndResponseBehaviorCustomOrigin.html">CloudFront
 * request and response behavior</a>); Azure Application Gateway v2 names itself in the
 * {@code Server} header of the responses it makes itself (<a
 * href="https://learn.microsoft.com/en-us/azure/application-gateway/http-response-codes">HTTP
 * response codes in Application Gateway</a>).
 *
 * Header names and the values compared are case-insensitive by ASCII rules only (RFC 9110
 * §5.1): {@code ſerver}, with U+017F, is not {@code Server}. Junk (absent headers, empty or odd
 * values) never throws; it just matches nothing. Header values are never copied into results or
 * messages. This class is stateless and thread-safe.
 *
 * <pre>{@code
 * Optional<Vendor> v = VendorDetection.detect(Map.of("Server", List.of("cloudflare")));
 * // Optional[Cloudflare (cloudflare)]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VendorDetection {

    private static final Rule[] RULES = {
        new Rule(Vendor.SHOPIFY, true, Match.PRESENT, "X-ShopId", null),
        new Rule(Vendor.SHOPIFY, true, Match.PRESENT, "X-Shopify-Stage", null),
        new Rule(Vendor.SHOPIFY, true, Match.STARTS_WITH, "Powered-By", "Shopify"),
        new Rule(Vendor.PANTHEON, true, Match.PRESENT, "X-Pantheon-Styx-Hostname", null),
        new Rule(Vendor.PANTHEON, true, Match.PRESENT, "X-Styx-Req-Id", null),
        new Rule(Vendor.MICROSOFT_IIS, true, Match.PRESENT, "MS-Server-ActiveSync", null),
        new Rule(Vendor.ESRI, true, Match.CONTAINS, "Vary", "X-Esri-Authorization"),
        new Rule(Vendor.CLOUDFLARE, false, Match.PRESENT, "CF-RAY", null),
        new Rule(Vendor.CLOUDFLARE, false, Match.STARTS_WITH, "Server", "cloudflare"),
        new Rule(Vendor.AWS_CLOUDFRONT, true, Match.PRESENT, "X-Amz-Cf-Id", null),
        new Rule(Vendor.AWS_CLOUDFRONT, false, Match.CONTAINS, "Via", "CloudFront"),
        new Rule(Vendor.ENVOY, true, Match.PRESENT, "X-Envoy-Upstream-Service-Time", null),
        new Rule(Vendor.AWS_ELB, false, Match.STARTS_WITH, "Server", "awselb"),
        new Rule(Vendor.AZURE_APP_GATEWAY, false, Match.STARTS_WITH, "Server",
                "Microsoft-Azure-Application-Gateway"),
        new Rule(Vendor.MICROSOFT_IIS, false, Match.STARTS_WITH, "Server", "Microsoft-IIS"),
        new Rule(Vendor.TWITTER, false, Match.STARTS_WITH, "Server", "tsa_"),
        new Rule(Vendor.NGINX, false, Match.STARTS_WITH, "Server", "nginx"),
        new Rule(Vendor.NGINX, false, Match.STARTS_WITH, "Server", "openresty"),
        new Rule(Vendor.ENVOY, false, Match.PRODUCT, "Server", "envoy"),
        new Rule(Vendor.CADDY, false, Match.PRODUCT, "Server", "Caddy"),
        new Rule(Vendor.APACHE, false, Match.PRODUCT, "Server", "Apache"),
        new Rule(Vendor.LARAVEL, false, Match.CONTAINS, "Set-Cookie", "laravel_session="),
    };

    private VendorDetection() {
    }

    /**
     * Returns the vendor that most likely produced a response.
     *
     * @param headers a header accessor: given a name (case-insensitive), returns the header's
     *     value, or null if the header is absent; a header that occurs more than once should give
     *     all its values joined with {@code ", "} (RFC 9110 §5.3), as
     *     {@code java.net.http.HttpHeaders} and the map overload do
     * @return the most specific matching vendor, or empty
     * @throws NullPointerException if {@code headers} is null
     */
    public static Optional<Vendor> detect(Function<String, @Nullable String> headers) {
        Checks.notNull(headers, "headers");
        for (Rule rule : RULES) {
            if (rule.matches(headers)) {
                return rule.found;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the vendor that most likely produced a response, from a header map. Names are
     * matched case-insensitively, every value of a header counts, and null keys, null lists and
     * null values are ignored.
     *
     * @param headers the headers, e.g. {@code java.net.http.HttpHeaders.map()}
     * @return the most specific matching vendor, or empty
     * @throws NullPointerException if {@code headers} is null
     */
    public static Optional<Vendor> detect(Map<String, ? extends List<String>> headers) {
        return detect(accessor(headers));
    }

    /**
     * Returns every vendor whose rules match, most specific first, without duplicates.
     *
     * @param headers a header accessor, as for {@link #detect(Function)}
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code headers} is null
     */
    public static List<Vendor> detectAll(Function<String, @Nullable String> headers) {
        Checks.notNull(headers, "headers");
        List<Vendor> found = new ArrayList<>(2);
        for (Rule rule : RULES) {
            if (!found.contains(rule.vendor) && rule.matches(headers)) {
                found.add(rule.vendor);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Picks the first candidate whose vendor the headers point at (or whose meaning that vendor
     * logs: nginx's 499 behind Caddy), trying rules in order; a banner rule does not displace a
     * standard fallback.
     */
    static StatusCode pick(StatusCode[] candidates, Function<String, @Nullable String> headers,
            StatusCode fallback) {
        boolean standard = fallback.isStandard();
        for (Rule rule : RULES) {
            if (standard && !rule.product) {
                continue;
            }
            for (StatusCode c : candidates) {
                if ((c.vendor() == rule.vendor || c.vendor() == rule.vendor.lenderOf(c.code()))
                        && rule.matches(headers)) {
                    return c;
                }
            }
        }
        return fallback;
    }

    /**
     * Adapts a header map to an accessor that returns every value of a header, joined with
     * {@code ", "}, across all keys that equal the name ignoring case.
     */
    static Function<String, @Nullable String> accessor(Map<String, ? extends List<String>> headers) {
        Checks.notNull(headers, "headers");
        return name -> {
            String first = null;
            StringBuilder joined = null;
            for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
                String key = e.getKey();
                List<String> values = e.getValue();
                if (key == null || values == null || !Ascii.equalsIgnoreCase(key, name)) {
                    continue;
                }
                for (String v : values) {
                    if (v == null) {
                        continue;
                    }
                    if (first == null) {
                        first = v;
                    } else {
                        if (joined == null) {
                            joined = new StringBuilder(first);
                        }
                        joined.append(", ").append(v);
                    }
                }
            }
            return joined != null ? joined.toString() : first;
        };
    }

    private enum Match {
        PRESENT,
        STARTS_WITH,
        /** Starts with a product token: the text, then the end, a '/' or a space. */
        PRODUCT,
        CONTAINS
    }

    private static final class Rule {
        final Vendor vendor;
        /** {@code Optional.of(vendor)}, built once: detect() allocates nothing (issue #5). */
        final Optional<Vendor> found;
        /** A header only the product sends, as opposed to a server banner. */
        final boolean product;
        final Match match;
        final String header;
        final String text;

        Rule(Vendor vendor, boolean product, Match match, String header, String text) {
            this.vendor = vendor;
            this.found = Optional.of(vendor);
            this.product = product;
            this.match = match;
            this.header = header;
            this.text = text;
        }

        boolean matches(Function<String, @Nullable String> headers) {
            String value = headers.apply(header);
            if (value == null || value.isEmpty()) {
                return false; // absent, or an accessor's empty join of no values
            }
            switch (match) {
                case PRESENT:
                    return true;
                case STARTS_WITH:
                    return Ascii.startsWithIgnoreCase(value, text);
                case PRODUCT:
                    return Ascii.startsWithIgnoreCase(value, text)
                            && (value.length() == text.length()
                                || value.charAt(text.length()) == '/'
                                || value.charAt(text.length()) == ' ');
                default:
                    return Ascii.containsIgnoreCase(value, text);
            }
        }
    }
}
