package io.github.statuscodes.servlet;

import io.github.statuscodes.Nginx;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.internal.Checks;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A servlet {@link Filter} that notices a client closing its connection before the response was
 * complete, and records the request as nginx's {@code 499 Client Closed Request} (or AWS ELB's
 * {@code 460}, or a code of your own) instead of the 200, 400 or 500 that Tomcat, Jetty and
 * Undertow log for the same event.
 *
 * <p>It sees every {@code IOException} the request's and response's streams throw (blocking,
 * non-blocking and asynchronous), and on Jetty 12 an HTTP/2 stream reset. A failed write always
 * counts; a failed read counts only if the application did not answer the request itself; a
 * timeout or a malformed request never does. It records at most once per request: the request
 * attribute {@link #STATUS_ATTRIBUTE} (for access logs), {@link #DISCONNECT_ATTRIBUTE} and the
 * {@link ClientDisconnectListener}; a status still at the default 200 is set to the code too. It
 * swallows only the disconnect itself (set {@code rethrow} to rethrow it). On HTTP/1.1 no
 * container sees a client that leaves while the handler computes a small response: read the
 * proxy's log for that. Thread-safe once {@link #init(FilterConfig)} has run. The rules in full,
 * and {@code web.xml} set-up: docs/servlet-filter.md.
 *
 * <pre>{@code
 * FilterRegistration.Dynamic f = servletContext.addFilter("clientDisconnect",
 *     ClientDisconnectFilter.builder()
 *         .status(StatusCodes.of(460))            // default: nginx's 499
 *         .listener(metrics)                      // a ClientDisconnectListener
 *         .build());
 * f.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");
 * f.setAsyncSupported(true);
 * }</pre>
 *
 * @see <a href="https://github.com/statuscodes/statuscodes/blob/main/docs/servlet-filter.md">The
 *     filter in detail</a>
 * @since 0.1.0
 */
public final class ClientDisconnectFilter implements Filter {

    /**
     * The default name of the request attribute that holds the recorded code, an
     * {@link Integer}: {@value}. Absent on requests whose client stayed.
     */
    public static final String STATUS_ATTRIBUTE = "io.github.statuscodes.servlet.status";

    /**
     * The name of the request attribute that holds the recorded {@link ClientDisconnect}:
     * {@value}. Absent on requests whose client stayed.
     */
    public static final String DISCONNECT_ATTRIBUTE = "io.github.statuscodes.servlet.disconnect";

    /**
     * The name of the request attribute that holds the code this filter records should the
     * client go away, an {@link Integer}: {@value}. Set when the filter starts a request, for a
     * metrics convention whose observation may end before the filter has recorded.
     *
     * @since 0.3.0
     */
    public static final String STATUS_IF_GONE_ATTRIBUTE =
            "io.github.statuscodes.servlet.status-if-gone";

    /** Init-param: the code to record, 100 to 999; default 499. */
    static final String PARAM_STATUS = "status";
    /** Init-param: {@code true} or {@code false}; default false. */
    static final String PARAM_RETHROW = "rethrow";
    /** Init-param: the request attribute name; default {@link #STATUS_ATTRIBUTE}. */
    static final String PARAM_ATTRIBUTE = "attribute";
    /** Init-param: a {@link ClientDisconnectListener} class with a public no-arg constructor. */
    static final String PARAM_LISTENER = "listener";
    private static final List<String> PARAMS = List.of(PARAM_STATUS, PARAM_RETHROW,
            PARAM_ATTRIBUTE, PARAM_LISTENER);

    private static final String TRACKER_ATTRIBUTE = RequestTracker.class.getName();
    private static final ClientDisconnectListener NO_LISTENER = new ClientDisconnectListener() {
    };

    private final boolean fromBuilder;
    private volatile Settings settings;

    /**
     * Creates the filter with its defaults, to be configured by init-params: what
     * {@code web.xml} and {@code ServletContext.addFilter(name, ClientDisconnectFilter.class)}
     * use.
     */
    public ClientDisconnectFilter() {
        this.fromBuilder = false;
        this.settings = new Settings(Nginx.CLIENT_CLOSED_REQUEST, false, STATUS_ATTRIBUTE,
                NO_LISTENER);
    }

    private ClientDisconnectFilter(Settings settings) {
        this.fromBuilder = true;
        this.settings = settings;
    }

    /**
     * Starts a builder, for registration with {@code ServletContext.addFilter(name, filter)}.
     *
     * @return a new builder, not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the init-params {@code status} (100 to 999), {@code rethrow} ({@code true} or
     * {@code false}), {@code attribute} and {@code listener} (a class name), each optional.
     *
     * @param config the filter configuration from the container
     * @throws ServletException if an init-param is malformed, the listener class cannot be
     *     loaded or instantiated, or init-params are given to a filter made with
     *     {@link #builder()}
     * @throws NullPointerException if {@code config} is null
     */
    @Override
    public void init(FilterConfig config) throws ServletException {
        Checks.notNull(config, "config");
        ServletContext context = config.getServletContext();
        if (fromBuilder) {
            for (String p : PARAMS) {
                if (config.getInitParameter(p) != null) {
                    throw new ServletException("filter " + config.getFilterName()
                            + " was configured with ClientDisconnectFilter.builder(), so it"
                            + " ignores init-params; remove init-param " + p
                            + " or set it on the builder");
                }
            }
            return;
        }
        Settings s = settings;
        StatusCode status = s.status;
        String text = config.getInitParameter(PARAM_STATUS);
        if (text != null) {
            status = parseStatus(text.strip());
        }
        boolean rethrow = s.rethrow;
        text = config.getInitParameter(PARAM_RETHROW);
        if (text != null) {
            String t = text.strip();
            if (!t.equals("true") && !t.equals("false")) {
                throw new ServletException("init-param rethrow is " + Checks.quote(text)
                        + "; use true or false");
            }
            rethrow = Boolean.parseBoolean(t);
        }
        String attribute = s.attribute;
        text = config.getInitParameter(PARAM_ATTRIBUTE);
        if (text != null) {
            if (text.isBlank()) {
                throw new ServletException("init-param attribute is empty; give a request"
                        + " attribute name or leave it out for " + STATUS_ATTRIBUTE);
            }
            attribute = text.strip();
        }
        ClientDisconnectListener listener = s.listener;
        text = config.getInitParameter(PARAM_LISTENER);
        if (text != null) {
            listener = newListener(text.strip(), context);
        }
        this.settings = new Settings(status, rethrow, attribute, listener);
    }

    private static StatusCode parseStatus(String text) throws ServletException {
        int code;
        try {
            code = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ServletException("init-param status is " + Checks.quote(text)
                    + "; give a number from 100 to 999, e.g. 499 or 460");
        }
        if (code < 100 || code > 999) {
            throw new ServletException("init-param status is " + code
                    + ", outside 100..999; HTTP status codes have three digits");
        }
        return StatusCodes.of(code);
    }

    private static ClientDisconnectListener newListener(String className, ServletContext context)
            throws ServletException {
        Class<?> c;
        try {
            ClassLoader loader = context != null && context.getClassLoader() != null
                    ? context.getClassLoader() : ClientDisconnectFilter.class.getClassLoader();
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ServletException("init-param listener names class " + Checks.quote(className)
                    + ", which cannot be loaded: " + e, e);
        }
        if (!ClientDisconnectListener.class.isAssignableFrom(c)) {
            throw new ServletException("init-param listener names class " + className
                    + ", which does not implement " + ClientDisconnectListener.class.getName());
        }
        try {
            return (ClientDisconnectListener) c.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ServletException("init-param listener names class " + className
                    + ", which has no public no-argument constructor or failed in it: " + e, e);
        }
    }

    /**
     * Watches one request; see the class description. Non-HTTP requests, and requests already
     * watched (by this or another instance, e.g. on a forward or async dispatch), are passed on
     * untouched.
     *
     * @param request the request
     * @param response the response
     * @param chain the rest of the chain
     * @throws IOException if the chain throws one that is not a client disconnect, or
     *     {@code rethrow} is set
     * @throws ServletException if the chain throws one that is not a client disconnect, or
     *     {@code rethrow} is set
     * @throws NullPointerException if an argument is null
     */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Checks.notNull(request, "request");
        Checks.notNull(response, "response");
        Checks.notNull(chain, "chain");
        if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)
                || request.getAttribute(TRACKER_ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        RequestTracker tracker = new RequestTracker(settings, req, res, System.nanoTime());
        req.setAttribute(TRACKER_ATTRIBUTE, tracker);
        req.setAttribute(STATUS_IF_GONE_ATTRIBUTE, settings.status.code());
        ContainerSignals.onFailure(req, tracker::containerFailure);
        TrackingResponse wrappedResponse = new TrackingResponse(res, tracker);
        TrackingRequest wrappedRequest = new TrackingRequest(req, wrappedResponse, tracker);
        try {
            chain.doFilter(wrappedRequest, wrappedResponse);
        } catch (IOException | ServletException | RuntimeException e) {
            if (tracker.chainFailed(e)) {
                return;
            }
            throw e;
        }
        if (!req.isAsyncStarted()) {
            tracker.chainReturned();
        }
    }

    /**
     * Returns the configuration, for logs: e.g.
     * {@code "ClientDisconnectFilter[status=499, rethrow=false, attribute=io.github...]"}.
     */
    @Override
    public String toString() {
        Settings s = settings;
        return "ClientDisconnectFilter[status=" + s.status.code() + ", rethrow=" + s.rethrow
                + ", attribute=" + s.attribute + ", listener=" + s.listener.getClass().getName()
                + "]";
    }

    /** The immutable configuration. */
    static final class Settings {
        final StatusCode status;
        final boolean rethrow;
        final String attribute;
        final ClientDisconnectListener listener;

        Settings(StatusCode status, boolean rethrow, String attribute,
                ClientDisconnectListener listener) {
            this.status = status;
            this.rethrow = rethrow;
            this.attribute = attribute;
            this.listener = listener;
        }
    }

    /**
     * Builds a {@link ClientDisconnectFilter}. Each setter checks its argument at once. Not
     * thread-safe; the filter it builds is.
     *
     * <pre>{@code
     * Filter f = ClientDisconnectFilter.builder()
     *     .status(AwsElb.CLIENT_CLOSED_CONNECTION)
     *     .rethrow(false)
     *     .attribute("client.closed")
     *     .listener(myListener)
     *     .build();
     * }</pre>
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private StatusCode status = Nginx.CLIENT_CLOSED_REQUEST;
        private boolean rethrow;
        private String attribute = STATUS_ATTRIBUTE;
        private ClientDisconnectListener listener = NO_LISTENER;

        private Builder() {
        }

        /**
         * Sets the code to record; the default is nginx's {@code 499 Client Closed Request}.
         *
         * @param status e.g. {@code StatusCodes.of(460)} for AWS ELB's code, or a code of your
         *     own made with {@link StatusCode#builder(int, String)}
         * @return this builder
         * @throws NullPointerException if {@code status} is null
         */
        public Builder status(StatusCode status) {
            this.status = Checks.notNull(status, "status");
            return this;
        }

        /**
         * Sets whether a disconnect exception is rethrown after it is recorded; the default,
         * false, swallows it so that it does not become a stack trace and a 500 in the log.
         *
         * @param rethrow true to rethrow
         * @return this builder
         */
        public Builder rethrow(boolean rethrow) {
            this.rethrow = rethrow;
            return this;
        }

        /**
         * Sets the name of the request attribute that holds the recorded code; the default is
         * {@link #STATUS_ATTRIBUTE}.
         *
         * @param name the attribute name
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder attribute(String name) {
            Checks.notNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("attribute name is blank; give a request"
                        + " attribute name, e.g. " + STATUS_ATTRIBUTE);
            }
            this.attribute = name.strip();
            return this;
        }

        /**
         * Sets the listener called for each recorded disconnect; the default does nothing.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder listener(ClientDisconnectListener listener) {
            this.listener = Checks.notNull(listener, "listener");
            return this;
        }

        /**
         * Builds the filter. It rejects init-params in {@link ClientDisconnectFilter#init}, since
         * its configuration comes from this builder.
         *
         * @return the filter
         */
        public ClientDisconnectFilter build() {
            return new ClientDisconnectFilter(new Settings(status, rethrow, attribute, listener));
        }
    }
}
