package io.github.statuscodes.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.statuscodes.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

/**
 * An {@link HttpClientContext} the application keeps for several calls (cookies, auth state, as
 * HttpClient's docs suggest): the strategy bounds a retried attempt's response timeout in that
 * context and must put the user's {@link RequestConfig} back however the call ends, here with a
 * status line HttpClient rejects on the retried attempt (not an {@code IOException}, so the
 * strategy is not asked again). The next call in the context then has the user's 30 s response
 * timeout, and gets the 200 a server sends after 1.5 s.
 */
class ReusedContextTest {

    @Test
    void theUsersRequestConfigComesBackWhenARetriedAttemptFailsWithoutAnIoException()
            throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> serve(server, requests), "reused-context-server");
            acceptor.setDaemon(true);
            acceptor.start();
            String uri = "http://127.0.0.1:" + server.getLocalPort() + "/";

            RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(1)).build();
            CloseableHttpClient client = StatusCodeRetryStrategy.create(policy)
                    .applyTo(HttpClients.custom()).build();
            try {
                HttpClientContext context = HttpClientContext.create();
                RequestConfig users = RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofSeconds(30)).build();
                context.setRequestConfig(users);

                // call 1: 503 Retry-After: 0, then a status line HttpClient rejects
                Throwable first = catchThrowable(() -> client.execute(
                        ClassicRequestBuilder.get(uri).build(), context,
                        r -> r.getCode()));
                assertThat(first).as("the rejected status line").isNotNull();
                assertThat(requests).hasValue(2);

                // call 2, same context: a 200 after 1.5 s, within the user's 30 s
                Object second;
                try {
                    second = client.execute(ClassicRequestBuilder.get(uri).build(), context,
                            r -> {
                                EntityUtils.consume(r.getEntity());
                                return r.getCode();
                            });
                } catch (IOException e) {
                    second = e;
                }
                assertThat(second).isEqualTo(200);
                assertThat(context.getRequestConfig().getResponseTimeout())
                        .isEqualTo(Timeout.ofSeconds(30));
            } finally {
                client.close(CloseMode.IMMEDIATE);
            }
        }
    }

    /** Request 1: 503 Retry-After: 0; 2: status 000; 3 and later: 200 after 1.5 s. */
    private static void serve(ServerSocket server, AtomicInteger requests) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                readHead(s.getInputStream());
                int n = requests.incrementAndGet();
                String answer;
                if (n == 1) {
                    answer = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
                            + "Content-Length: 0\r\nConnection: close\r\n\r\n";
                } else if (n == 2) {
                    answer = "HTTP/1.1 000 Odd\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                } else {
                    Thread.sleep(1_500);
                    answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
                }
                OutputStream out = s.getOutputStream();
                out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException | InterruptedException e) {
                // the client went away, or the server closed
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                return;
            }
        }
    }
}
