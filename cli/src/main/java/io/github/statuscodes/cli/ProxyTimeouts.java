package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeouts a proxy or load balancer applies by default, drawn as reference marks on the HTML
 * report's duration charts: only where the vendor's documentation states the default. A proxy
 * without a default timeout on the upstream's answer (HAProxy's {@code timeout server}, Traefik's
 * {@code responseHeaderTimeout}, Caddy's {@code response_header_timeout}) has none. Stateless.
 */
final class ProxyTimeouts {
    /** One default timeout: its value, what it is called and where that is documented. */
    static final class Mark {
        final long millis;
        final String label;
        final String source;

        Mark(long millis, String label, String source) {
            this.millis = millis;
            this.label = label;
            this.source = source;
        }
    }

    private ProxyTimeouts() {
    }

    /**
     * The documented defaults of {@code vendor}'s proxy, shortest first; empty for none. Istio
     * turns Envoy's route timeout off by default, so a log read only in the {@code istio} format
     * has no Envoy mark (https://istio.io/latest/docs/tasks/traffic-management/request-timeouts/).
     */
    static List<Mark> of(Vendor vendor, List<LogFormat> formats) {
        if (Vendor.ENVOY.equals(vendor)) {
            boolean envoy = false;
            for (LogFormat f : formats) {
                envoy |= Vendor.ENVOY.equals(f.vendor()) && !f.name().equals("istio");
            }
            if (!envoy) {
                return new ArrayList<>();
            }
        }
        return of(vendor);
    }

    /** The documented defaults of {@code vendor}'s proxy, shortest first; empty for none. */
    static List<Mark> of(Vendor vendor) {
        List<Mark> marks = new ArrayList<>();
        if (Vendor.NGINX.equals(vendor)) {
            marks.add(new Mark(60_000, "nginx proxy_read_timeout 60 s (default)",
                    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout"));
        } else if (Vendor.AWS_ELB.equals(vendor)) {
            marks.add(new Mark(60_000, "ALB idle timeout 60 s (default)",
                    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/"
                            + "application-load-balancers.html#connection-idle-timeout"));
        } else if (Vendor.ENVOY.equals(vendor)) {
            marks.add(new Mark(15_000, "Envoy route timeout 15 s (default)",
                    "https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/route/v3/"
                            + "route_components.proto#envoy-v3-api-field-config-route-v3-routeaction-timeout"));
        } else if (Vendor.GOOGLE_CLOUD_LB.equals(vendor)) {
            marks.add(new Mark(30_000, "backend service timeout 30 s (default)",
                    "https://cloud.google.com/load-balancing/docs/https#timeout-bes"));
        } else if (Vendor.AWS_CLOUDFRONT.equals(vendor)) {
            marks.add(new Mark(30_000, "CloudFront origin response timeout 30 s (default)",
                    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/"
                            + "DownloadDistValuesOrigin.html#DownloadDistValuesOriginResponseTimeout"));
        }
        return marks;
    }
}
