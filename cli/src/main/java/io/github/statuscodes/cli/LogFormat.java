package io.github.statuscodes.cli;

import io.github.statuscodes.Vendor;

/**
 * An access-log format: parses one line's bytes into a {@link LogLine}, by hand (no regular
 * expression, no allocation per line). Immutable and thread-safe; the {@code LogLine} is not.
 */
abstract class LogFormat {
    /**
     * nginx's predefined {@code combined} format (the default of {@code access_log}): no timing.
     */
    static final String COMBINED = "$remote_addr - $remote_user [$time_local] \"$request\" $status"
            + " $body_bytes_sent \"$http_referer\" \"$http_user_agent\"";
    /** {@code combined} plus the timings this tool needs, labelled: the recommended format. */
    static final String TIMED = COMBINED + " rt=$request_time urt=\"$upstream_response_time\""
            + " us=\"$upstream_status\"";
    /**
     * {@code combined} followed by unlabelled timings, the shape most guides show; a log may
     * have any prefix of the three ({@code $request_time} alone, or with the upstream's time).
     */
    static final String COMBINED_TIMES = COMBINED
            + " $request_time $upstream_response_time $upstream_status";
    /**
     * Kubernetes ingress-nginx's default {@code log-format-upstream}, its {@code upstreaminfo}
     * format (https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/log-format/).
     */
    static final String UPSTREAMINFO = "$remote_addr - $remote_user [$time_local] \"$request\""
            + " $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_length"
            + " $request_time [$proxy_upstream_name] [$proxy_alternative_upstream_name]"
            + " $upstream_addr $upstream_response_length $upstream_response_time $upstream_status"
            + " $req_id";
    /** The lines of nginx configuration that give the {@code timed} format, to print. */
    static final String[] RECOMMENDED_NGINX = {
        "log_format timed '$remote_addr - $remote_user [$time_local]'",
        "                 ' \"$request\" $status $body_bytes_sent'",
        "                 ' \"$http_referer\" \"$http_user_agent\"'",
        "                 ' rt=$request_time urt=\"$upstream_response_time\"'",
        "                 ' us=\"$upstream_status\"';",
        "access_log /var/log/nginx/access.log timed;"};

    private final String name;
    private final Vendor vendor;
    private final boolean durations;
    private final boolean backendStatus;

    /** A format whose name, vendor and fields are known when it is made. */
    LogFormat(String name, Vendor vendor, boolean durations, boolean backendStatus) {
        this.name = name;
        this.vendor = vendor;
        this.durations = durations;
        this.backendStatus = backendStatus;
    }

    /** A format that answers {@link #name()} and the rest itself (it overrides them). */
    LogFormat() {
        this(null, null, false, false);
    }

    /** The name shown in the report and accepted by {@code --format}. */
    String name() {
        return name;
    }

    /** Whose meaning a code in this log has: the proxy's or load balancer's vendor. */
    Vendor vendor() {
        return vendor;
    }

    /** Whether lines of this format carry a duration. */
    boolean hasDurations() {
        return durations;
    }

    /** Whether lines of this format carry the upstream's or target's own status. */
    boolean hasBackendStatus() {
        return backendStatus;
    }

    /**
     * Parses {@code b[from, to)} (one line without its line break) into {@code line}; returns
     * false, never throws, when the line does not have this format.
     */
    abstract boolean parse(byte[] b, int from, int to, LogLine line);

    /**
     * A header or comment line of this format's files (a W3C {@code #Version:} or
     * {@code #Fields:} line): returns the format that reads the lines after it (this one, or a
     * new one laid out by a {@code #Fields:} header), or null when {@code b[from, to)} is no
     * header of this format and is to be parsed as a line. Called for every line before
     * {@link #parse}, so it must return null fast; by default it always does. A directive that
     * several formats share and that says nothing about the layout (W3C {@code #Version:},
     * {@code #Date:}) returns this same instance: the analysis counts it as a header (neither
     * parsed nor unparsed) and auto-detection counts it for no format. A header that lays out
     * the lines (a new instance) counts for this format in auto-detection. Never throws.
     */
    LogFormat header(byte[] b, int from, int to) {
        return null;
    }

    /**
     * The formats auto-detection tries. They exclude each other on well-formed lines (a line
     * parses in one of them at most), which the detection matrix test checks for every pair; a
     * new format joins detection, {@code --format} and that test by being listed here.
     */
    static LogFormat[] candidates() {
        return new LogFormat[] {alb(), named("timed"), named("combined"), named("combined-times"),
                named("upstreaminfo"), named("haproxy"), named("traefik"), named("traefik-json"),
                named("caddy"), EnvoyFormat.envoy(), EnvoyFormat.istio(),
                new EnvoyJsonFormat(), new CloudFrontFormat(), new GcpLbFormat(),
                new AzureAppGatewayFormat(), new IisFormat()};
    }

    /** The names {@code --format} accepts, for messages. */
    static String names() {
        StringBuilder sb = new StringBuilder();
        for (LogFormat f : candidates()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.name());
        }
        return sb.toString();
    }

    /** The format named by {@code --format}, or null for an unknown name. */
    static LogFormat named(String name) {
        switch (name) {
            case "alb":
                return alb();
            case "combined":
                return NginxFormat.compile("combined", COMBINED);
            case "timed":
                return NginxFormat.compile("timed", TIMED);
            case "haproxy":
                return new HaproxyFormat();
            case "traefik":
                return new TraefikClfFormat();
            case "traefik-json":
                return new TraefikJsonFormat();
            case "caddy":
                return new CaddyJsonFormat();
            case "combined-times":
                return new FirstOf("combined-times",
                        NginxFormat.compile("combined-times", COMBINED_TIMES, true),
                        NginxFormat.compile("combined-times", COMBINED
                                + " $request_time $upstream_response_time", true),
                        NginxFormat.compile("combined-times", COMBINED + " $request_time", true));
            case "upstreaminfo":
                return NginxFormat.compile("upstreaminfo", UPSTREAMINFO, true);
            case "envoy":
                return EnvoyFormat.envoy();
            case "istio":
                return EnvoyFormat.istio();
            case "envoy-json":
                return new EnvoyJsonFormat();
            case "cloudfront":
                return new CloudFrontFormat();
            case "gcp-lb":
                return new GcpLbFormat();
            case "azure-appgw":
                return new AzureAppGatewayFormat();
            case "iis":
                return new IisFormat();
            default:
                return null;
        }
    }

    static LogFormat alb() {
        return new AlbFormat();
    }
}
