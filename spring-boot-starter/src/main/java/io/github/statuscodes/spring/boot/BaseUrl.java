package io.github.statuscodes.spring.boot;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A client's base URL as it is matched: scheme and host in lower case, the port (the scheme's
 * default when none is written) and the path's non-empty segments; user info, query and
 * fragment are not part of it. Hosts with an underscore ({@code billing_api}), for which
 * {@link URI#getHost()} is null, are read from the authority. Immutable.
 */
final class BaseUrl {
    private final String scheme;
    private final String host;
    private final int port;
    private final List<String> segments;

    private BaseUrl(String scheme, String host, int port, List<String> segments) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.segments = segments;
    }

    /**
     * {@return the base URL of {@code uri}}
     * @throws IllegalArgumentException if {@code uri} is not an absolute http or https URL with
     *     a host
     */
    static BaseUrl of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = host(uri);
        int port = port(uri);
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null || port == -2) {
            throw new IllegalArgumentException("must be an absolute http or https URL, e.g. "
                    + "https://api.example.com/v1");
        }
        return new BaseUrl(scheme, host.toLowerCase(Locale.ROOT),
                port >= 0 ? port : defaultPort(scheme), segments(uri.getRawPath()));
    }

    /**
     * {@return the host of {@code uri}, also one with an underscore, else null (also for a host
     * with characters no host name has)}
     */
    static @Nullable String host(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        if (host.isEmpty()) {
            return null;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.')) {
                return null;
            }
        }
        return host;
    }

    /** The written port, -1 when none is written, -2 when it is not a port. */
    private static int port(URI uri) {
        if (uri.getHost() != null) {
            return uri.getPort() > 65535 ? -2 : uri.getPort();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return -1;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || colon == hostPort.length() - 1) {
            return -1;
        }
        String digits = hostPort.substring(colon + 1);
        if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -2;
        }
        int p = Integer.parseInt(digits);
        return p <= 65535 ? p : -2;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static List<String> segments(@Nullable String rawPath) {
        List<String> list = new ArrayList<>();
        if (rawPath != null) {
            for (String s : rawPath.split("/")) {
                if (!s.isEmpty()) {
                    list.add(s);
                }
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** {@return the number of path segments: more is more specific} */
    int depth() {
        return segments.size();
    }

    /**
     * {@return whether a request to {@code uri} is under this base URL: same scheme, host and
     * port, and this path's segments start its path}
     */
    boolean matches(URI uri) {
        String s = uri.getScheme();
        String h = host(uri);
        int p = port(uri);
        if (s == null || h == null || p == -2 || !scheme.equalsIgnoreCase(s)
                || !host.equalsIgnoreCase(h) || (p >= 0 ? p : defaultPort(scheme)) != port) {
            return false;
        }
        List<String> path = segments(uri.getRawPath());
        return path.size() >= segments.size() && path.subList(0, segments.size()).equals(segments);
    }

    /** {@return scheme, host, port and path: two base URLs with one key match the same requests} */
    String key() {
        return scheme + "://" + host + ":" + port + path();
    }

    private String path() {
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            b.append('/').append(s);
        }
        return b.toString();
    }

    /** {@return the URL without user info, query or fragment, for logs} */
    @Override
    public String toString() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port) + path();
    }
}
