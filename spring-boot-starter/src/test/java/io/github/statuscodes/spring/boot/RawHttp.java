package io.github.statuscodes.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client over a raw socket that hangs up in the middle of a response. */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends GET {@code path}, reads {@code bytes} of the answer, then closes the socket with RST. */
    static void getAndHangUp(int port, String path, int bytes) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = 0;
            while (read < bytes) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            socket.setSoLinger(true, 0);
        }
    }
}
