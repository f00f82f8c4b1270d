package io.github.statuscodes.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A server on loopback that answers every request with a {@code 503 Retry-After: 0} head at once
 * and then its 100,000-byte body one byte every 50 ms, until the client closes the connection or
 * the server is closed. Counts the requests. {@link #gzip()}'s body is 100,000 random bytes
 * gzipped ({@code Content-Encoding: gzip}), about as long, so that a client's decompression has
 * as much to wait for.
 */
public final class SlowBodyServer implements AutoCloseable {
    /** 100,000 random bytes, gzipped. */
    public static final byte[] GZIP_BODY = gzip(100_000);
    private final ServerSocket server;
    private final String encoding;
    private final byte[] body;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile boolean stop;

    /** A server of plain {@code x} bytes. */
    public SlowBodyServer() throws IOException {
        this("", plain());
    }

    /** {@return a server of {@link #GZIP_BODY}, sent as {@code Content-Encoding: gzip}} */
    public static SlowBodyServer gzip() throws IOException {
        return new SlowBodyServer("Content-Encoding: gzip\r\n", GZIP_BODY);
    }

    private SlowBodyServer(String encoding, byte[] body) throws IOException {
        this.encoding = encoding;
        this.body = body;
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

    /**
     * Stops answering and waits up to 2 s for each connection's thread; an interrupt ends the
     * wait and stays set.
     */
    @Override
    public void close() throws IOException {
        stop = true;
        server.close();
        try {
            for (Thread t : threads) {
                t.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            out.write(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n" + encoding
                    + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < body.length && !stop; i++) {
                out.write(body[i]);
                out.flush();
                Thread.sleep(50);
            }
        } catch (IOException | InterruptedException e) {
            // the client closed the connection: what a discarded response should do
        }
    }

    private static byte[] plain() {
        byte[] x = new byte[100_000];
        Arrays.fill(x, (byte) 'x');
        return x;
    }

    private static byte[] gzip(int size) {
        byte[] noise = new byte[size];
        new Random(17).nextBytes(noise);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(noise);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gz.toByteArray();
    }
}
