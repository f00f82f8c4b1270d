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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket HTTP/1.1 server, for peers no ordinary server plays (a body that trickles, an
 * attempt that is never answered). Request n (0-based, counted over all connections)
 * is answered by {@code script.answer(n, out)}; one request per connection (Connection: close).
 * Counts connections accepted and connections still open.
 */
final class RawScriptServer implements AutoCloseable {
    interface Script {
        void answer(int n, OutputStream out) throws Exception;
    }

    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Script script;

    RawScriptServer(Script script) throws IOException {
        this.script = script;
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "raw-accept");
        t.setDaemon(true);
        t.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/raw");
    }

    int requests() {
        return requests.get();
    }

    void play(Script s) {
        script = s;
        requests.set(0);
    }

    /** Plays raw answers: request n gets answer n, the last one for ever after. */
    void play(List<String> rawAnswers) {
        List<String> a = List.copyOf(rawAnswers);
        play((n, out) -> write(out, a.get(Math.min(n, a.size() - 1))));
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                accepted.incrementAndGet();
                open.incrementAndGet();
                sockets.add(s);
                Thread t = new Thread(() -> serve(s), "raw-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            // read request head
            StringBuilder head = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                head.append((char) c);
                if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                    break;
                }
            }
            if (c < 0) {
                return;
            }
            String h = head.toString().toLowerCase();
            int i = h.indexOf("content-length:");
            if (i >= 0) {
                int len = Integer.parseInt(h.substring(i + 15, h.indexOf("\r\n", i)).trim());
                in.readNBytes(len);
            }
            int n = requests.getAndIncrement();
            OutputStream out = s.getOutputStream();
            script.answer(n, out);
            out.flush();
            s.shutdownOutput();
            // wait for the client to close
            while (in.read() >= 0) { }
        } catch (Exception e) {
            // peer went away
        } finally {
            open.decrementAndGet();
        }
    }

    static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Never answers: holds the connection until the server is closed (or 60 s). */
    static void hang(OutputStream out) throws InterruptedException {
        Thread.sleep(60_000);
    }

    /** Status line and headers, then {@code len} bytes, one every {@code everyMs}. */
    static void trickle(OutputStream out, String statusLineAndHeaders, int len, long everyMs)
            throws Exception {
        write(out, statusLineAndHeaders + "Content-Length: " + len + "\r\nConnection: close\r\n\r\n");
        for (int k = 0; k < len; k++) {
            out.write('x');
            out.flush();
            Thread.sleep(everyMs);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // ignore
            }
        }
    }
}
