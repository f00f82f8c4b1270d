package io.github.statuscodes.servlet;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** In-memory request, response and filter config for unit tests, built on dynamic proxies. */
final class Fakes {

    private Fakes() {
    }

    /** A response that records status, headers and body bytes. */
    static final class Response {
        int status = 200;
        boolean committed;
        String contentType;
        int contentLength = -1;
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean writerUsed;
        final List<String> calls = new ArrayList<>();

        final HttpServletResponse proxy = (HttpServletResponse) Proxy.newProxyInstance(
                Fakes.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> {
                    calls.add(m.getName());
                    switch (m.getName()) {
                        case "isCommitted":
                            return committed;
                        case "getStatus":
                            return status;
                        case "setStatus":
                            status = (Integer) a[0];
                            return null;
                        case "resetBuffer":
                            body.reset();
                            return null;
                        case "setHeader":
                            headers.put((String) a[0], (String) a[1]);
                            return null;
                        case "getHeader":
                            return headers.get((String) a[0]);
                        case "setContentType":
                            contentType = (String) a[0];
                            return null;
                        case "setContentLength":
                            contentLength = (Integer) a[0];
                            return null;
                        case "getCharacterEncoding":
                            return "ISO-8859-1";
                        case "getOutputStream":
                            if (writerUsed) {
                                throw new IllegalStateException("getWriter() was called");
                            }
                            return new ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                    body.write(b);
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(WriteListener l) {
                                }
                            };
                        case "getWriter":
                            writerUsed = true;
                            return new PrintWriter(new java.io.OutputStreamWriter(body,
                                    StandardCharsets.ISO_8859_1), true);
                        case "toString":
                            return "FakeResponse";
                        default:
                            return null;
                    }
                });

        String bodyText() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    /** A request with attributes and headers. */
    static final class Request {
        final Map<String, Object> attributes = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();

        final HttpServletRequest proxy = (HttpServletRequest) Proxy.newProxyInstance(
                Fakes.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> {
                    switch (m.getName()) {
                        case "getAttribute":
                            return attributes.get((String) a[0]);
                        case "setAttribute":
                            attributes.put((String) a[0], a[1]);
                            return null;
                        case "getHeader":
                            return headers.get((String) a[0]);
                        case "isAsyncStarted":
                            return false;
                        case "getMethod":
                            return "GET";
                        case "getRequestURI":
                            return "/fake";
                        case "getServletContext":
                            return context(new ArrayList<>());
                        case "toString":
                            return "FakeRequest";
                        default:
                            return null;
                    }
                });
    }

    /** A servlet context whose log(...) lines go to {@code log}. */
    static ServletContext context(List<String> log) {
        return (ServletContext) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "log":
                            log.add((String) a[0]);
                            return null;
                        case "getClassLoader":
                            return Fakes.class.getClassLoader();
                        default:
                            return null;
                    }
                });
    }

    static FilterConfig filterConfig(Map<String, String> params) {
        return (FilterConfig) Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {FilterConfig.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "getInitParameter":
                            return params.get((String) a[0]);
                        case "getInitParameterNames":
                            return Collections.enumeration(params.keySet());
                        case "getFilterName":
                            return "clientDisconnect";
                        case "getServletContext":
                            return context(new ArrayList<>());
                        default:
                            return null;
                    }
                });
    }
}
