package io.github.statuscodes.servlet;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw-socket HTTP/2 cleartext client with prior knowledge (RFC 9113 §3.3): the preface, an
 * empty SETTINGS, one HEADERS frame per request, and a real {@code RST_STREAM} when asked. It
 * never sends WINDOW_UPDATE, so a server can send at most 65,535 bytes of DATA per stream and then
 * blocks in its write: a reset then meets a write in progress. A reader thread acknowledges
 * SETTINGS and PING and counts DATA.
 */
final class RawH2 implements Closeable {
    static final int DATA = 0x0;
    static final int HEADERS = 0x1;
    static final int RST_STREAM = 0x3;
    static final int SETTINGS = 0x4;
    static final int PING = 0x6;
    static final int GOAWAY = 0x7;
    /** RFC 9113 §7: the error code a client sends when it no longer needs the stream. */
    static final int CANCEL = 0x8;

    private final Socket socket;
    private final OutputStream out;
    private final Thread reader;
    final AtomicLong dataBytes = new AtomicLong();
    final CompletableFuture<Void> firstData = new CompletableFuture<>();
    final CompletableFuture<Void> responseHeaders = new CompletableFuture<>();
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final java.util.concurrent.ConcurrentMap<Long, CompletableFuture<Void>> pings =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong nextPing = new AtomicLong();
    /** What the server said it did with the connection or streams, for failure messages. */
    final StringBuffer events = new StringBuffer();

    private RawH2(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        socket.setSoTimeout(0);
        this.reader = new Thread(this::readFrames, "raw-h2-reader");
        this.reader.setDaemon(true);
    }

    /** Connects and sends the connection preface and an empty SETTINGS frame. */
    static RawH2 connect(int port) throws IOException {
        RawH2 c = new RawH2(RawHttp.connect(port));
        synchronized (c.out) {
            c.out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            c.frame(SETTINGS, 0, 0, new byte[0]);
            c.out.flush();
        }
        c.reader.start();
        return c;
    }

    /** Sends a GET on {@code streamId} (odd, increasing) with an {@code x-test-id} header. */
    void get(int streamId, String path, String id) throws IOException {
        // Pseudo-headers by their HPACK static table entries (RFC 7541 Appendix A), as real
        // clients send them: Tomcat refuses a ':' in a literal header name.
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(0x82); // indexed 2: :method GET
        block.write(0x86); // indexed 6: :scheme http
        block.write(0x01); // literal without indexing, name index 1: :authority
        string(block, "127.0.0.1");
        block.write(0x04); // literal without indexing, name index 4: :path
        string(block, path);
        literal(block, "x-test-id", id);
        synchronized (out) {
            frame(HEADERS, 0x1 | 0x4, streamId, block.toByteArray()); // END_STREAM, END_HEADERS
            out.flush();
        }
    }

    /** Sends RST_STREAM(CANCEL) for {@code streamId}; the connection stays open. */
    void reset(int streamId) throws IOException {
        synchronized (out) {
            frame(RST_STREAM, 0, streamId, new byte[] {0, 0, 0, CANCEL});
            out.flush();
        }
    }

    /**
     * Sends a PING and waits for its ACK: the server reads a connection's frames in order, so
     * it has read every frame sent before, such as a RST_STREAM, when it answers.
     */
    void roundTrip() throws Exception {
        long n = nextPing.incrementAndGet();
        CompletableFuture<Void> ack = pings.computeIfAbsent(n, k -> new CompletableFuture<>());
        synchronized (out) {
            frame(PING, 0, 0, java.nio.ByteBuffer.allocate(8).putLong(n).array());
            out.flush();
        }
        ack.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** HPACK literal header field without indexing, new name, no Huffman (RFC 7541 §6.2.2). */
    private static void literal(ByteArrayOutputStream block, String name, String value) {
        block.write(0x00);
        string(block, name);
        string(block, value);
    }

    private static void string(ByteArrayOutputStream block, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        int n = b.length; // 7-bit prefix integer (RFC 7541 §5.1), H = 0
        if (n < 127) {
            block.write(n);
        } else {
            block.write(127);
            n -= 127;
            while (n >= 128) {
                block.write(n % 128 + 128);
                n /= 128;
            }
            block.write(n);
        }
        block.write(b, 0, b.length);
    }

    private void frame(int type, int flags, int streamId, byte[] payload) throws IOException {
        int len = payload.length;
        out.write(new byte[] {(byte) (len >>> 16), (byte) (len >>> 8), (byte) len, (byte) type,
            (byte) flags, (byte) (streamId >>> 24), (byte) (streamId >>> 16),
            (byte) (streamId >>> 8), (byte) streamId});
        out.write(payload);
    }

    private void readFrames() {
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            while (true) {
                int len = in.readUnsignedByte() << 16 | in.readUnsignedShort();
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                in.readInt(); // stream id
                byte[] payload = new byte[len];
                in.readFully(payload);
                switch (type) {
                    case DATA:
                        dataBytes.addAndGet(len);
                        firstData.complete(null);
                        break;
                    case HEADERS:
                        responseHeaders.complete(null);
                        break;
                    case SETTINGS:
                        if ((flags & 0x1) == 0) {
                            synchronized (out) {
                                frame(SETTINGS, 0x1, 0, new byte[0]);
                                out.flush();
                            }
                        }
                        break;
                    case PING:
                        if ((flags & 0x1) != 0 && len == 8) {
                            pings.computeIfAbsent(java.nio.ByteBuffer.wrap(payload).getLong(),
                                    k -> new CompletableFuture<>()).complete(null);
                        } else if ((flags & 0x1) == 0) {
                            synchronized (out) {
                                frame(PING, 0x1, 0, payload);
                                out.flush();
                            }
                        }
                        break;
                    case GOAWAY:
                        events.append("GOAWAY ").append(new String(payload, 8, len - 8,
                                StandardCharsets.ISO_8859_1)).append("; ");
                        break;
                    case RST_STREAM:
                        events.append("RST_STREAM ").append(payload[3]).append("; ");
                        break;
                    default:
                        break;
                }
            }
        } catch (EOFException e) {
            events.append("closed; ");
            closed.complete(null);
        } catch (IOException e) {
            events.append(e).append("; ");
            closed.complete(null);
        }
    }

    @Override
    public String toString() {
        return "h2 client: " + dataBytes + " DATA bytes, " + events;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
