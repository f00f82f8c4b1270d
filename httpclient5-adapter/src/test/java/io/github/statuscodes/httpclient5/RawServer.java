package io.github.statuscodes.httpclient5;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a plain loopback socket that reads one request per connection and answers it with
 * raw bytes, or closes the connection without answering: what no well-behaved server sends.
 * Counts the requests it read.
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;
    private volatile String answer;

    /** @param answer the bytes of each response, or null to close the connection unanswered */
    RawServer(String answer) throws IOException {
        this.answer = answer;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String uri(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int requestCount() {
        return requests.get();
    }

    void answer(String answer) {
        this.answer = answer;
        requests.set(0);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setTcpNoDelay(true);
                InputStream in = s.getInputStream();
                String head = readHead(in);
                if (head == null) {
                    continue;
                }
                int length = contentLength(head);
                in.readNBytes(length);
                requests.incrementAndGet();
                String a = answer;
                if (a != null) {
                    OutputStream out = s.getOutputStream();
                    out.write(a.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException e) {
                // closed, or the client went away: next connection
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            // \r\n\r\n ends the head
            state = (b == '\r' && (state == 0 || state == 2)) ? state + 1
                    : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
