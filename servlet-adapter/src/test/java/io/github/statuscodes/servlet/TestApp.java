package io.github.statuscodes.servlet;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application each container runs: one servlet under /app/* behind a filter made with the
 * builder (499, swallow), the same servlet under /elb/* behind a filter registered by class with
 * init-params (460, rethrow), as web.xml would configure it.
 */
final class TestApp implements ServletContainerInitializer {

    static final int CHUNK = 8192;

    /** What a test runs inside the container, on a real request and response. */
    @FunctionalInterface
    interface Action {
        void run(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    private static final ConcurrentMap<String, Action> ACTIONS = new ConcurrentHashMap<>();

    /**
     * Registers an action for one request and returns its path below the servlet, e.g.
     * {@code /app/run/<key>}; the action is removed when it runs.
     */
    static String action(String servletPath, Action action) {
        String key = UUID.randomUUID().toString();
        ACTIONS.put(key, action);
        return servletPath + "/run/" + key;
    }
    static final long MAX_DOWNLOAD = 256L * 1024 * 1024;

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext ctx) {
        FilterRegistration.Dynamic app = ctx.addFilter("disconnects",
                ClientDisconnectFilter.builder().listener(new RecordingListener()).build());
        app.setAsyncSupported(true);
        app.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC),
                false, "/app/*");

        FilterRegistration.Dynamic elb = ctx.addFilter("elb", ClientDisconnectFilter.class);
        elb.setAsyncSupported(true);
        elb.setInitParameter("status", "460");
        elb.setInitParameter("rethrow", "true");
        elb.setInitParameter("listener", RecordingListener.class.getName());
        elb.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC),
                false, "/elb/*");

        FilterRegistration.Dynamic failing = ctx.addFilter("failing",
                ClientDisconnectFilter.builder().listener(new ClientDisconnectListener() {
                    @Override
                    public void onClientDisconnect(ClientDisconnect event) {
                        throw new IllegalStateException("metrics down");
                    }
                }).build());
        failing.setAsyncSupported(true);
        failing.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST,
                DispatcherType.ASYNC), false, "/failing/*");

        ServletRegistration.Dynamic servlet = ctx.addServlet("app", new Scenarios());
        servlet.setAsyncSupported(true);
        servlet.setMultipartConfig(new MultipartConfigElement(""));
        servlet.addMapping("/app/*", "/elb/*", "/failing/*");
    }

    /** The scenarios, by path info. */
    static final class Scenarios extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res)
                throws IOException, ServletException {
            // Not getParameter: on a multipart request that would parse the body here.
            String query = req.getQueryString() == null ? "" : req.getQueryString();
            String mode = query.startsWith("mode=") ? query.substring(5).split("&")[0] : "throw";
            switch (req.getPathInfo()) {
                case "/send":
                    send(req, res);
                    return;
                case "/committed":
                    res.setContentType("text/plain");
                    res.getWriter().write("partial");
                    res.flushBuffer();
                    try {
                        StatusResponse.send(res, StatusCodes.of(503), "too late");
                    } catch (IllegalStateException e) {
                        res.getWriter().write("\nISE: " + e.getMessage());
                    }
                    return;
                case "/ok":
                    res.setContentType("text/plain");
                    res.getWriter().write("hello");
                    return;
                case "/upstream-reset":
                    throw new IOException("Connection reset");
                case "/download":
                    download(req, res, mode);
                    return;
                case "/upload":
                    upload(req, res, mode);
                    return;
                case "/multipart":
                    try {
                        res.setHeader("X-Parts", String.valueOf(req.getParts().size()));
                        res.getWriter().write("parts read");
                    } catch (IOException | ServletException | RuntimeException e) {
                        badRequest(res, e);
                    }
                    return;
                case "/read-body":
                    try {
                        res.getWriter().write("read " + req.getInputStream().readAllBytes().length);
                    } catch (IOException e) {
                        badRequest(res, e);
                    }
                    return;
                default:
                    if (req.getPathInfo().startsWith("/run/")) {
                        run(req, res);
                        return;
                    }
                    res.sendError(404);
            }
        }

        /** What an application does with a request it cannot read: answers 400 itself. */
        private static void badRequest(HttpServletResponse res, Exception e) throws IOException {
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null && chain.length() < 400; t = t.getCause()) {
                chain.append(t.getClass().getName()).append(": ").append(t.getMessage())
                        .append(" / ");
                for (Throwable x : t.getSuppressed()) {
                    chain.append("suppressed ").append(x).append(" caused by ")
                            .append(x.getCause()).append(" / ");
                }
            }
            res.setStatus(400);
            res.setHeader("X-Failure", chain.toString().replaceAll("[\\r\\n]", " "));
            res.setContentType("text/plain");
            res.getWriter().write("bad request body");
        }

        private static void run(HttpServletRequest req, HttpServletResponse res)
                throws IOException, ServletException {
            Action action = ACTIONS.remove(req.getPathInfo().substring("/run/".length()));
            if (action == null) {
                res.sendError(404);
                return;
            }
            try {
                action.run(req, res);
            } catch (IOException | ServletException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ServletException(e);
            }
        }

        private static void send(HttpServletRequest req, HttpServletResponse res)
                throws IOException {
            int code = Integer.parseInt(req.getParameter("code"));
            StatusCode status = StatusCodes.of(code);
            StatusResponse.Builder b = StatusResponse.builder(status);
            if (req.getParameter("detail") != null) {
                b.detail(req.getParameter("detail"));
            }
            if (req.getParameter("retry") != null) {
                b.retryAfter(Duration.ofSeconds(Long.parseLong(req.getParameter("retry"))));
            }
            if (req.getParameter("trace") != null) {
                b.member("traceId", req.getParameter("trace"));
            }
            if (code > 599) {
                b.allowCodesAbove599();
            }
            if (req.getParameter("dirty") != null) {
                res.setContentType("text/html");
                res.getOutputStream().write("<html>half a page".getBytes());
            }
            b.build().sendTo(res);
        }

        private static void download(HttpServletRequest req, HttpServletResponse res, String mode)
                throws IOException {
            res.setContentType("application/octet-stream");
            byte[] chunk = new byte[CHUNK];
            switch (mode) {
                case "throw":
                    for (long n = 0; n < MAX_DOWNLOAD; n += CHUNK) {
                        res.getOutputStream().write(chunk);
                    }
                    return;
                case "swallow":
                    try {
                        for (long n = 0; n < MAX_DOWNLOAD; n += CHUNK) {
                            res.getOutputStream().write(chunk);
                        }
                    } catch (IOException e) {
                        // the application gives up quietly, as many do
                    }
                    return;
                case "writer":
                    res.setCharacterEncoding("UTF-8");
                    PrintWriter w = res.getWriter();
                    String text = "x".repeat(CHUNK);
                    for (long n = 0; n < MAX_DOWNLOAD; n += CHUNK) {
                        w.write(text);
                        if (n % (8 * CHUNK) == 0 && w.checkError()) {
                            return; // PrintWriter never throws; this is how an app notices
                        }
                    }
                    return;
                case "async":
                    AsyncContext async = req.startAsync();
                    async.setTimeout(30_000);
                    AtomicBoolean done = new AtomicBoolean();
                    async.addListener(new AsyncListener() {
                        @Override
                        public void onComplete(AsyncEvent event) {
                            done.set(true);
                        }

                        @Override
                        public void onError(AsyncEvent event) {
                            done.set(true); // Tomcat completes the request itself after this
                        }

                        @Override
                        public void onTimeout(AsyncEvent event) {
                        }

                        @Override
                        public void onStartAsync(AsyncEvent event) {
                        }
                    });
                    async.start(() -> {
                        try {
                            for (long n = 0; n < MAX_DOWNLOAD && !done.get(); n += CHUNK) {
                                async.getResponse().getOutputStream().write(chunk);
                            }
                        } catch (IOException e) {
                            // gone
                        } finally {
                            if (done.compareAndSet(false, true)) {
                                async.complete();
                            }
                        }
                    });
                    return;
                default:
                    throw new IllegalArgumentException(mode);
            }
        }

        private static void upload(HttpServletRequest req, HttpServletResponse res, String mode)
                throws IOException {
            InputStream in = req.getInputStream();
            byte[] buf = new byte[CHUNK];
            long total = 0;
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    total += n;
                }
            } catch (IOException e) {
                if (mode.equals("swallow")) {
                    return;
                }
                throw e;
            }
            res.setContentType("text/plain");
            res.getWriter().write("read " + total);
        }
    }
}
