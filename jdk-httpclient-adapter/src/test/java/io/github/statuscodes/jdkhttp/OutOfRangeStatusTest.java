package io.github.statuscodes.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.RetryDecision.StopReason;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import io.github.statuscodes.StatusCode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What happens with a status line the JDK client may not accept, written byte for byte by a raw
 * socket server on loopback (the JDK's HttpServer would not send it). Found out on JDK 17 and 25:
 * the JDK client rejects a status below 100 with a {@link ProtocolException}; a 4-digit status
 * cannot reach the caller either (it reads the first three digits). So a status outside 100..999
 * never reaches the policy through this client; the adapter passes the JDK's exception through
 * unchanged, sends nothing more, and throws nothing of its own.
 */
class OutOfRangeStatusTest {
    private static final RetryPolicy NO_WAIT = RetryPolicy.builder()
            .backoffBase(Duration.ZERO).backoffMax(Duration.ZERO).build();

    /** Answers every connection with {@code statusLine} and a 2-byte body; counts connections. */
    private static final class RawServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger accepted = new AtomicInteger();

        RawServer(String statusLine) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        accepted.incrementAndGet();
                        s.getInputStream().read(new byte[8192]);
                        OutputStream out = s.getOutputStream();
                        out.write((statusLine + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void aStatusBelow100IsTheJdksProtocolExceptionPassedThroughOnce() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        RetryListener listener = new RetryListener() {
            @Override
            public void onRetry(RetryEvent e) {
                events.add("retry");
            }

            @Override
            public void onGiveUp(RetryEvent e) {
                events.add("give up");
            }
        };
        for (String status : List.of("000", "099")) {
            try (RawServer server = new RawServer("HTTP/1.1 " + status + " Odd")) {
                HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient(), NO_WAIT,
                        listener);
                HttpRequest request = HttpRequest.newBuilder(server.uri()).build();

                assertThatThrownBy(() -> client.send(request, BodyHandlers.ofString()))
                        .isInstanceOf(ProtocolException.class);
                assertThatThrownBy(() -> client.sendAsync(request, BodyHandlers.ofString()).join())
                        .hasCauseInstanceOf(ProtocolException.class);
                assertThat(server.accepted).as(status).hasValue(2);
            }
        }
        assertThat(events).isEmpty();
    }

    @Test
    void theHighestThreeDigitStatusIsReturnedAsIs() throws Exception {
        try (RawServer server = new RawServer("HTTP/1.1 999 Request Denied")) {
            HttpClient client = RetryingHttpClient.wrap(HttpClient.newHttpClient(), NO_WAIT);

            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(server.uri()).build(), BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(999);
            assertThat(response.body()).isEqualTo("ok");
            assertThat(server.accepted).hasValue(1);
        }
    }
}
