package io.github.statuscodes.servlet;

import io.github.statuscodes.ProblemDetails;
import io.github.statuscodes.StatusCode;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The container side of {@link StatusResponse#sendTo}: clearing what the application wrote
 * before, keeping its other headers, and writing the problem body through the output stream or,
 * where the container keeps the writer, through the writer.
 */
final class ResponseOutput {
    /** The headers that describe the body {@link StatusResponse#sendTo} discards. */
    private static final List<String> REPRESENTATION_HEADERS = List.of("Content-Encoding",
            "Content-Range", "Content-Disposition", "Content-Language", "ETag", "Last-Modified");
    /** What is not put back after {@code reset()}: the above, and what sendTo sets itself. */
    private static final Set<String> DROPPED_HEADERS = Set.of("content-type", "content-length",
            "transfer-encoding", "content-encoding", "content-range", "content-disposition",
            "content-language", "etag", "last-modified");

    private ResponseOutput() {
    }

    /**
     * Discards the buffered body, and the headers that described it when there are any or a body
     * follows; returns the output stream for a body, or null without one or where the container
     * keeps the writer.
     */
    static @Nullable ServletOutputStream clear(HttpServletResponse response, boolean body)
            throws IOException {
        if (body || hasRepresentationHeader(response)) {
            return resetKeepingHeaders(response, body);
        }
        response.resetBuffer();
        return null;
    }

    /**
     * Writes the problem body with its type and length: {@code body} (UTF-8) to {@code out}, or,
     * when {@code out} is null, {@code json} as pure ASCII through the writer.
     */
    static void writeProblem(HttpServletResponse response, @Nullable ServletOutputStream out,
            byte[] body, String json, StatusCode status) throws IOException {
        response.setContentType(ProblemDetails.MEDIA_TYPE);
        if (out != null) {
            String type = response.getContentType();
            if (type != null && hasCharsetOtherThanUtf8(type)) {
                // a charset the application chose earlier; the body is UTF-8, so say so
                response.setCharacterEncoding("UTF-8");
            }
            response.setContentLength(body.length);
            out.write(body);
            out.flush();
            return;
        }
        String ascii = asciiOnly(json);
        PrintWriter writer = response.getWriter();
        response.setContentLength(ascii.getBytes(writerCharset(response)).length);
        writer.write(ascii);
        writer.flush();
        if (writer.checkError()) {
            throw new IOException("writing the problem body of " + status.code() + " "
                    + status.reasonPhrase() + " through the response's PrintWriter failed (it"
                    + " keeps no exception, only an error flag); the client may have gone");
        }
    }

    private static boolean hasRepresentationHeader(HttpServletResponse response) {
        for (String name : REPRESENTATION_HEADERS) {
            if (response.containsHeader(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Discards the buffered body and the headers that described it, keeps the other headers, and
     * returns the output stream if asked to. {@code setHeader(name, null)} cannot remove a header
     * everywhere (Tomcat ignores it), and {@code getOutputStream()} fails after
     * {@code getWriter()}; {@code reset()} clears both, and also the writer state since Servlet
     * 6.0, so the headers to keep are read first and put back. Cookies are headers to Tomcat and
     * Jetty, and Undertow keeps them apart and through {@code reset()}.
     *
     * @return the output stream, or null if not asked for or the container keeps the writer
     */
    private static @Nullable ServletOutputStream resetKeepingHeaders(HttpServletResponse response,
            boolean wantStream) throws IOException {
        Map<String, Map.Entry<String, List<String>>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!DROPPED_HEADERS.contains(lower) && !kept.containsKey(lower)) {
                kept.put(lower, Map.entry(name, new ArrayList<>(response.getHeaders(name))));
            }
        }
        response.reset();
        for (Map.Entry<String, List<String>> h : kept.values()) {
            for (String value : h.getValue()) {
                response.addHeader(h.getKey(), value);
            }
        }
        if (!wantStream) {
            return null;
        }
        try {
            return response.getOutputStream();
        } catch (IllegalStateException writerStillInUse) {
            return null;
        }
    }

    private static boolean hasCharsetOtherThanUtf8(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        return lower.contains("charset=") && !lower.contains("charset=utf-8")
                && !lower.contains("charset=\"utf-8\"");
    }

    private static Charset writerCharset(HttpServletResponse response) {
        try {
            String name = response.getCharacterEncoding();
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    /**
     * Escapes every non-ASCII character as {@code \\uXXXX}; valid, since JSON has them only in
     * strings.
     */
    static String asciiOnly(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }
}
