package io.github.statuscodes.servlet;

import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application each container runs: one servlet under /app/* behind a filter made with the
 * builder (499, swallow), the same servlet under /elb/* behind a filter registered by class with
 * init-params (460, rethrow), as web.xml would configure it.
 */
final class TestApp implements ServletContainerInitializer {

    static final int CHUNK = 8192;
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

        ServletRegistration.Dynamic servlet = ctx.addServlet("app", new Scenarios());
        servlet.setAsyncSupported(true);
        servlet.addMapping("/app/*", "/elb/*");
    }

    /** The scenarios, by path info. */
    static final class Scenarios extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res)
                throws IOException {
            String mode = req.getParameter("mode") == null ? "throw" : req.getParameter("mode");
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
                default:
                    res.sendError(404);
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
