package io.github.statuscodes.parity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket HTTP/1.1 server on loopback that writes scripted bytes, so that a response can
 * carry what the JDK's HttpServer would not send (the same header on many lines). Request n of a
 * script (counted from 0 over every connection) gets answer n, the last answer for ever; one
 * request per connection ({@code Connection: close}).
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile List<String> answers = List.of();

    RawServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "raw-server-accept");
        t.setDaemon(true);
        t.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/raw");
    }

    /** Starts a new script of raw responses and resets the request count. */
    void play(List<String> rawAnswers) {
        answers = List.copyOf(rawAnswers);
        requests.set(0);
    }

    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "raw-server-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(20_000);
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;   // connected, sent nothing
            }
            int length = contentLength(head);
            if (length > 0) {
                in.readNBytes(length);
            }
            int n = requests.getAndIncrement();
            List<String> a = answers;
            OutputStream out = socket.getOutputStream();
            out.write(a.get(Math.min(n, a.size() - 1)).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            while (in.read() >= 0) {
                // until the client closes
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            int n = head.length();
            if (n >= 4 && head.charAt(n - 4) == '\r' && head.charAt(n - 3) == '\n'
                    && head.charAt(n - 2) == '\r' && head.charAt(n - 1) == '\n') {
                return head.toString();
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
        server.close();
    }
}
