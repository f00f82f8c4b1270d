package io.github.statuscodes.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import io.github.statuscodes.RetryPolicy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A peer whose reply is not HTTP (a four-digit status, no status line at all) gets one request
 * from every client, and no retry event: no adapter repeats a failure other than a refused
 * connect, whatever the client's own rules would do. Feign's default client is left out: its
 * {@code HttpURLConnection} resends a GET once on its own when it cannot read the reply, below
 * any adapter.
 */
class MalformedPeerParityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "status 1000|HTTP/1.1 1000 Big\\r\\n",
        "status 99999|HTTP/1.1 99999 Huge\\r\\n",
        "no status line|garbage\\r\\n"
    })
    void aMalformedReplyIsSentOnceOnEveryClient(String name, String head) throws Exception {
        String reply = head.replace("\\r\\n", "\r\n") + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        try (RawScriptServer server = new RawScriptServer((n, out) -> RawScriptServer.write(out,
                reply))) {
            for (Client.Kind kind : Client.Kind.values()) {
                if (kind == Client.Kind.FEIGN_DEFAULT) {
                    continue;
                }
                List<RetryEvent> retries = new CopyOnWriteArrayList<>();
                RetryListener listener = new RetryListener() {
                    @Override
                    public void onRetry(RetryEvent event) {
                        retries.add(event);
                    }
                };
                server.play((n, out) -> RawScriptServer.write(out, reply));
                try (Client c = kind.open(RetryPolicy.defaults(), listener)) {
                    try {
                        c.send("GET", server.uri());
                    } catch (Exception e) {
                        // a client refuses the reply, or passes an odd status on: either way once
                    }
                }
                assertThat(server.requests()).as(kind + " requests").isEqualTo(1);
                assertThat(retries).as(kind + " retry events").isEmpty();
            }
        }
    }

    /** docs/retries.md: the JDK client reads {@code HTTP/1.1 99999} as 999, never retried. */
    @org.junit.jupiter.api.Test
    void theJdkClientReadsAFiveDigitStatusAsItsFirstThreeDigits() throws Exception {
        String reply = "HTTP/1.1 99999 Huge\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        try (RawScriptServer server = new RawScriptServer((n, out) -> RawScriptServer.write(out,
                reply));
                Client c = Client.Kind.JDK_SEND.open(RetryPolicy.defaults(), RetryListener.NONE)) {
            assertThat(c.send("GET", server.uri())).isEqualTo(999);
            assertThat(server.requests()).isEqualTo(1);
        }
    }
}
