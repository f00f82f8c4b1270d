package io.github.statuscodes.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A raw-socket HTTP/1.1 client that shows exactly what arrived on the wire. */
final class RawHttp {

    /** One response as it arrived: the status line verbatim, headers (lower-case names), body. */
    static final class Response {
        final String statusLine;
        final Map<String, String> headers;
        final byte[] body;

        Response(String statusLine, Map<String, String> headers, byte[] body) {
            this.statusLine = statusLine;
            this.headers = headers;
            this.body = body;
        }

        int code() {
            return Integer.parseInt(statusLine.split(" ", 3)[1]);
        }

        /** The reason phrase exactly as sent; empty when the container sent none. */
        String reason() {
            String[] parts = statusLine.split(" ", 3);
            return parts.length > 2 ? parts[2] : "";
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.setSoTimeout(10_000);
        return s;
    }

    static String head(String method, String target, String id, String... extra) {
        StringBuilder sb = new StringBuilder();
        sb.append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n")
                .append("X-Test-Id: ").append(id).append("\r\n")
                .append("Connection: close\r\n");
        for (String h : extra) {
            sb.append(h).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    /** Sends a request and reads the whole response (the request says Connection: close). */
    static Response exchange(int port, String head, byte[] body) throws IOException {
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    /** Sends a request and returns every byte that came back, until the server closed. */
    static byte[] exchangeRaw(int port, String head, byte[] body) throws IOException {
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return s.getInputStream().readAllBytes();
        }
    }

    static Response get(int port, String target, String id) throws IOException {
        return exchange(port, head("GET", target, id), null);
    }

    static Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IllegalStateException("no end of headers in "
                    + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(lines[0], headers, body);
    }

    private static byte[] dechunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int p = 0;
        while (true) {
            int lineEnd = indexOf(in, "\r\n".getBytes(StandardCharsets.ISO_8859_1), p);
            String size = new String(in, p, lineEnd - p, StandardCharsets.ISO_8859_1).split(";")[0];
            int n = Integer.parseInt(size.trim(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(in, lineEnd + 2, n);
            p = lineEnd + 2 + n + 2;
        }
    }

    private static int indexOf(byte[] a, byte[] b) {
        return indexOf(a, b, 0);
    }

    private static int indexOf(byte[] a, byte[] b, int from) {
        outer:
        for (int i = from; i <= a.length - b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Starts a download and resets the connection (SO_LINGER 0) once the status line and some
     * body bytes have arrived; returns the status line.
     */
    static String abortDownload(int port, String target, String id) throws IOException {
        Socket s = connect(port);
        try {
            s.getOutputStream().write(head("GET", target, id).getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            if (n <= 0) {
                throw new IOException("no response");
            }
            String first = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
            s.setSoLinger(true, 0);
            return first.substring(0, first.indexOf("\r\n"));
        } finally {
            s.close();
        }
    }

    /**
     * Starts an upload that announces {@code announced} bytes, sends {@code sent} of them and
     * closes the connection.
     */
    static void abortUpload(int port, String target, String id, int announced, int sent)
            throws IOException {
        try (Socket s = connect(port)) {
            OutputStream out = s.getOutputStream();
            out.write(head("POST", target, id, "Content-Type: application/octet-stream",
                    "Content-Length: " + announced).getBytes(StandardCharsets.ISO_8859_1));
            out.write(new byte[sent]);
            out.flush();
        }
    }

    /** Sends a request and returns the open socket, for a client that leaves later. */
    static Socket send(int port, String head) throws IOException {
        Socket s = connect(port);
        s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    /**
     * Sends a GET, reads the head and at least {@code bodyBytes} bytes after it, and closes the
     * connection, as a client that gives up on a download does; returns the bytes read after the
     * head.
     */
    static long readSomeAndLeave(int port, String target, String id, int bodyBytes)
            throws IOException {
        try (Socket s = send(port, head("GET", target, id))) {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            long body = -1;
            while (body < bodyBytes) {
                int n = in.read(buf);
                if (n < 0) {
                    throw new IOException("the server closed after " + body + " body bytes");
                }
                if (body < 0) {
                    head.write(buf, 0, n);
                    int end = indexOf(head.toByteArray(),
                            "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    if (end >= 0) {
                        body = head.size() - end - 4;
                    }
                } else {
                    body += n;
                }
            }
            return body;
        }
    }
}
