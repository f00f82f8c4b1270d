package io.github.statuscodes.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on loopback that answers every request with a {@code 503 Retry-After: 0} head at once
 * and then its 100,000-byte body one byte every 50 ms, until the client closes the connection or
 * the server is closed. Counts the requests.
 */
public final class SlowBodyServer implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean stop;

    public SlowBodyServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "slow-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int requests() {
        return requests.get();
    }

    /** Stops answering and waits up to 2 s for each connection's thread. */
    @Override
    public void close() throws IOException, InterruptedException {
        stop = true;
        server.close();
        for (Thread t : threads) {
            t.join(2_000);
        }
    }

    private void accept() {
        while (!stop) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> trickle(s), "slow-body-connection");
                t.setDaemon(true);
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads one request, answers its head at once, then the body one byte every 50 ms. */
    private void trickle(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) {   // up to the blank line; the requests have no body
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            requests.incrementAndGet();
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 100_000 && !stop; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(50);
            }
        } catch (IOException | InterruptedException e) {
            // the client closed the connection: what a discarded response should do
        }
    }
}
